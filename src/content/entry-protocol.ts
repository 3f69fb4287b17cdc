/**
 * What content-frame.js (the entry) hands to the rest of the content script (content-main.js)
 * once its frame can show text. The entry itself neither listens nor answers before that: a
 * frame that cannot show a mention costs the page only the frame gate (see entry-run.ts).
 */
import type { Response } from '../shared/messages';
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
