import { beforeEach, describe, expect, it } from 'vitest';
import { ADD_COMPANY_MENU_ID, LOOKUP_MENU_ID } from '../../src/background/menus';
import { PENDING_TTL_MS } from '../../src/background/pending-search';
import { backgroundUnderTest, fakeBrowser, freshIndexedDB, messenger, servicesFor } from './background-fakes';

beforeEach(freshIndexedDB);

const setup = backgroundUnderTest;

describe('install', () => {
  it('creates the look-up menu for selected text and seeds the dataset', async () => {
    const { fake, events, services } = setup();
    await events.onInstalled();
    await events.onInstalled(); // an update runs it again: still one menu
    expect(fake.menus).toEqual([
      { id: LOOKUP_MENU_ID, title: 'Look up “%s” in Company Context', contexts: ['selection'] },
      { id: ADD_COMPANY_MENU_ID, title: 'menuAddCompany', contexts: ['selection'] },
    ]);
    expect(fake.readCount.get('data/dataset.json')).toBe(1);
    await services.database.close();
  });
});

describe('looking up a selection', () => {
  it('opens the popup, which then finds the query waiting for it once', async () => {
    const { fake, events, send } = setup();
    await events.onMenuClicked({ menuItemId: LOOKUP_MENU_ID, selectionText: '  Banma\n Zhixing ' });
    expect(fake.popup.opened).toBe(1);
    expect(fake.created).toEqual([]);
    expect(await send({ type: 'tab/pending-search' })).toEqual({ query: 'Banma Zhixing' });
    expect(await send({ type: 'tab/pending-search' })).toEqual({ query: null });
  });

  it('opens popup.html?q=… in a tab when the popup cannot open, leaving nothing pending', async () => {
    const { fake, events, send } = setup();
    fake.popup.fails = true;
    await events.onMenuClicked({ menuItemId: LOOKUP_MENU_ID, selectionText: '斑马 & Co' });
    expect(fake.created).toEqual([`chrome-extension://test/popup.html?q=${encodeURIComponent('斑马 & Co')}`]);
    expect(await send({ type: 'tab/pending-search' })).toEqual({ query: null });
  });

  it('uses a tab where the browser has no action.openPopup', async () => {
    const { fake, send } = setup();
    fake.popup.available = false;
    expect(await send({ type: 'tab/open-search', query: 'xiaomi' })).toEqual({ opened: 'tab' });
    expect(fake.created).toEqual(['chrome-extension://test/popup.html?q=xiaomi']);
  });

  it('answers tab/open-search with where it opened', async () => {
    const { send } = setup();
    expect(await send({ type: 'tab/open-search', query: 'meituan' })).toEqual({ opened: 'popup' });
    expect(await send({ type: 'tab/pending-search' })).toEqual({ query: 'meituan' });
  });

  it('hands the query over even if the worker restarted before the popup asked', async () => {
    const fake = fakeBrowser();
    await messenger(servicesFor(fake))({ type: 'tab/open-search', query: 'amap' });
    expect(await messenger(servicesFor(fake))({ type: 'tab/pending-search' })).toEqual({ query: 'amap' });
  });

  it('forgets a query the popup did not pick up in time', async () => {
    const { fake, send } = setup();
    await send({ type: 'tab/open-search', query: 'amap' });
    fake.clock.now += PENDING_TTL_MS + 1;
    expect(await send({ type: 'tab/pending-search' })).toEqual({ query: null });
  });

  it('ignores clicks on menus that are not ours', async () => {
    const { fake, events } = setup();
    await events.onMenuClicked({ menuItemId: 'someone-else', selectionText: 'x' });
    expect([fake.popup.opened, fake.created.length]).toEqual([0, 0]);
  });
});

describe('the next-mention command', () => {
  it('asks the active tab’s top frame to move to its next mention', async () => {
    const { fake, events } = setup();
    fake.tabs = [{ id: 9, url: 'https://news.example/' }, { id: 3, url: 'https://other.example/' }];
    await events.onCommand('next-mention');
    expect(fake.sent).toEqual([{ tabId: 9, message: { type: 'page/next-mention' }, options: { frameId: 0 } }]);
  });

  it('does nothing on a tab without a content script, and ignores other commands', async () => {
    const { fake, events } = setup();
    fake.tabs = [{ id: 9, url: 'chrome://settings/' }];
    fake.noReceiver.add(9);
    await expect(events.onCommand('next-mention')).resolves.toBe(false);
    await events.onCommand('_execute_action');
    expect(fake.sent).toEqual([]);
  });
});

describe('adding a selection as a company', () => {
  it('opens the settings page with the company form prefilled', async () => {
    const { fake, events } = setup();
    await events.onMenuClicked({ menuItemId: ADD_COMPANY_MENU_ID, selectionText: '  蔚来\n汽车 ' });
    expect(fake.created).toEqual([`chrome-extension://test/options.html#add=${encodeURIComponent('蔚来 汽车')}`]);
    expect(fake.popup.opened).toBe(0);
  });
});
