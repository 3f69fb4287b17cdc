/**
 * Loading the rest of the content script (content-main.js, src/content/index.ts, a
 * web-accessible ES module) and handing it every page/* message: content.js (entry.ts) does it
 * at once in the top frame, and in a frame below the top once that frame
 * can show text (entry-run.ts).
 *
 * Why a module, even in the top frame: Chromium fetches an imported module and compiles it on
 * a background thread (the trace's `v8.compileModule` is marked `streamed`), while a classic
 * content script is compiled on the page's main thread before it runs. content-main.js is
 * compiled whole (V8's compile hints comment, build.mjs), so none of its functions is compiled
 * later on the main thread either. Measured on the 12 largest corpus pages (renderer trace +
 * our clock, 3 loads each, medians): main-thread compile 9.0 → 1.9 ms, start-up 7.1 → 7.6,
 * first scan about the same; 34.9 → 28.5 ms in all (docs/detection.md, "Session 8").
 */
import type { Response } from '../shared/messages';
import { START_REQUEST, type ContentMain } from './entry-protocol';
import { addStartup, startupRecord } from './stats';

type Dispatch = ReturnType<ContentMain['start']>;

/** The part of the extension API the entries use (browser-lite's shape). */
export interface EntryApi {
  runtime: {
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(listener: (message: unknown, sender: unknown) => unknown): void };
  };
}

export const REST_FILE = 'content-main.js';

/**
 * Asks settings/page, imports the rest and hands every page/* message to it from now on. The
 * top frame (entry.ts) calls this at once; a frame below the top once its gate opens (runEntry).
 */
export function loadRest(api: () => EntryApi, importRest: (url: string) => Promise<ContentMain>): void {
  const since = performance.now();
  const { runtime } = api();
  // Asked alongside the import rather than after it: the round trip overlaps the load.
  const settings = runtime.sendMessage(START_REQUEST) as Promise<Response<'settings/page'>>;
  settings.catch(() => undefined);
  const rest: Promise<Dispatch> = importRest(runtime.getURL(REST_FILE)).then((main) => main.start({ startup: startupRecord(), settings }));
  // Said once, by name (the extension reloaded under an open page, a browser that refuses the
  // import): the frame then marks nothing, and every message to it fails with the same error.
  rest.catch((error: unknown) => console.warn('Company Context: the content script could not load', error));
  // Messages that arrive while the rest loads wait for it; it validates each one itself.
  runtime.onMessage.addListener((message, sender) => rest.then((dispatch) => dispatch(message, sender as Parameters<Dispatch>[1])));
  addStartup(performance.now() - since);
}
