/**
 * The popup's behaviour with a fake background and tab (no browser): what a user sees and
 * what the popup asks the background and the page for.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { Company } from '../../src/shared/dataset/schema';
import type { BackgroundMessageType, PageMessageType, Request, Response, SearchResult } from '../../src/shared/messages';
import type { Transport } from '../../src/shared/transport';
import { makeTranslate } from '../../src/shared/ui/i18n';
import { App } from '../../src/popup/App';
import type { PopupEnv } from '../../src/popup/env';
import { makePopupTranslate } from '../../src/popup/strings';

const text = { en: 'x', ko: 'x' };
const company = (id: string, en: string, extra: Partial<Company> = {}): Company => ({
  id, names: { en }, aliases: {}, tagline: { en: `${en} tagline`, ko: '태그라인' }, description: text, facts: [], ...extra,
});
const COMPANIES: Record<string, Company> = {
  alibaba: company('alibaba', 'Alibaba Group', { primary: true }),
  banma: company('banma', 'Banma', { primary: true, relations: [{ type: 'shareholder', company: 'alibaba', stake: 44.72, source: { kind: 'general' } }] }),
  xiaomi: company('xiaomi', 'Xiaomi', { primary: true }),
  amap: company('amap', 'Amap', { primary: true }),
  meituan: company('meituan', 'Meituan', {
    primary: true,
    names: { en: 'Meituan', ko: '메이투안', 'zh-Hans': '美团', 'zh-Hant': '美團' },
    tagline: { en: 'Food delivery platform', ko: '음식 배달 플랫폼', zh: '外卖平台' },
  }),
};
const companyResult = (id: string, matched: string, ranges: Array<[number, number]>, extra: Partial<SearchResult> = {}): SearchResult => ({
  id, kind: 'company', names: COMPANIES[id]!.names, tagline: COMPANIES[id]!.tagline, matched, matchedLang: 'en', ranges, score: 4000,
  ...(extra as object),
});
const articleResult = (id: string, url: string | null): SearchResult => ({
  id, kind: 'article', title: `Headline ${id}`, matched: `Headline ${id}`, ranges: [[0, 8]], score: 3000, url,
  publisher: 'Pub', date: '2025-01-01', companies: ['banma'],
});

interface Fake {
  transport: Transport;
  sent: Array<{ to: 'background' | number; request: { type: string } & Record<string, unknown> }>;
  search: (query: string) => Promise<SearchResult[]>;
  pageInfo: () => Promise<Response<'page/info'>>;
  mentions: () => Promise<Response<'page/mentions'>>;
  settings: { site: boolean; global: boolean };
  pending: string | null;
}

function fakeTransport(): Fake {
  const fake: Fake = {
    sent: [],
    search: async (q) => (q.startsWith('ali') ? [companyResult('alibaba', 'Alibaba Group', [[0, q.length]]), articleResult('a1', 'https://example.com/a1')] : []),
    pageInfo: async () => ({ host: 'news.example', url: 'https://news.example/x' }),
    mentions: async () => ({ enabled: true, mentions: [{ companyId: 'banma', text: 'Banma' }, { companyId: 'alibaba', text: '阿里巴巴' }, { companyId: 'banma', text: '반마' }], stats: { scanMs: 1, textNodes: 1, chars: 1 } }),
    settings: { site: true, global: true },
    pending: null,
    transport: {
      async toBackground<K extends BackgroundMessageType>(request: Request<K>): Promise<Response<K>> {
        fake.sent.push({ to: 'background', request });
        const r = request as Request<BackgroundMessageType>;
        const answer = async (): Promise<unknown> => {
          switch (r.type) {
            case 'db/search':
              return { results: await fake.search(r.query) };
            case 'db/company': {
              const c = COMPANIES[r.id];
              if (!c) throw new Error(`No company ${r.id}`);
              return { company: c, articles: [{ id: 'a2', title: '반마 기사', titleEn: 'Banma story', publisher: 'Pub', date: '2025-01-01', url: null, language: 'ko', summary: { en: 'The full English summary.', ko: '요약' }, companies: ['banma'], seed: '001_0123456789abcdef.txt' }] };
            }
            case 'settings/site':
              if (r.enabled !== undefined) fake.settings.site = r.enabled;
              return { host: r.host, enabled: fake.settings.site };
            case 'settings/global':
              if (r.enabled !== undefined) fake.settings.global = r.enabled;
              return { enabled: fake.settings.global };
            case 'tab/pending-search':
              return { query: fake.pending };
            default:
              throw new Error(`unexpected ${r.type}`);
          }
        };
        return (await answer()) as Response<K>;
      },
      async toTab<K extends PageMessageType>(tabId: number, request: Request<K>): Promise<Response<K>> {
        fake.sent.push({ to: tabId, request });
        const r = request as Request<PageMessageType>;
        if (r.type === 'page/info') return (await fake.pageInfo()) as Response<K>;
        if (r.type === 'page/mentions') return (await fake.mentions()) as Response<K>;
        if (r.type === 'page/reveal') return { revealed: true } as Response<K>;
        throw new Error(`unexpected ${r.type}`);
      },
    },
  };
  return fake;
}

let root: HTMLElement;
let fake: Fake;
let env: PopupEnv & { openTab: ReturnType<typeof vi.fn>; close: ReturnType<typeof vi.fn> };

function makeEnv(overrides: Partial<PopupEnv> = {}) {
  return {
    transport: fake.transport,
    tabId: Promise.resolve(7),
    initialQuery: '',
    openTab: vi.fn(async () => undefined),
    close: vi.fn(),
    lang: 'en' as const,
    t: makePopupTranslate(),
    detailT: makeTranslate(),
    shortcut: Promise.resolve('Alt+Shift+K'),
    ...overrides,
  } as PopupEnv & { openTab: ReturnType<typeof vi.fn>; close: ReturnType<typeof vi.fn> };
}

async function flush() {
  for (let i = 0; i < 6; i++) await act(async () => await new Promise((r) => setTimeout(r, 0)));
}
async function mount(overrides: Partial<PopupEnv> = {}) {
  env = makeEnv(overrides);
  await act(() => render(<App env={env} />, root));
  await flush();
}
const input = () => root.querySelector<HTMLInputElement>('#search')!;
async function type(value: string) {
  await act(() => {
    input().value = value;
    input().dispatchEvent(new Event('input', { bubbles: true }));
  });
  await flush();
}
async function key(k: string) {
  await act(() => {
    (document.activeElement ?? input()).dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
  });
  await flush();
}
const results = () => [...root.querySelectorAll<HTMLElement>('.result')];

beforeEach(() => {
  fake = fakeTransport();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('popup: search', () => {
  it('focuses the search field on open', async () => {
    await mount();
    expect(document.activeElement).toBe(input());
  });

  it('suggests the five primary companies while the field is empty', async () => {
    await mount();
    const chips = [...root.querySelectorAll('.suggestions .chip')].map((c) => c.textContent);
    expect(chips).toEqual(['Alibaba Group', 'Banma', 'Xiaomi', 'Amap', 'Meituan']);
  });

  it('shows results with the matched part marked', async () => {
    await mount();
    await type('ali');
    expect(results().map((r) => r.dataset.id)).toEqual(['alibaba', 'a1']);
    expect(results()[0]!.querySelector('mark')?.textContent).toBe('Ali');
  });

  it('never shows an answer to an older query that arrives late', async () => {
    let releaseFirst!: () => void;
    fake.search = (q) =>
      q === 'al'
        ? new Promise((resolve) => (releaseFirst = () => resolve([companyResult('xiaomi', 'Xiaomi', [])])))
        : Promise.resolve([companyResult('alibaba', 'Alibaba Group', [[0, 3]])]);
    await mount();
    await type('al');
    await type('ali');
    releaseFirst();
    await flush();
    expect(results().map((r) => r.dataset.id)).toEqual(['alibaba']);
  });

  it('says nothing matches, naming the query', async () => {
    await mount();
    await type('zzz');
    expect(root.querySelector('.state-empty')?.textContent).toContain('zzz');
  });

  it('says the data is not ready yet rather than failing', async () => {
    fake.search = () => Promise.reject(new Error('Dataset not ready'));
    await mount();
    await type('ali');
    expect(root.querySelector('.state-wait')).not.toBeNull();
  });

  it('shows other errors with a retry that asks again', async () => {
    let fail = true;
    fake.search = async () => {
      if (fail) throw new Error('boom');
      return [companyResult('alibaba', 'Alibaba Group', [[0, 3]])];
    };
    await mount();
    await type('ali');
    expect(root.querySelector('.state-error')?.textContent).toContain('boom');
    fail = false;
    await act(() => root.querySelector<HTMLButtonElement>('.state-error button')!.click());
    await flush();
    expect(results().map((r) => r.dataset.id)).toEqual(['alibaba']);
  });

  it('prefills the query it was opened with', async () => {
    await mount({ initialQuery: 'ali' });
    expect(input().value).toBe('ali');
    expect(results()).toHaveLength(2);
  });

  it('picks up a query the context menu left with the background', async () => {
    fake.pending = 'alibaba';
    await mount();
    expect(input().value).toBe('alibaba');
  });
});

describe('popup: what a result says', () => {
  const meituan = (lang: PopupEnv['lang'], matched: string, matchedLang: 'en' | 'ko' | 'zh-Hant', ranges: Array<[number, number]>) => {
    fake.search = async () => [companyResult('meituan', matched, ranges, { matchedLang })];
    return mount({ lang });
  };

  it('names the company in the reader\'s language, the spelling that matched beside it, and its tagline', async () => {
    await meituan('en', '美團', 'zh-Hant', [[0, 2]]);
    await type('美團');
    const row = results()[0]!;
    expect(row.querySelector('.result-title')?.textContent).toBe('Meituan · 美團');
    expect(row.querySelector('.result-spelling [lang="zh-Hant"] mark')?.textContent).toBe('美團');
    expect(row.querySelector('.result-sub')?.textContent).toBe('Food delivery platform');
  });

  it('uses the Korean name and tagline in the Korean interface', async () => {
    await meituan('ko', 'Meituan', 'en', [[0, 7]]);
    await type('meituan');
    const row = results()[0]!;
    expect(row.querySelector('.result-title')?.textContent).toBe('메이투안 · Meituan');
    expect(row.querySelector('.result-sub')?.textContent).toBe('음식 배달 플랫폼');
  });

  it('shows the name once, marked, when the spelling that matched is the name shown', async () => {
    await meituan('ko', '메이투안', 'ko', [[0, 2]]);
    await type('메이');
    const title = results()[0]!.querySelector('.result-title')!;
    expect(title.textContent).toBe('메이투안');
    expect(title.querySelector('mark')?.textContent).toBe('메이');
  });

  it('says in words whether a result is a company or an article (no bare symbols)', async () => {
    await mount();
    await type('ali');
    expect(results().map((r) => r.querySelector('.result-kind')?.textContent)).toEqual(['Company', 'Article']);
    expect(root.querySelector('.results')?.textContent).not.toMatch(/[◆¶]/);
    // The kind is part of what a screen reader reads for the option, not hidden from it.
    expect(root.querySelector('.result-kind[aria-hidden]')).toBeNull();
  });

  it('sets similar spellings apart below, labelled', async () => {
    fake.search = async () => [
      companyResult('xiaomi', 'Xiaomi', [[0, 6]]),
      articleResult('a1', null),
      { ...articleResult('a3', null), similar: true },
      { ...articleResult('a4', null), similar: true },
    ];
    await mount();
    await type('xiaomi');
    const rows = results();
    expect(rows.map((r) => r.querySelector('.result-note')?.textContent ?? null)).toEqual([
      null, null, 'Similar spelling, not an exact match', 'Similar spelling, not an exact match',
    ]);
    expect(rows.map((r) => r.classList.contains('result-similar-first'))).toEqual([false, false, true, false]);
  });

  it('lists an article\'s publisher and date without the kind repeated', async () => {
    await mount();
    await type('ali');
    expect(results()[1]!.querySelector('.result-meta')?.textContent).toBe('Pub · 2025-01-01 (opens in a new tab)');
  });
});

describe('popup: keyboard', () => {
  it('moves the selection with the arrow keys, wrapping around', async () => {
    await mount();
    await type('ali');
    const selected = () => results().findIndex((r) => r.getAttribute('aria-selected') === 'true');
    expect(selected()).toBe(0);
    await key('ArrowDown');
    expect(selected()).toBe(1);
    expect(input().getAttribute('aria-activedescendant')).toBe(results()[1]!.id);
    await key('ArrowDown');
    expect(selected()).toBe(0);
    await key('ArrowUp');
    expect(selected()).toBe(1);
  });

  it('opens the top company on Enter, and Back returns to the same search', async () => {
    await mount();
    await type('ali');
    await key('Enter');
    expect(root.querySelector('.cc-detail')?.getAttribute('data-company')).toBe('alibaba');
    await act(() => root.querySelector<HTMLButtonElement>('.back')!.click());
    await flush();
    expect(input().value).toBe('ali');
    expect(document.activeElement).toBe(input());
  });

  it('opens an article with a link in a new tab', async () => {
    await mount();
    await type('ali');
    await key('ArrowDown');
    await key('Enter');
    expect(env.openTab).toHaveBeenCalledWith('https://example.com/a1');
  });

  it('shows the summary of an article without a link', async () => {
    fake.search = async () => [articleResult('a2', null)];
    await mount();
    await type('story');
    await key('Enter');
    expect(root.querySelector('.article-summary')?.textContent).toBe('The full English summary.');
    expect(env.openTab).not.toHaveBeenCalled();
  });

  it('clears on Escape, and closes on a second Escape', async () => {
    await mount();
    await type('ali');
    await key('Escape');
    expect(input().value).toBe('');
    expect(env.close).not.toHaveBeenCalled();
    await key('Escape');
    expect(env.close).toHaveBeenCalledOnce();
  });

  it('goes back from a detail on Escape', async () => {
    await mount();
    await type('ali');
    await key('Enter');
    await key('Escape');
    expect(root.querySelector('.cc-detail')).toBeNull();
    expect(input().value).toBe('ali');
  });

  it('names related companies in the detail instead of showing their ids', async () => {
    await mount();
    await act(() => root.querySelector<HTMLButtonElement>('.suggestions .chip[data-company="banma"]')!.click());
    await flush();
    expect(root.querySelector('.cc-detail')?.textContent).toContain('Alibaba Group');
  });
});

describe('popup: site switch and this page', () => {
  it('shows the tab host and turns the site off', async () => {
    await mount();
    expect(root.querySelector('.switches')?.textContent).toContain('news.example');
    const site = root.querySelector<HTMLInputElement>('#site-switch')!;
    expect(site.disabled).toBe(false);
    expect(site.checked).toBe(true);
    await act(() => site.click());
    await flush();
    expect(fake.sent.some((s) => s.request.type === 'settings/site' && s.request.enabled === false && s.request.host === 'news.example')).toBe(true);
    expect(root.querySelector<HTMLInputElement>('#site-switch')!.checked).toBe(false);
  });

  it('turns all sites off with the global switch', async () => {
    await mount();
    await act(() => root.querySelector<HTMLInputElement>('#global-switch')!.click());
    await flush();
    expect(fake.settings.global).toBe(false);
  });

  it('asks frame 0 of the tab it was given', async () => {
    await mount();
    expect(fake.sent.find((s) => s.request.type === 'page/info')?.to).toBe(7);
  });

  it('disables the site switch with a reason where the content script cannot run', async () => {
    fake.pageInfo = () => Promise.reject(new Error('Could not establish connection'));
    await mount();
    expect(root.querySelector<HTMLInputElement>('#site-switch')!.disabled).toBe(true);
    expect(root.querySelector('.switch-note')).not.toBeNull();
    expect(root.querySelector('.on-page')).toBeNull();
  });

  it('lists the companies on the page, most mentioned first, by name', async () => {
    await mount();
    const chips = [...root.querySelectorAll<HTMLElement>('.on-page .chip')];
    expect(chips.map((c) => c.dataset.company)).toEqual(['banma', 'alibaba']);
    expect(chips[0]!.querySelector('.count')?.textContent).toBe('2');
    expect(chips[1]!.textContent).toContain('Alibaba Group');
  });

  it('reveals a company on the page and closes', async () => {
    await mount();
    await act(() => root.querySelector<HTMLButtonElement>('.on-page .chip[data-company="alibaba"]')!.click());
    await flush();
    expect(fake.sent.find((s) => s.request.type === 'page/reveal')).toEqual({ to: 7, request: { type: 'page/reveal', companyId: 'alibaba' } });
    expect(env.close).toHaveBeenCalled();
  });

  it('says so when the page mentions no company', async () => {
    fake.mentions = async () => ({ enabled: true, mentions: [], stats: { scanMs: 0, textNodes: 0, chars: 0 } });
    await mount();
    expect(root.querySelector('.on-page')?.textContent).toContain('No companies found');
  });
});
