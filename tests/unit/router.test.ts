import { describe, expect, it, vi } from 'vitest';
import { backgroundRequestSchemas, pageRequestSchemas } from '../../src/shared/messages';
import { createRouter, parseRequest, ProtocolError } from '../../src/shared/router';

const allSchemas = { ...pageRequestSchemas, ...backgroundRequestSchemas };
const { 'db/company': company, 'db/search': search, 'settings/site': site } = backgroundRequestSchemas;

const sender = { id: 'ext', url: 'https://example.com/', tab: { id: 1, url: 'https://example.com/' } };

describe('message registry', () => {
  const router = createRouter({ 'db/company': company, 'db/search': search, 'settings/site': site }, {
    'db/search': () => ({ results: [] }),
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
    await createRouter({ 'settings/site': site }, { 'settings/site': handler })({ type: 'settings/site', host: 'a' }, sender);
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

  it('rejects a type that belongs to another receiver', async () => {
    await expect(router({ type: 'page/mentions' }, sender)).rejects.toThrow('Unknown message type "page/mentions"');
  });

  it('gives the content script only page/* types', async () => {
    const page = createRouter(pageRequestSchemas, {
      'page/mentions': () => ({ enabled: true, mentions: [], stats: { scanMs: 0, textNodes: 0, chars: 0 } }),
      'page/info': () => ({ host: 'a', url: 'https://a/' }),
      'page/reveal': () => ({ revealed: false }),
      'page/next-mention': () => ({ found: false }),
      'page/enabled': ({ enabled }) => ({ enabled }),
      'page/patterns': () => ({ rescanned: false }),
    });
    await expect(page({ type: 'page/mentions' }, sender)).resolves.toMatchObject({ enabled: true });
    await expect(page({ type: 'db/company', id: 'banma' }, sender)).rejects.toThrow('Unknown message type "db/company"');
  });

  it('accepts every documented shape of the public contract', () => {
    expect(parseRequest({ type: 'page/mentions' }, allSchemas)).toEqual({ type: 'page/mentions' });
    expect(parseRequest({ type: 'db/search', query: '샤오미', limit: 5 }, allSchemas)).toEqual({ type: 'db/search', query: '샤오미', limit: 5 });
    expect(parseRequest({ type: 'settings/site', host: 'news.example.co.kr' }, allSchemas)).toEqual({ type: 'settings/site', host: 'news.example.co.kr' });
  });
});
