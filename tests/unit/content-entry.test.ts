/**
 * content-frame.js, the entry that runs in every frame below the top: it loads the rest of the content script
 * only once its frame can show text, answers page/* itself until then, and checks those
 * messages by hand exactly as the schemas would (the rest validates with the schemas).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageRequestSchemas } from '../../src/shared/messages';
import { parseRequest } from '../../src/shared/router';
import { checkPageRequest, type ContentMain, type HandOff } from '../../src/content/entry-protocol';
import { REST_FILE, runEntry, type EntryApi } from '../../src/content/entry-run';

type Listener = (message: unknown, sender: unknown) => unknown;

function fakeFrame() {
  let listener: Listener | undefined;
  const sent: unknown[] = [];
  const api: EntryApi = {
    runtime: {
      getURL: (path) => `chrome-extension://id/${path}`,
      sendMessage: async (message) => {
        sent.push(message);
        return { host: 'example.com', enabled: true };
      },
      onMessage: { addListener: (l) => (listener = l) },
    },
  };
  const dispatch = vi.fn(async (message: unknown) => ({ fromRest: message }));
  const handOffs: HandOff[] = [];
  const imported: string[] = [];
  const importRest = vi.fn(async (url: string): Promise<ContentMain> => {
    imported.push(url);
    return {
      start: (handOff) => {
        handOffs.push(handOff);
        return dispatch;
      },
    };
  });
  runEntry(document, api, importRest);
  const ask = (message: unknown) => listener!(message, { id: 'ext' }) as Promise<unknown>;
  return { ask, sent, imported, handOffs, dispatch };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the content entry', () => {
  it('loads nothing more in a frame that cannot show text, and answers for it', async () => {
    document.body.innerHTML = '<div> </div><script>var ad = 1</script>';
    const frame = fakeFrame();
    const answer = (await frame.ask({ type: 'page/mentions' })) as { enabled: boolean; mentions: unknown[]; stats: { startupMs?: number } };
    expect(answer).toMatchObject({ enabled: false, mentions: [] });
    expect(answer.stats.startupMs).toBeGreaterThanOrEqual(0);
    await expect(frame.ask({ type: 'page/info' })).resolves.toEqual({ host: location.hostname, url: location.href });
    await expect(frame.ask({ type: 'page/enabled', host: 'example.com', enabled: true })).resolves.toEqual({ enabled: false });
    await expect(frame.ask({ type: 'page/patterns', version: 'v2' })).resolves.toEqual({ rescanned: false });
    await expect(frame.ask({ type: 'page/reveal', companyId: 'meituan' })).resolves.toEqual({ revealed: false });
    await expect(frame.ask({ type: 'page/next-mention' })).resolves.toEqual({ found: false });
    await expect(frame.ask({ type: 'db/search', query: 'x' })).rejects.toThrow('Unknown message type "db/search"');
    // Not even the settings round trip: the frame costs one listener and the gate.
    expect(frame.imported).toEqual([]);
    expect(frame.sent).toEqual([]);
  });

  it('loads the rest once text arrives (a late ad, a script writing the frame) and hands it every message', async () => {
    const frame = fakeFrame();
    document.body.insertAdjacentHTML('beforeend', '<p>An ad about Meituan</p>');
    await vi.waitFor(() => expect(frame.imported).toEqual([`chrome-extension://id/${REST_FILE}`]));
    expect(frame.sent).toEqual([{ type: 'settings/page' }]);
    await expect(frame.ask({ type: 'page/mentions' })).resolves.toEqual({ fromRest: { type: 'page/mentions' } });
    // The rest validates for itself: the entry no longer answers or refuses anything.
    await expect(frame.ask({ type: 'nonsense' })).resolves.toEqual({ fromRest: { type: 'nonsense' } });
    const [handOff] = frame.handOffs;
    await expect(handOff!.settings).resolves.toEqual({ host: 'example.com', enabled: true });
    expect(handOff!.startup.ms).toBeGreaterThan(0);
  });

  it('loads the rest at once in a frame with text; messages that arrive meanwhile wait for it', async () => {
    document.body.innerHTML = '<p>Xiaomi</p>';
    const frame = fakeFrame();
    expect(frame.imported).toHaveLength(1);
    const answer = frame.ask({ type: 'page/mentions' });
    await expect(answer).resolves.toEqual({ fromRest: { type: 'page/mentions' } });
    expect(frame.dispatch).toHaveBeenCalledTimes(1);
  });
});

describe("the entry's hand check of page/* requests", () => {
  const samples: unknown[] = [
    { type: 'page/mentions' },
    { type: 'page/info' },
    { type: 'page/next-mention' },
    { type: 'page/reveal', companyId: 'meituan' },
    { type: 'page/enabled', host: 'news.example.co.kr', enabled: false },
    { type: 'page/enabled', host: '[::1]', enabled: true },
    { type: 'page/patterns', version: 'abc123' },
    // refused
    null,
    'page/info',
    [],
    { type: 7 },
    { type: 'page/unknown' },
    { type: 'toString' },
    { type: 'page/mentions', extra: 1 },
    { type: 'page/reveal' },
    { type: 'page/reveal', companyId: 'Meituan!' },
    { type: 'page/reveal', companyId: 'x'.repeat(65) },
    { type: 'page/enabled', host: 'example.com' },
    { type: 'page/enabled', host: 'example.com:8080', enabled: true },
    { type: 'page/enabled', host: 'a'.repeat(254), enabled: true },
    { type: 'page/enabled', host: 'example.com', enabled: 'yes' },
    { type: 'page/patterns', version: 'v'.repeat(201) },
    { type: 'page/patterns', version: 3 },
  ];
  const accepts = (check: (m: unknown) => unknown) => (m: unknown) => {
    try {
      check(m);
      return true;
    } catch {
      return false;
    }
  };

  it('accepts and refuses exactly what pageRequestSchemas do', () => {
    const byHand = samples.map(accepts(checkPageRequest));
    const bySchema = samples.map(accepts((m) => parseRequest(m, pageRequestSchemas)));
    expect(byHand).toEqual(bySchema);
    expect(byHand.filter(Boolean)).toHaveLength(7);
  });

  it('knows every page/* type the protocol has', () => {
    for (const type of Object.keys(pageRequestSchemas)) {
      const needs: Record<string, unknown> = { companyId: 'meituan', host: 'example.com', enabled: true, version: 'v' };
      const shape = pageRequestSchemas[type as keyof typeof pageRequestSchemas].entries;
      const message = Object.fromEntries(Object.keys(shape).map((k) => [k, k === 'type' ? type : needs[k]]));
      expect(() => checkPageRequest(message)).not.toThrow();
    }
  });
});
