/**
 * content.js: the one classic content script, run in every frame of a page (all_frames,
 * match_about_blank). In the tab's top frame it listens at once (the popup and the commands ask
 * the top frame, whatever it shows), asks settings/page and imports the rest of the content
 * script (content-main.js) in the same task; no frame gate there: a top frame whose page shows
 * no text yet is gated by its session (session.ts), while it still answers. In a frame below the
 * top it runs the frame gate first (entry-run.ts): most such frames cannot show a mention (ad
 * slots of 1×1 pixels, display:none frames, empty about:blank documents) and pay only for the
 * gate — no message listener, not even a look at the extension API, whose first touch in a
 * frame costs as much as the gate.
 *
 * One script for both, rather than one per kind of frame: a manifest entry cannot leave the top
 * frame out, so the top frame compiled and ran a second script that stopped at once, and
 * compiling a small script costs about the same whatever its size (0.25 ms, renderer trace).
 *
 * No start-up clock before the gate opens below the top: `performance` is one more binding to
 * build in every frame, and a frame that never loads the rest never reports its start-up
 * anyway. What the entry costs there is in the page bench's renderer-trace column.
 *
 * The content-main.js import: Chromium fetches an imported module and compiles it off the main
 * thread (load-rest.ts).
 */
import { connectBrowser } from './browser-lite';
import type { ContentMain } from './entry-protocol';
import { runEntry } from './entry-run';
import { loadRest } from './load-rest';

const importRest = (url: string) => import(url) as Promise<ContentMain>;

if (window === window.top) loadRest(connectBrowser, importRest);
else runEntry(window, connectBrowser, importRest);
