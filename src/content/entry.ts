/**
 * content.js: the small classic script that runs in every frame of every page. Most frames
 * cannot show a mention (ad slots of 1×1 pixels, display:none frames, empty about:blank
 * documents); here they pay only for the frame gate and one message listener. A frame that
 * can show text, now or later, loads the rest of the content script (content-main.js, a
 * web-accessible ES module: the router, the schemas, the session, the matcher) and hands
 * every page/* message to it from then on.
 */
import { scriptStart } from './startup-clock';
import browser from 'webextension-polyfill';
import type { Response } from '../shared/messages';
import { answerWithoutSession, checkPageRequest, type ContentMain } from './entry-protocol';
import { whenFrameCanShowText } from './frame-gate';
import { addStartup, startupRecord } from './stats';

type Dispatch = ReturnType<ContentMain['start']>;

let rest: Promise<Dispatch> | undefined;

function loadRest(): Promise<Dispatch> {
  const since = performance.now();
  // Asked alongside the import rather than after it: the round trip overlaps the load.
  const settings = browser.runtime.sendMessage({ type: 'settings/page' }) as Promise<Response<'settings/page'>>;
  settings.catch(() => undefined);
  const loaded = import(browser.runtime.getURL('content-main.js')) as Promise<ContentMain>;
  addStartup(performance.now() - since);
  return loaded.then((main) => main.start({ startup: startupRecord(), settings }));
}

browser.runtime.onMessage.addListener((message: unknown, sender: unknown) => {
  if (rest) return rest.then((dispatch) => dispatch(message, sender as Parameters<Dispatch>[1]));
  // Always a promise: the listener answers every page/* message, errors included.
  return new Promise((resolve) => resolve(answerWithoutSession(checkPageRequest(message))));
});

const gate = whenFrameCanShowText(document, new AbortController().signal, addStartup);
if (gate) void gate.then(() => (rest = loadRest()));
else rest = loadRest();
addStartup(performance.now() - scriptStart);
