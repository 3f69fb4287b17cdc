import { beforeEach, describe, expect, it } from 'vitest';
import { backgroundUnderTest, fakeBrowser, freshIndexedDB, messenger, servicesFor } from './background-fakes';

beforeEach(freshIndexedDB);

const frame = (tabId: number, frameId: number, url = 'https://news.example/story') => ({
  tab: { id: tabId, url },
  frameId,
  url,
});

const setup = backgroundUnderTest;

describe('the badge', () => {
  it('counts distinct companies across all frames of a tab', async () => {
    const { fake, send } = setup();
    expect(await send({ type: 'tab/found', companyIds: ['banma', 'alibaba', 'banma'] }, frame(1, 0))).toEqual({ count: 2 });
    expect(await send({ type: 'tab/found', companyIds: ['alibaba', 'xiaomi'] }, frame(1, 4))).toEqual({ count: 3 });
    expect(fake.badges.get(1)).toBe('3');
  });

  it('keeps tabs apart', async () => {
    const { fake, send } = setup();
    await send({ type: 'tab/found', companyIds: ['banma', 'alibaba'] }, frame(1, 0));
    await send({ type: 'tab/found', companyIds: ['xiaomi'] }, frame(2, 0));
    expect([fake.badges.get(1), fake.badges.get(2)]).toEqual(['2', '1']);
  });

  it('takes a frame’s new report as its whole set, and shows nothing at zero', async () => {
    const { fake, send } = setup();
    await send({ type: 'tab/found', companyIds: ['banma', 'alibaba'] }, frame(1, 0));
    expect(await send({ type: 'tab/found', companyIds: ['banma'] }, frame(1, 0))).toEqual({ count: 1 });
    expect(await send({ type: 'tab/found', companyIds: [] }, frame(1, 0))).toEqual({ count: 0 });
    expect(fake.badges.get(1)).toBe('');
  });

  it('clears when the tab loads a new page or closes', async () => {
    const { fake, send, events, services } = setup();
    await send({ type: 'tab/found', companyIds: ['banma'] }, frame(1, 0));
    await events.onTabUpdated(1, { status: 'loading', url: 'https://news.example/next' });
    expect(fake.badges.get(1)).toBe('');
    expect(await send({ type: 'tab/found', companyIds: ['xiaomi'] }, frame(1, 0, 'https://news.example/next'))).toEqual({ count: 1 });
    await events.onTabRemoved(1);
    expect(services.badge.count(1)).toBe(0);
  });

  it('clears on a reload, but not on a jump to an anchor of the same page', async () => {
    const { fake, send, events } = setup();
    await send({ type: 'tab/found', companyIds: ['banma'] }, frame(1, 0));
    await events.onTabUpdated(1, { status: 'loading', url: 'https://news.example/story#comments' });
    expect(fake.badges.get(1)).toBe('1');
    await events.onTabUpdated(1, { status: 'complete' });
    expect(fake.badges.get(1)).toBe('1');
    await events.onTabUpdated(1, { status: 'loading' });
    expect(fake.badges.get(1)).toBe('');
  });

  it('survives a worker restart through storage.session', async () => {
    const fake = fakeBrowser();
    await messenger(servicesFor(fake))({ type: 'tab/found', companyIds: ['banma', 'alibaba'] }, frame(1, 0));
    const restarted = messenger(servicesFor(fake));
    expect(await restarted({ type: 'tab/found', companyIds: ['xiaomi'] }, frame(1, 2))).toEqual({ count: 3 });
  });

  it('refuses a report that does not come from a tab', async () => {
    const { send } = setup();
    await expect(send({ type: 'tab/found', companyIds: ['banma'] }, { url: 'chrome-extension://test/popup.html' })).rejects.toThrow(
      /must come from a tab/,
    );
  });
});
