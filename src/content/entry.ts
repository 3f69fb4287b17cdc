/**
 * content-frame.js: the small classic script that runs in every frame below the top. Most frames
 * cannot show a mention (ad slots of 1×1 pixels, display:none frames, empty about:blank
 * documents); here they pay only for the frame gate and one message listener. A frame that
 * can show text, now or later, loads the rest of the content script (content-main.js, a
 * web-accessible ES module: the router, the schemas, the session, the matcher) and hands
 * every page/* message to it from then on (see entry-run.ts).
 */
import { scriptStart } from './startup-clock';
import browser from 'webextension-polyfill';
import type { ContentMain } from './entry-protocol';
import { runEntry } from './entry-run';
import { addStartup } from './stats';

// The top frame runs content.js (top.ts) instead; this script is injected there too (a
// manifest entry cannot leave the top frame out) and stops at once.
if (window !== window.top) {
  runEntry(document, browser, (url) => import(url) as Promise<ContentMain>);
  addStartup(performance.now() - scriptStart);
}
