import { beforeEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import type { CcSchema } from '../../src/background/db/schema';
import { DB_VERSION } from '../../src/background/db/schema';
import { article, company, dataset, fakeBrowser, freshIndexedDB, messenger, servicesFor } from './background-fakes';

beforeEach(freshIndexedDB);

async function peek(name: string) {
  const db = await openDB<CcSchema>(name, DB_VERSION);
  const out = {
    companies: (await db.getAllKeys('companies')).sort(),
    articles: (await db.getAllKeys('articles')).sort(),
    meta: await db.get('meta', 'dataset'),
    settings: await db.getAll('settings'),
  };
  db.close();
  return out;
}

describe('seeding the packaged dataset', () => {
  it('writes companies, articles and the version on install', async () => {
    const fake = fakeBrowser();
    const s = servicesFor(fake, 'seed-1');
    expect(await s.database.seed()).toBe('v1');
    await s.database.close();
    const db = await peek('seed-1');
    expect(db.companies).toEqual(['alibaba', 'banma']);
    expect(db.articles).toEqual(['a-ali', 'a-mid', 'a-new', 'a-old']);
    expect(db.meta).toMatchObject({ key: 'dataset', version: 'v1' });
  });

  it('seeds lazily on the first request when install did not', async () => {
    const send = messenger(servicesFor(fakeBrowser()));
    const { company: c } = await send({ type: 'db/company', id: 'banma' });
    expect(c.id).toBe('banma');
  });

  it('does not rewrite an up-to-date database on the next start', async () => {
    const fake = fakeBrowser();
    const first = servicesFor(fake, 'seed-2');
    await first.database.seed();
    await first.database.close();
    const seededAt = (await peek('seed-2')).meta;
    fake.clock.now += 5000;
    const second = servicesFor(fake, 'seed-2');
    await second.database.seed();
    await second.database.close();
    expect((await peek('seed-2')).meta).toEqual(seededAt);
  });

  it('replaces companies and articles on a version bump but keeps the settings', async () => {
    const fake = fakeBrowser();
    const before = servicesFor(fake, 'seed-3');
    await messenger(before)({ type: 'settings/site', host: 'news.example', enabled: false });
    await before.database.seed();
    await before.database.close();

    fake.packaged.dataset = dataset('v2', {
      companies: [company('banma'), company('xiaomi')],
      articles: [article('x-1', '2025-01-01', ['xiaomi'])],
    });
    const after = servicesFor(fake, 'seed-3');
    const send = messenger(after);
    expect(await send({ type: 'db/company', id: 'xiaomi' })).toMatchObject({ company: { id: 'xiaomi' } });
    await expect(send({ type: 'db/company', id: 'alibaba' })).rejects.toThrow(/Unknown company "alibaba"/);
    expect(await send({ type: 'settings/site', host: 'news.example' })).toEqual({ host: 'news.example', enabled: false });
    await after.database.close();
    const db = await peek('seed-3');
    expect(db.articles).toEqual(['x-1']);
    expect(db.meta).toMatchObject({ version: 'v2' });
  });

  it('leaves the old dataset whole when a seed is interrupted, and finishes on the next start', async () => {
    const fake = fakeBrowser();
    const first = servicesFor(fake, 'seed-4');
    await first.database.seed();
    await first.database.close();

    // An article without a key makes a put fail half way through the transaction.
    const broken = dataset('v2', { companies: [company('xiaomi')] });
    broken.articles.push({ ...article('zz', '2025-01-01', ['xiaomi']), id: undefined as unknown as string });
    fake.packaged.dataset = broken;
    const second = servicesFor(fake, 'seed-4');
    await expect(second.database.seed()).rejects.toThrow(/Seeding dataset v2 failed/);
    await second.database.close();
    const mid = await peek('seed-4');
    expect(mid.meta).toMatchObject({ version: 'v1' });
    expect(mid.companies).toEqual(['alibaba', 'banma']);
    expect(mid.articles).toEqual(['a-ali', 'a-mid', 'a-new', 'a-old']);

    fake.packaged.dataset = dataset('v2', { companies: [company('xiaomi')], articles: [article('x-1', '2025-01-01', ['xiaomi'])] });
    const third = servicesFor(fake, 'seed-4');
    expect(await messenger(third)({ type: 'db/company', id: 'xiaomi' })).toMatchObject({ articles: [{ id: 'x-1' }] });
    await third.database.close();
    expect(await peek('seed-4')).toMatchObject({ companies: ['xiaomi'], meta: { version: 'v2' } });
  });

  it('retries a failed seed on the next request of the same worker', async () => {
    const fake = fakeBrowser();
    const good = fake.packaged.dataset;
    fake.packaged.dataset = { ...good, version: 'v2', articles: [{ ...good.articles[0]!, id: undefined as unknown as string }] };
    const s = servicesFor(fake);
    const send = messenger(s);
    await expect(send({ type: 'db/company', id: 'banma' })).rejects.toThrow(/Seeding/);
    fake.packaged.dataset = good;
    expect((await send({ type: 'db/company', id: 'banma' })).company.id).toBe('banma');
  });
});
