/**
 * What content-frame.js does in a frame below the top, with the browser and the import passed in (so tests can
 * drive it): answer page/* at once while the frame cannot show text, and load the rest of the
 * content script (content-main.js) as soon as it can, handing it every message from then on.
 */
import type { Response } from '../shared/messages';
import { answerWithoutSession, checkPageRequest, type ContentMain } from './entry-protocol';
import { whenFrameCanShowText } from './frame-gate';
import { addStartup, startupRecord } from './stats';

type Dispatch = ReturnType<ContentMain['start']>;

/** The part of the extension API content-frame.js uses (browser-lite's shape). */
export interface EntryApi {
  runtime: {
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(listener: (message: unknown, sender: unknown) => unknown): void };
  };
}

export const REST_FILE = 'content-main.js';

export function runEntry(doc: Document, api: EntryApi, importRest: (url: string) => Promise<ContentMain>): void {
  let rest: Promise<Dispatch> | undefined;

  const loadRest = () => {
    const since = performance.now();
    // Asked alongside the import rather than after it: the round trip overlaps the load.
    const settings = api.runtime.sendMessage({ type: 'settings/page' }) as Promise<Response<'settings/page'>>;
    settings.catch(() => undefined);
    rest = importRest(api.runtime.getURL(REST_FILE)).then((main) => main.start({ startup: startupRecord(), settings }));
    addStartup(performance.now() - since);
  };

  api.runtime.onMessage.addListener((message, sender) => {
    if (rest) return rest.then((dispatch) => dispatch(message, sender as Parameters<Dispatch>[1]));
    // Always a promise: the listener answers every page/* message, errors included.
    return new Promise((resolve) => resolve(answerWithoutSession(checkPageRequest(message))));
  });

  // Never aborted: a frame that cannot show text waits (cheaply) for as long as it lives.
  const gate = whenFrameCanShowText(doc, new AbortController().signal, addStartup);
  if (gate) void gate.then(loadRest);
  else loadRest();
}
