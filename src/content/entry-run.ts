/**
 * What content-frame.js does in a frame below the top, with the browser and the import passed
 * in (so tests can drive it): nothing but the frame gate while the frame cannot show text, and
 * as soon as it can, load the rest of the content script (content-main.js) and hand it every
 * message.
 *
 * Why no message listener before that: the first touch of the extension API in a frame's
 * isolated world costs as much as the frame gate itself (~0.45 ms of main-thread CPU each, in
 * the page bench's renderer trace), and nothing needs an answer from such a frame. The popup
 * and the commands ask the top frame (frameId 0); the background's page/enabled and
 * page/patterns broadcasts go to every frame that listens and ignore the rest, and a frame that
 * starts later asks settings/page and the current patterns itself.
 */
import type { Response } from '../shared/messages';
import { START_REQUEST, type ContentMain } from './entry-protocol';
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

export function runEntry(view: Window, api: () => EntryApi, importRest: (url: string) => Promise<ContentMain>): void {
  const loadRest = () => {
    const since = performance.now();
    const { runtime } = api();
    // Asked alongside the import rather than after it: the round trip overlaps the load.
    const settings = runtime.sendMessage(START_REQUEST) as Promise<Response<'settings/page'>>;
    settings.catch(() => undefined);
    const rest: Promise<Dispatch> = importRest(runtime.getURL(REST_FILE)).then((main) => main.start({ startup: startupRecord(), settings }));
    // Messages that arrive while the rest loads wait for it; it validates each one itself.
    runtime.onMessage.addListener((message, sender) => rest.then((dispatch) => dispatch(message, sender as Parameters<Dispatch>[1])));
    addStartup(performance.now() - since);
  };

  // Never aborted: a frame that cannot show text waits (cheaply) for as long as it lives.
  const gate = whenFrameCanShowText(view, undefined, addStartup);
  if (gate) void gate.then(loadRest);
  else loadRest();
}
