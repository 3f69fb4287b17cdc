/**
 * content.js (entry.ts) in every frame below the top: it loads the rest of the
 * content script only once its frame can show text, and until then does not touch the
 * extension API at all (no listener, no message): such a frame costs only the frame gate.
 * In the top frame the same script loads the rest the same way, at once.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentMain, HandOff } from '../../src/content/entry-protocol';
import { REST_FILE, runEntry, type EntryApi } from '../../src/content/entry-run';
import { loadRest } from '../../src/content/load-rest';

type Listener = (message: unknown, sender: unknown) => unknown;

/** `start`: how the entry starts, runEntry for a frame below the top, loadRest for the top frame (entry.ts). */
function fakeFrame(start: typeof runEntry | 'top' = runEntry, importFails = false) {
  let listener: Listener | undefined;
  const sent: unknown[] = [];
  let apiTouched = 0;
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
    if (importFails) throw new TypeError('Failed to fetch dynamically imported module');
    return {
      start: (handOff) => {
        handOffs.push(handOff);
        return dispatch;
      },
    };
  });
  const connect = () => {
    apiTouched++;
    return api;
  };
  if (start === 'top') loadRest(connect, importRest);
  else start(window, connect, importRest);
  const ask = (message: unknown) => listener!(message, { id: 'ext' }) as Promise<unknown>;
  return { ask, sent, imported, handOffs, dispatch, listening: () => !!listener, apiTouched: () => apiTouched };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the content entry', () => {
  it('in a frame that cannot show text, loads nothing, listens to nothing and never touches the extension API', async () => {
    document.body.innerHTML = '<div> </div><script>var ad = 1</script>';
    const frame = fakeFrame();
    // A mutation that brings no text: checked, and still nothing.
    document.body.insertAdjacentHTML('beforeend', '<span>  </span>');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(frame.listening()).toBe(false);
    expect(frame.apiTouched()).toBe(0);
    expect(frame.imported).toEqual([]);
    expect(frame.sent).toEqual([]);
  });

  it('loads the rest once text arrives (a late ad, a script writing the frame) and hands it every message', async () => {
    const frame = fakeFrame();
    expect(frame.listening()).toBe(false);
    document.body.insertAdjacentHTML('beforeend', '<p>An ad about Meituan</p>');
    await vi.waitFor(() => expect(frame.imported).toEqual([`chrome-extension://id/${REST_FILE}`]));
    expect(frame.sent).toEqual([{ type: 'settings/page', start: true }]);
    await expect(frame.ask({ type: 'page/mentions' })).resolves.toEqual({ fromRest: { type: 'page/mentions' } });
    // The rest validates for itself: the entry neither answers nor refuses anything.
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

  it('in the top frame, listens and loads the rest at once, even before the page shows any text', async () => {
    // The popup asks the top frame whatever it shows; its session waits for text itself.
    const top = fakeFrame('top');
    expect(top.listening()).toBe(true);
    expect(top.imported).toEqual([`chrome-extension://id/${REST_FILE}`]);
    expect(top.sent).toEqual([{ type: 'settings/page', start: true }]);
    await expect(top.ask({ type: 'page/info' })).resolves.toEqual({ fromRest: { type: 'page/info' } });
  });

  it('says by name when the rest cannot load, and every message then fails with that error', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const top = fakeFrame('top', true);
    await expect(top.ask({ type: 'page/mentions' })).rejects.toThrow('Failed to fetch dynamically imported module');
    expect(warn).toHaveBeenCalledWith('Company Context: the content script could not load', expect.any(TypeError));
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});
