/**
 * The page/* requests as the content script checks them: by hand, with the rules of
 * `pageRequestSchemas` (src/shared/page-messages.ts, the protocol's one source of truth for
 * these types), so that content.js carries no valibot — its code and schema objects were
 * ~1.5 ms of every top frame's start-up (module evaluation and the first parse, cold).
 * tests/unit/page-request-check.test.ts holds the two to the same verdicts on every case.
 */
import type { PageMessageType, Request } from '../shared/messages';
import { ProtocolError } from '../shared/router';

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

/** The request, or a ProtocolError saying what is wrong with it (the sender sees the message). */
export function checkPageRequest(message: unknown): Request<PageMessageType> {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) {
    throw new ProtocolError('Malformed message: expected an object with a "type"');
  }
  const { type } = message as { type?: unknown };
  if (typeof type !== 'string') throw new ProtocolError('Malformed message: "type" must be a string');
  if (!Object.hasOwn(FIELDS, type)) throw new ProtocolError(`Unknown message type "${type.slice(0, 60)}"`);
  const fields = FIELDS[type as PageMessageType];
  // for…in, as valibot's strictObject does: an inherited enumerable key is unexpected too.
  for (const key in message) {
    if (key !== 'type' && !Object.hasOwn(fields, key)) throw new ProtocolError(`Invalid "${type}" message: ${key} is not expected`);
  }
  for (const [key, valid] of Object.entries(fields)) {
    if (!valid((message as Record<string, unknown>)[key])) throw new ProtocolError(`Invalid "${type}" message: ${key} is invalid`);
  }
  return message as Request<PageMessageType>;
}
