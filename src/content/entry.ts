/**
 * content-frame.js: the small classic script that runs in every frame below the top. Most frames
 * cannot show a mention (ad slots of 1×1 pixels, display:none frames, empty about:blank
 * documents); here they pay only for the frame gate: no message listener, not even a look at
 * the extension API, whose first touch in a frame costs as much as the gate. A frame that can
 * show text, now or later, loads the rest of the content script (content-main.js, a
 * web-accessible ES module: the router, the schemas, the session, the matcher) and hands every
 * page/* message to it from then on (see entry-run.ts).
 *
 * No start-up clock here (unlike content.js and content-main.js): `performance` is one more
 * binding to build in every frame, and a frame that never loads the rest never reports its
 * start-up anyway. A frame that does counts from the moment its gate opens; what the entry
 * costs before that is in the page bench's renderer-trace column.
 */
import { connectBrowser } from './browser-lite';
import type { ContentMain } from './entry-protocol';
import { runEntry } from './entry-run';

// The top frame runs content.js (top.ts) instead; this script is injected there too (a
// manifest entry cannot leave the top frame out) and stops at once.
if (window !== window.top) runEntry(window, connectBrowser, (url) => import(url) as Promise<ContentMain>);
