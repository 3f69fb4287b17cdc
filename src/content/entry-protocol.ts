/**
 * What content.js (the entry) hands to the rest of the content script (content-main.js)
 * once its frame can show text. The entry itself neither listens nor answers before that: a
 * frame that cannot show a mention costs the page only the frame gate (see entry-run.ts).
 */
import type { Request, Response } from '../shared/messages';
import type { Sender } from '../shared/router';

/** What the rest of the content script (content-main.js, src/content/index.ts) exports. */
export interface ContentMain {
  /** Starts the frame's content script proper and returns its page/* dispatcher. */
  start(handOff: HandOff): (message: unknown, sender: Sender) => Promise<unknown>;
}

export interface HandOff {
  /** The entry's start-up record: the rest counts into the same total. */
  startup: { ms: number; longest: number };
  /** settings/page, asked by the entry as it started loading the rest (one round trip saved). */
  settings: Promise<Response<'settings/page'>>;
}

/**
 * What a starting content script asks the background, in the top frame (entry.ts) and in a frame
 * the entry lets through (entry-run.ts): its site's switch and, when on, the matcher and the
 * hover settings in the same answer.
 */
export const START_REQUEST: Request<'settings/page'> = { type: 'settings/page', start: true };
