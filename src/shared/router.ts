/**
 * The receiving half of the protocol: a registry of handlers for a subset of message
 * types. Input arrives as `unknown` from another context (or a hostile page that found a
 * way to post to us), so it is validated against the request schema before any handler
 * sees it, and anything malformed or unknown is refused with an error that says why.
 */
import * as v from 'valibot';
import type { MessageType, Request, Response, SchemaMap } from './messages';

/** The part of runtime.MessageSender that handlers use; kept small so tests can fake it. */
export interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export type Handler<K extends MessageType> = (
  request: Request<K>,
  sender: Sender,
) => Response<K> | Promise<Response<K>>;

export type Handlers<K extends MessageType> = { [P in K]: Handler<P> };

export class ProtocolError extends Error {
  override name = 'ProtocolError';
}

/**
 * Validates a message against the receiver's schema map; throws a ProtocolError naming the
 * problem. A type outside the map is unknown to this receiver, whatever other contexts accept.
 */
export function parseRequest(message: unknown, schemas: SchemaMap): Request<MessageType> {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) {
    throw new ProtocolError('Malformed message: expected an object with a "type"');
  }
  const type: unknown = (message as { type?: unknown }).type;
  if (typeof type !== 'string') throw new ProtocolError('Malformed message: "type" must be a string');
  const schema = Object.hasOwn(schemas, type) ? schemas[type as MessageType] : undefined;
  if (!schema) throw new ProtocolError(`Unknown message type "${type.slice(0, 60)}"`);
  const result = v.safeParse(schema, message);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    throw new ProtocolError(`Invalid "${type}" message: ${path ? `${path} ` : ''}${issue.message}`);
  }
  return result.output as Request<MessageType>;
}

/**
 * Builds the dispatch function for one context: `schemas` are the message types it accepts,
 * `handlers` answer them. It resolves with the handler's response or rejects with a
 * ProtocolError; webextension-polyfill turns the rejection into an error on the sender's side.
 */
export function createRouter<K extends MessageType>(schemas: Pick<Required<SchemaMap>, K>, handlers: Handlers<K>) {
  return createDispatcher((message) => parseRequest(message, schemas) as Request<K>, handlers);
}

/**
 * The same with the validation passed in: content.js checks its six page/* requests by hand
 * (src/content/page-request-check.ts, held to the schemas by a unit test) so that no frame
 * evaluates valibot.
 */
export function createDispatcher<K extends MessageType>(parse: (message: unknown) => Request<K>, handlers: Handlers<K>) {
  return async function dispatch(message: unknown, sender: Sender): Promise<Response<K>> {
    const request = parse(message);
    const handler = handlers[request.type as K] as Handler<K>;
    return handler(request, sender);
  };
}
