import { beforeEach, describe, expect, it } from 'vitest';
import type { Article, Company } from '../../src/shared/dataset/schema';
import { dataset, fakeBrowser, freshIndexedDB, messenger, prefixIndex, servicesFor } from './background-fakes';

beforeEach(freshIndexedDB);

describe('db/company', () => {
  it('answers a company with its articles, newest first', async () => {
    const send = messenger(servicesFor(fakeBrowser()));
    const { company, articles } = await send({ type: 'db/company', id: 'banma' });
    expect(company.relations?.[0]).toMatchObject({ type: 'shareholder', company: 'alibaba', stake: 44.72 });
    expect(articles.map((a) => [a.id, a.date])).toEqual([
      ['a-new', '2025-08-21'],
      ['a-mid', '2024-11'],
      ['a-old', '2023-05-01'],
    ]);
  });

  it('finds articles through any of the companies they cover', async () => {
    const send = messenger(servicesFor(fakeBrowser()));
    expect((await send({ type: 'db/company', id: 'alibaba' })).articles.map((a) => a.id)).toEqual(['a-new', 'a-ali']);
  });

  it('refuses an unknown id with an error naming it', async () => {
    const send = messenger(servicesFor(fakeBrowser()));
    await expect(send({ type: 'db/company', id: 'nokia' })).rejects.toThrow('Unknown company "nokia": it is not in the dataset');
  });

  it('refuses an id that is not an id before touching the database', async () => {
    const send = messenger(servicesFor(fakeBrowser()));
    await expect(send({ type: 'db/company', id: 'Banma!' })).rejects.toThrow(/must be a company id/);
  });
});

describe('db/search', () => {
  it('answers from the index built over the seeded dataset', async () => {
    const send = messenger(servicesFor(fakeBrowser()));
    const { results } = await send({ type: 'db/search', query: 'ba', limit: 5 });
    expect(results.map((r) => r.id)).toEqual(['banma']);
  });

  it('builds the index once per dataset version, not per query', async () => {
    const fake = fakeBrowser();
    const builds: string[][] = [];
    const counting = (companies: Company[], articles: Article[]) => {
      builds.push(companies.map((c) => c.id).sort());
      return prefixIndex(companies, articles);
    };
    const send = messenger(servicesFor(fake, 'search-cache', counting));
    await send({ type: 'db/search', query: 'a' });
    await send({ type: 'db/search', query: 'b' });
    expect(builds).toEqual([['alibaba', 'banma']]);
  });

  it('rebuilds the index after an update brings a new dataset version', async () => {
    const fake = fakeBrowser();
    const first = servicesFor(fake, 'search-update');
    expect((await messenger(first)({ type: 'db/search', query: 'x' })).results).toEqual([]);
    await first.database.close();
    fake.packaged.dataset = dataset('v2', { companies: [...dataset('v1').companies, { ...dataset('v1').companies[1]!, id: 'xiaomi', names: { en: 'Xiaomi' } }] });
    const second = servicesFor(fake, 'search-update');
    expect((await messenger(second)({ type: 'db/search', query: 'x' })).results.map((r) => r.id)).toEqual(['xiaomi']);
  });
});

describe('db/patterns', () => {
  it('hands over the packaged matcher, reading the file once per worker', async () => {
    const fake = fakeBrowser();
    const send = messenger(servicesFor(fake));
    const a = await send({ type: 'db/patterns' });
    const b = await send({ type: 'db/patterns' });
    expect(a).toEqual({ version: 'v1', companyIds: ['banma'], data: {} });
    expect(b).toBe(a);
    expect(fake.readCount.get('data/patterns.json')).toBe(1);
  });
});
