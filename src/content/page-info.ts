/** page/info: the frame's host and address, the same answer before and after the rest of the content script is loaded. */
import type { Response } from '../shared/messages';

export function pageInfo(): Response<'page/info'> {
  return { host: location.hostname, url: location.href };
}
