/**
 * content.js: the content script of a tab's top frame. It listens at once (the popup and the
 * commands ask the top frame, whatever it shows), asks settings/page and imports the rest of
 * the content script (content-main.js) in the same task. No frame gate here: a top frame
 * whose page shows no text yet is gated by its session (session.ts), while it still answers.
 *
 * It used to carry the whole content script as one classic script, compiled on the page's
 * main thread (7–9 ms on the largest corpus pages); the module is compiled off it (see
 * load-rest.ts).
 */
import { connectBrowser } from './browser-lite';
import type { ContentMain } from './entry-protocol';
import { loadRest } from './load-rest';

loadRest(connectBrowser, (url) => import(url) as Promise<ContentMain>);
