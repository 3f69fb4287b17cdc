/**
 * "Look up" on a selected phrase, end to end in the background: the context menu leaves
 * the selection for the popup, which searches it with db/search; the background's index
 * finds the known names in it with the same compiled matcher the page is marked with.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createEventHandlers } from '../../src/background/events';
import { LOOKUP_MENU_ID } from '../../src/background/menus';
import { compilePatterns } from '../../src/shared/matcher/compile';
import { buildSearchIndex } from '../../src/shared/search/index';
import { company, dataset, fakeBrowser, freshIndexedDB, messenger, servicesFor } from './background-fakes';

beforeEach(freshIndexedDB);

function lookupBackground() {
  const fake = fakeBrowser();
  const ds = dataset('v1', {
    companies: [...dataset('v1').companies, company('xiaomi', { names: { en: 'Xiaomi', ko: '샤오미', 'zh-Hans': '小米' }, negatives: ['小米粥'] })],
  });
  fake.packaged.dataset = ds;
  fake.packaged.patterns = compilePatterns(ds.companies, ds.version);
  const services = servicesFor(fake, undefined, buildSearchIndex);
  return { fake, send: messenger(services), events: createEventHandlers(services) };
}

// Seeding fake IndexedDB and building the index take seconds on a loaded machine.
describe('Look up a selected phrase', { timeout: 30_000 }, () => {
  it('finds the company a selected sentence names, then its articles', async () => {
    const { send, events } = lookupBackground();
    await events.onMenuClicked({ menuItemId: LOOKUP_MENU_ID, selectionText: 'Alibaba said on Tuesday that it would\n spin off the unit' });
    const { query } = await send({ type: 'tab/pending-search' });
    const { results } = await send({ type: 'db/search', query: query!, limit: 20 });
    expect(results.map((r) => `${r.kind}:${r.id}`)).toEqual(['company:alibaba', 'article:a-new', 'article:a-ali']);
  });

  it('finds names in Korean and Chinese phrases, and not inside other words', async () => {
    const { send } = lookupBackground();
    const ids = async (query: string) => (await send({ type: 'db/search', query })).results.map((r) => r.id);
    expect(await ids('샤오미가 새 안경을 내놓았다')).toEqual(['xiaomi']);
    expect(await ids('小米发布了新眼镜')).toEqual(['xiaomi']);
    expect(await ids('今天早上喝小米粥')).toEqual([]);
  });

  it('still searches when the packaged matcher cannot be read', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const fake = fakeBrowser(); // its patterns.json is not a real matcher
    const send = messenger(servicesFor(fake, undefined, buildSearchIndex));
    expect((await send({ type: 'db/search', query: 'banma' })).results[0]?.id).toBe('banma');
    expect((await send({ type: 'db/search', query: 'Banma said today' })).results).toEqual([]);
    expect(warn).toHaveBeenCalledWith('[company-context] search without name finding:', expect.any(Error));
    warn.mockRestore();
  });
});
