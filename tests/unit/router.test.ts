import { describe, expect, it, vi } from 'vitest';
import { createRouter, parseRequest, ProtocolError } from '../../src/shared/router';

const sender = { id: 'ext', url: 'https://example.com/', tab: { id: 1, url: 'https://example.com/' } };

describe('message registry', () => {
  const router = createRouter({
    'db/company': ({ id }) => ({ company: { id } as never, articles: [] }),
    'settings/site': ({ host, enabled }) => ({ host, enabled: enabled ?? true }),
  });

  it('dispatches a valid message to its handler with the parsed request', async () => {
    await expect(router({ type: 'settings/site', host: 'example.com', enabled: false }, sender)).resolves.toEqual({
      host: 'example.com',
      enabled: false,
    });
  });

  it('passes the sender through to the handler', async () => {
    const handler = vi.fn(() => ({ host: 'a', enabled: true }));
    await createRouter({ 'settings/site': handler })({ type: 'settings/site', host: 'a' }, sender);
    expect(handler).toHaveBeenCalledWith({ type: 'settings/site', host: 'a' }, sender);
  });

  it.each([
    [null, 'Malformed message: expected an object with a "type"'],
    ['db/company', 'Malformed message: expected an object with a "type"'],
    [[{ type: 'db/company' }], 'Malformed message: expected an object with a "type"'],
    [{}, 'Malformed message: "type" must be a string'],
    [{ type: 42 }, 'Malformed message: "type" must be a string'],
    [{ type: 'db/drop-everything' }, 'Unknown message type "db/drop-everything"'],
    [{ type: '__proto__' }, 'Unknown message type "__proto__"'],
    [{ type: 'db/company' }, 'Invalid "db/company" message: id'],
    [{ type: 'db/company', id: 'Banma; DROP' }, 'Invalid "db/company" message: id must be a company id'],
    [{ type: 'db/company', id: 'banma', extra: 1 }, 'Invalid "db/company" message: extra'],
    [{ type: 'settings/site', host: 'example.com:8080' }, 'Invalid "settings/site" message: host must be a hostname without port'],
    [{ type: 'settings/site', host: 'a.com', enabled: 'yes' }, 'Invalid "settings/site" message: enabled'],
    [{ type: 'db/search', query: 'x'.repeat(201) }, 'Invalid "db/search" message: query'],
  ])('rejects %j with a clear error', async (message, expected) => {
    await expect(router(message, sender)).rejects.toThrow(ProtocolError);
    await expect(router(message, sender)).rejects.toThrow(expected);
  });

  it('rejects a known type that this context does not handle', async () => {
    await expect(router({ type: 'page/mentions' }, sender)).rejects.toThrow('Message type "page/mentions" is not handled here');
  });

  it('accepts every documented shape of the public contract', () => {
    expect(parseRequest({ type: 'page/mentions' })).toEqual({ type: 'page/mentions' });
    expect(parseRequest({ type: 'db/search', query: '샤오미', limit: 5 })).toEqual({ type: 'db/search', query: '샤오미', limit: 5 });
    expect(parseRequest({ type: 'settings/site', host: 'news.example.co.kr' })).toEqual({ type: 'settings/site', host: 'news.example.co.kr' });
  });
});
