import { beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteDB, openDB } from 'idb';
import { DB_VERSION } from '../../src/background/db/schema';
import { fakeBrowser, freshIndexedDB, messenger, servicesFor } from './background-fakes';

beforeEach(freshIndexedDB);

/** A worker that has set a per-site switch and served a lookup, so its database is in use. */
async function usedWorker(name: string) {
  const fake = fakeBrowser();
  const services = servicesFor(fake, name);
  const send = messenger(services);
  await send({ type: 'settings/site', host: 'blog.example', enabled: false });
  await send({ type: 'db/company', id: 'banma' });
  return { fake, services, send };
}

describe('a missing or corrupt database', () => {
  it('is rebuilt when deleted under a running worker, and the next request still gets its answer', async () => {
    const { send } = await usedWorker('gone-1');
    await deleteDB('gone-1'); // the open connection steps aside instead of blocking this
    const answer = await send({ type: 'db/company', id: 'banma' });
    expect(answer.articles.map((a) => a.id)).toEqual(['a-new', 'a-mid', 'a-old']);
    expect(await send({ type: 'settings/site', host: 'blog.example' })).toEqual({ host: 'blog.example', enabled: false });
  });

  it('is rebuilt when it has our version but not our stores, keeping the settings', async () => {
    const { fake, services } = await usedWorker('gone-2');
    await services.database.close();
    await deleteDB('gone-2');
    (await openDB('gone-2', DB_VERSION)).close(); // same version, no stores: nothing to upgrade
    const send = messenger(servicesFor(fake, 'gone-2'));
    expect((await send({ type: 'db/company', id: 'alibaba' })).company.id).toBe('alibaba');
    expect(await send({ type: 'settings/page' }, { tab: { id: 1, url: 'https://blog.example/post' } })).toEqual({
      host: 'blog.example',
      enabled: false,
    });
  });

  it('is rebuilt when it cannot be opened at all (a newer, unknown version)', async () => {
    const { fake, services } = await usedWorker('gone-3');
    await services.database.close();
    await deleteDB('gone-3');
    (await openDB('gone-3', DB_VERSION + 5)).close();
    const send = messenger(servicesFor(fake, 'gone-3'));
    expect((await send({ type: 'db/company', id: 'banma' })).company.id).toBe('banma');
    expect((await send({ type: 'settings/site', host: 'blog.example' })).enabled).toBe(false);
  });

  it('is rebuilt when a read throws, and that request is answered', async () => {
    const { send } = await usedWorker('gone-4');
    const spy = vi.spyOn(IDBIndex.prototype, 'getAll').mockImplementationOnce(() => {
      throw new DOMException('The database is corrupt', 'UnknownError');
    });
    try {
      expect((await send({ type: 'db/company', id: 'banma' })).articles).toHaveLength(3);
      expect(spy).toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
    expect((await send({ type: 'settings/site', host: 'blog.example' })).enabled).toBe(false);
  });

  it('keeps the database (and its settings) when the packaged dataset is what fails', async () => {
    const { fake, services } = await usedWorker('gone-5');
    await services.database.close();
    fake.packaged.dataset = { ...fake.packaged.dataset, version: 'v2' };
    const realRead = fake.platform.readPackaged;
    fake.platform.readPackaged = async (path) => {
      if (path === 'data/dataset.json') throw new Error('HTTP 404');
      return realRead(path);
    };
    const send = messenger(servicesFor(fake, 'gone-5'));
    await expect(send({ type: 'db/company', id: 'banma' })).rejects.toThrow(/Cannot read the packaged dataset/);
    fake.local.data.clear(); // if the database had been deleted, nothing could restore the setting now
    expect((await send({ type: 'settings/site', host: 'blog.example' })).enabled).toBe(false);
  });

  it('is kept when the search index (not the database) throws', async () => {
    const fake = fakeBrowser();
    const broken = () => {
      throw new TypeError('index bug');
    };
    const send = messenger(servicesFor(fake, 'gone-6', broken));
    await send({ type: 'settings/site', host: 'blog.example', enabled: false });
    fake.local.data.clear(); // so a needless rebuild would have nothing to restore from
    await expect(send({ type: 'db/search', query: 'banma' })).rejects.toThrow('index bug');
    expect((await send({ type: 'settings/site', host: 'blog.example' })).enabled).toBe(false);
  });

  it('is kept, and the setting saved, when storage.local refuses the spare copy', async () => {
    const fake = fakeBrowser();
    const send = messenger(servicesFor(fake, 'gone-7'));
    await send({ type: 'settings/global' });
    fake.local.set = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await send({ type: 'settings/site', host: 'blog.example', enabled: false })).toEqual({ host: 'blog.example', enabled: false });
    expect((await send({ type: 'settings/site', host: 'blog.example' })).enabled).toBe(false);
    expect(warn).toHaveBeenCalledWith('[company-context] settings mirror not updated:', expect.any(Error));
    warn.mockRestore();
  });
});
