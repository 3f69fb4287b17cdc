/**
 * The page/* requests as content-frame.js (the entry) receives them before the rest of the content
 * script is loaded, and what a frame with no session yet answers.
 *
 * Why a hand check instead of the router and pageRequestSchemas: both pull valibot into
 * content-frame.js, evaluated in every frame below the top, most of which never load the rest
 * (an empty, hidden or 1×1 frame). Six message types with at most two fields each are
 * checked here with the same rules; tests/unit/content-entry.test.ts holds this check to the
 * schemas (same messages accepted, same refused). Once the rest is loaded it validates every
 * message itself with the schemas (src/shared/router.ts); this check only guards the answers
 * given before.
 */
import type { PageMessageType, Request, Response } from '../shared/messages';
import type { Sender } from '../shared/router';
import { pageInfo } from './page-info';
import { createStats, snapshot } from './stats';

const HOST = /^[a-z0-9.-]*$|^\[[0-9a-f:.]+\]$/i;
const COMPANY_ID = /^[a-z0-9-]{1,64}$/;
const isString = (x: unknown, max: number): x is string => typeof x === 'string' && x.length <= max;

/** The fields each type carries besides `type` (strict: no others), with their rule. */
const FIELDS: Record<PageMessageType, Record<string, (x: unknown) => boolean>> = {
  'page/mentions': {},
  'page/info': {},
  'page/reveal': { companyId: (x) => isString(x, 64) && COMPANY_ID.test(x) },
  'page/next-mention': {},
  'page/enabled': { host: (x) => isString(x, 253) && HOST.test(x), enabled: (x) => typeof x === 'boolean' },
  'page/patterns': { version: (x) => isString(x, 200) },
};

/** The request, or an Error saying what is wrong with it (the sender sees the message). */
export function checkPageRequest(message: unknown): Request<PageMessageType> {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) {
    throw new Error('Malformed message: expected an object with a "type"');
  }
  const { type } = message as { type?: unknown };
  if (typeof type !== 'string') throw new Error('Malformed message: "type" must be a string');
  if (!Object.hasOwn(FIELDS, type)) throw new Error(`Unknown message type "${type.slice(0, 60)}"`);
  const fields = FIELDS[type as PageMessageType];
  for (const key of Object.keys(message)) {
    if (key !== 'type' && !Object.hasOwn(fields, key)) throw new Error(`Invalid "${type}" message: ${key} is not expected`);
  }
  for (const [key, valid] of Object.entries(fields)) {
    if (!valid((message as Record<string, unknown>)[key])) throw new Error(`Invalid "${type}" message: ${key} is invalid`);
  }
  return message as Request<PageMessageType>;
}

/**
 * The answer of a frame whose session has not started (it cannot show text yet, so it has
 * not loaded the rest nor asked whether its site is on): nothing found, nothing running.
 * page/enabled and page/patterns need no action: the rest, once loaded, asks settings/page
 * and fetches the current patterns anyway.
 */
export function answerWithoutSession(request: Request<PageMessageType>): Response<PageMessageType> {
  switch (request.type) {
    case 'page/info':
      return pageInfo();
    case 'page/mentions':
      return { enabled: false, mentions: [], stats: snapshot(createStats()) };
    case 'page/reveal':
      return { revealed: false };
    case 'page/next-mention':
      return { found: false };
    case 'page/enabled':
      return { enabled: false };
    case 'page/patterns':
      return { rescanned: false };
  }
}

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
