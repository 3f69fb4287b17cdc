/**
 * What content.js does in a frame below the top, with the browser and the import passed
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
import type { ContentMain } from './entry-protocol';
import { whenFrameCanShowText } from './frame-gate';
import { loadRest, type EntryApi } from './load-rest';
import { addStartup } from './stats';

export { REST_FILE, type EntryApi } from './load-rest';

export function runEntry(view: Window, api: () => EntryApi, importRest: (url: string) => Promise<ContentMain>): void {
  // Never aborted: a frame that cannot show text waits (cheaply) for as long as it lives.
  const gate = whenFrameCanShowText(view, undefined, addStartup);
  if (gate) void gate.then(() => loadRest(api, importRest));
  else loadRest(api, importRest);
}
