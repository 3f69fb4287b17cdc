import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser, freshIndexedDB, messenger, servicesFor } from './background-fakes';

beforeEach(freshIndexedDB);

const inTab = (url: string, id = 7) => ({ tab: { id, url }, frameId: 0, url });

describe('settings', () => {
  it('are on by default: globally, per site, and for a page', async () => {
    const send = messenger(servicesFor(fakeBrowser()));
    expect(await send({ type: 'settings/global' })).toEqual({ enabled: true });
    expect(await send({ type: 'settings/site', host: 'news.example' })).toEqual({ host: 'news.example', enabled: true });
    expect(await send({ type: 'settings/page' }, inTab('https://news.example/a?b#c'))).toEqual({ host: 'news.example', enabled: true });
  });

  it('switch one site off without touching others', async () => {
    const send = messenger(servicesFor(fakeBrowser()));
    expect(await send({ type: 'settings/site', host: 'news.example', enabled: false })).toEqual({ host: 'news.example', enabled: false });
    expect(await send({ type: 'settings/site', host: 'news.example' })).toEqual({ host: 'news.example', enabled: false });
    expect((await send({ type: 'settings/page' }, inTab('https://news.example/x'))).enabled).toBe(false);
    expect((await send({ type: 'settings/page' }, inTab('https://other.example/x'))).enabled).toBe(true);
  });

  it('answer for the tab’s top-level site in every frame, falling back to the sender URL', async () => {
    const send = messenger(servicesFor(fakeBrowser()));
    await send({ type: 'settings/site', host: 'news.example', enabled: false });
    const iframe = { tab: { id: 7, url: 'https://news.example/' }, frameId: 3, url: 'https://ads.example/frame' };
    expect(await send({ type: 'settings/page' }, iframe)).toEqual({ host: 'news.example', enabled: false });
    expect(await send({ type: 'settings/page' }, { url: 'https://news.example/' })).toEqual({ host: 'news.example', enabled: false });
  });

  it('answer db/patterns and the hover settings in the same reply when a starting content script asks and its site is on', async () => {
    const fake = fakeBrowser();
    const send = messenger(servicesFor(fake));
    await send({ type: 'settings/site', host: 'news.example', enabled: false });
    const on = await send({ type: 'settings/page', start: true }, inTab('https://other.example/'));
    expect(on.enabled).toBe(true);
    expect(on.patterns).toEqual(await send({ type: 'db/patterns' }));
    expect(on.hoverPrefs).toEqual({ delayMs: 200, modifier: 'none', style: 'underline' });
    await fake.platform.local.set({ hoverPrefs: { delayMs: 500, modifier: 'Alt', style: 'junk' } });
    expect((await send({ type: 'settings/page', start: true }, inTab('https://other.example/'))).hoverPrefs).toEqual({ delayMs: 500, modifier: 'Alt', style: 'underline' });
    // Off: nothing to scan with, so nothing sent.
    expect(await send({ type: 'settings/page', start: true }, inTab('https://news.example/'))).toEqual({ host: 'news.example', enabled: false });
  });

  it('turn every site off with the global switch, and back on with the sites’ own switches intact', async () => {
    const send = messenger(servicesFor(fakeBrowser()));
    await send({ type: 'settings/site', host: 'news.example', enabled: false });
    expect(await send({ type: 'settings/global', enabled: false })).toEqual({ enabled: false });
    expect((await send({ type: 'settings/page' }, inTab('https://other.example/'))).enabled).toBe(false);
    await send({ type: 'settings/global', enabled: true });
    expect((await send({ type: 'settings/page' }, inTab('https://other.example/'))).enabled).toBe(true);
    expect((await send({ type: 'settings/page' }, inTab('https://news.example/'))).enabled).toBe(false);
  });

  it('persist across a restart and are mirrored to storage.local', async () => {
    const fake = fakeBrowser();
    const first = servicesFor(fake, 'settings-restart');
    await messenger(first)({ type: 'settings/site', host: 'news.example', enabled: false });
    await messenger(first)({ type: 'settings/global', enabled: false });
    await first.database.close();
    expect(fake.local.data.get('settings')).toEqual({ 'news.example': false, '*': false });
    const send = messenger(servicesFor(fake, 'settings-restart'));
    expect(await send({ type: 'settings/site', host: 'news.example' })).toEqual({ host: 'news.example', enabled: false });
    expect(await send({ type: 'settings/global' })).toEqual({ enabled: false });
  });

  it('refuse a malformed host before any handler runs', async () => {
    const send = messenger(servicesFor(fakeBrowser()));
    await expect(send({ type: 'settings/site', host: 'https://news.example/', enabled: false })).rejects.toThrow(
      /Invalid "settings\/site" message: host must be a hostname/,
    );
  });
});

describe('a settings change is broadcast live', () => {
  function withTabs() {
    const fake = fakeBrowser();
    fake.tabs = [
      { id: 1, url: 'https://news.example/a' },
      { id: 2, url: 'https://news.example/b#top' },
      { id: 3, url: 'https://other.example/' },
      { id: 4, url: 'chrome://newtab/' },
      { id: 5, url: 'https://news.example/c' },
    ];
    fake.noReceiver.add(5); // a tab still loading has no content script yet
    return { fake, send: messenger(servicesFor(fake)) };
  }

  it('to every open tab of that site (all frames), and only those', async () => {
    const { fake, send } = withTabs();
    await send({ type: 'settings/site', host: 'news.example', enabled: false });
    expect(fake.sent).toEqual([
      { tabId: 1, message: { type: 'page/enabled', host: 'news.example', enabled: false } },
      { tabId: 2, message: { type: 'page/enabled', host: 'news.example', enabled: false } },
    ]);
  });

  it('to every web tab when the global switch changes, each with its own effective value', async () => {
    const { fake, send } = withTabs();
    await send({ type: 'settings/site', host: 'other.example', enabled: false });
    fake.sent.length = 0;
    await send({ type: 'settings/global', enabled: true });
    expect(fake.sent.map((m) => [m.tabId, (m.message as { enabled: boolean }).enabled])).toEqual([
      [1, true],
      [2, true],
      [3, false],
    ]);
  });

  it('with the effective value: a site switched on stays off while the global switch is off', async () => {
    const { fake, send } = withTabs();
    await send({ type: 'settings/global', enabled: false });
    fake.sent.length = 0;
    await send({ type: 'settings/site', host: 'other.example', enabled: true });
    expect(fake.sent).toEqual([{ tabId: 3, message: { type: 'page/enabled', host: 'other.example', enabled: false } }]);
  });

  it('not at all when a setting is only read', async () => {
    const { fake, send } = withTabs();
    await send({ type: 'settings/site', host: 'news.example' });
    await send({ type: 'settings/global' });
    expect(fake.sent).toEqual([]);
  });

  it('list every per-site switch for the settings page, and forget one on request', async () => {
    const fake = fakeBrowser();
    const send = messenger(servicesFor(fake));
    await send({ type: 'settings/site', host: 'news.example', enabled: false });
    await send({ type: 'settings/site', host: 'blog.example', enabled: true });
    await send({ type: 'settings/global', enabled: false });
    expect(await send({ type: 'settings/sites' })).toEqual({
      sites: [{ host: 'blog.example', enabled: true }, { host: 'news.example', enabled: false }],
    });
    expect(await send({ type: 'settings/sites', remove: 'news.example' })).toEqual({ sites: [{ host: 'blog.example', enabled: true }] });
    await send({ type: 'settings/global', enabled: true });
    expect((await send({ type: 'settings/page' }, inTab('https://news.example/'))).enabled).toBe(true);
    expect(fake.local.data.get('settings')).toEqual({ 'blog.example': true, '*': true });
  });
});
