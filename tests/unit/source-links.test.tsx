/**
 * Sources that open: every article with an address is a link wherever it is shown (the card's
 * and popup's article list, fact citations, the popup's article view), in a new tab without
 * opener or referrer; a quoted plain-http address is linked exactly as quoted and marked
 * "not secure" in the reader's language; an unknown publisher shows as nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ArticleView, type ArticleResult } from '../../src/popup/ArticleView';
import type { PopupEnv } from '../../src/popup/env';
import { makePopupTranslate } from '../../src/popup/strings';
import type { Article } from '../../src/shared/dataset/schema';
import type { Transport } from '../../src/shared/transport';
import { articleLink } from '../../src/shared/ui/article-link';
import { ArticleList } from '../../src/shared/ui/ArticleList';
import { makeTranslate, type GetMessage } from '../../src/shared/ui/i18n';
import type { UiLang } from '../../src/shared/ui/lang';
import { SourceCite } from '../../src/shared/ui/SourceCite';
import { article } from './card-fixtures';
import { useRenderRoot } from './render-root';

const getRoot = useRenderRoot();

/** The strings a browser in that UI language would give (chrome.i18n reads the same files). */
function messagesOf(locale: 'en' | 'ko' | 'zh_CN'): GetMessage {
  const file = JSON.parse(readFileSync(join(__dirname, '../../src/_locales', locale, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
  return (key) => file[key]?.message ?? '';
}

// The digest's own quoted address, query string and all: it must survive byte for byte.
const QUOTED = 'http://tech.sina.com.cn/i/2017-11-22/doc-ifypacti6758272.shtml?source=cj&dv=1';
const httpStory = article('a-http', { url: null, citedUrl: QUOTED, titleEn: 'Quoted over http', publisher: null, date: '2017-11' });
const httpsStory = article('a-https', { titleEn: 'Published over https', publisher: 'Herald' });
const noAddress = article('a-none', { url: null, titleEn: 'No address known' });

describe('articleLink', () => {
  it('prefers the https url, then the quoted address as written, and says which is not secure', () => {
    expect(articleLink(httpsStory)).toEqual({ href: 'https://news.example/a-https', secure: true });
    expect(articleLink(httpStory)).toEqual({ href: QUOTED, secure: false });
    expect(articleLink({ url: 'https://a.example/x', citedUrl: 'http://b.example/y' })).toEqual({ href: 'https://a.example/x', secure: true });
    expect(articleLink(noAddress)).toBeNull();
  });

  it('never links what is not http(s), nor an address that does not parse', () => {
    expect(articleLink({ url: null, citedUrl: 'javascript:alert(1)' })).toBeNull();
    expect(articleLink({ url: 'data:text/html,hi', citedUrl: 'not a url' })).toBeNull();
  });
});

describe.each([
  ['en', 'en', 'Not secure'],
  ['ko', 'ko', '안전하지 않음'],
  ['zh', 'zh_CN', '不安全'],
] as const)('links in the %s interface', (lang, locale, notSecure) => {
  const t = makeTranslate(messagesOf(locale));

  it('lists every article with an address as a link opening in a new tab, the http one marked', () => {
    render(<ArticleList articles={[httpsStory, httpStory, noAddress]} lang={lang as UiLang} t={t} />, getRoot());
    const links = [...getRoot().querySelectorAll<HTMLAnchorElement>('a')];
    expect(links.map((a) => [a.getAttribute('href'), a.target, a.rel])).toEqual([
      ['https://news.example/a-https', '_blank', 'noopener noreferrer'],
      [QUOTED, '_blank', 'noopener noreferrer'],
    ]);
    // The mark is inside the link: part of its accessible name, seen before the click.
    expect(links[0]!.querySelector('.cc-not-secure')).toBeNull();
    expect(links[1]!.querySelector('.cc-not-secure')?.textContent).toContain(notSecure);
    expect(links[1]!.title).toContain(QUOTED);
    expect(getRoot().querySelector('[data-article="a-none"] a')).toBeNull();
  });

  it('cites a fact from an http source with the same marked link', () => {
    const articles = new Map<string, Article>([[httpStory.id, httpStory]]);
    render(<SourceCite source={{ kind: 'article', article: httpStory.id }} articles={articles} lang={lang as UiLang} t={t} />, getRoot());
    const link = getRoot().querySelector<HTMLAnchorElement>('cite a')!;
    expect(link.getAttribute('href')).toBe(QUOTED);
    expect(link.rel).toBe('noopener noreferrer');
    expect(link.textContent).toContain(notSecure);
  });
});

describe("a reader's pack address that is not https", () => {
  const t = makeTranslate();
  const packStory = article('a-pack', { url: null, textAddress: 'http://pack.example/story', titleEn: 'From a pack over http' });

  it('is shown as text to copy, never as a link, in the list and in a citation', () => {
    render(<ArticleList articles={[packStory]} lang="en" t={t} />, getRoot());
    expect(getRoot().querySelector('a')).toBeNull();
    expect(getRoot().querySelector('[data-article="a-pack"] .cc-address')?.textContent).toBe('http://pack.example/story');
    const articles = new Map<string, Article>([[packStory.id, packStory]]);
    render(<SourceCite source={{ kind: 'article', article: packStory.id }} articles={articles} lang="en" t={t} />, getRoot());
    expect(getRoot().querySelector('a')).toBeNull();
  });
});

describe('an unknown publisher', () => {
  const t = makeTranslate();

  it('shows as nothing: the date alone, no placeholder, no dangling separator', () => {
    render(<ArticleList articles={[httpStory]} lang="en" t={t} />, getRoot());
    expect(getRoot().querySelector('.cc-meta')?.textContent).toBe('Nov 2017');
    const articles = new Map<string, Article>([[httpStory.id, httpStory]]);
    render(<SourceCite source={{ kind: 'article', article: httpStory.id }} articles={articles} lang="en" t={t} />, getRoot());
    expect(getRoot().querySelector('cite .cc-meta')?.textContent).toBe(' — Nov 2017');
    expect(getRoot().querySelector('cite')?.title).toBe('Quoted over http — Nov 2017');
  });
});

describe("the popup's article view", () => {
  function show(record: Article, lang: UiLang = 'en', locale: 'en' | 'ko' | 'zh_CN' = 'en') {
    const transport = {
      toBackground: vi.fn(async () => ({ company: { id: 'banma' }, articles: [record] })),
      toTab: vi.fn(),
    } as unknown as Transport;
    const env: PopupEnv = {
      transport,
      tabId: Promise.resolve(1),
      initialQuery: '',
      openTab: vi.fn(async () => undefined),
      close: vi.fn(),
      shortcut: Promise.resolve(null),
      lang,
      t: makePopupTranslate(messagesOf(locale)),
      detailT: makeTranslate(messagesOf(locale)),
    };
    const result: ArticleResult = {
      id: record.id, kind: 'article', title: record.titleEn, matched: record.titleEn, ranges: [], score: 1,
      url: record.url, publisher: record.publisher, date: record.date, companies: ['banma'],
    };
    render(<ArticleView env={env} result={result} onBack={() => undefined} />, getRoot());
  }

  it('links the quoted http address as written, marked not secure in the reader language', async () => {
    await act(async () => show(httpStory, 'ko', 'ko'));
    // The record arrives by message: wait for it rather than for a fixed time.
    const link = await vi.waitFor(() => getRoot().querySelector<HTMLAnchorElement>('.article-link a') ?? Promise.reject(new Error('no link yet')));
    expect(link.getAttribute('href')).toBe(QUOTED);
    expect([link.target, link.rel]).toEqual(['_blank', 'noopener noreferrer']);
    expect(link.textContent).toContain(QUOTED);
    expect(link.querySelector('.cc-not-secure')?.textContent).toContain('안전하지 않음');
    expect(getRoot().querySelector('.result-meta')?.textContent).toBe('2017년 11월');
  });

  it('says no link is known only when there is none, and shows no editorial note', async () => {
    await act(async () => show({ ...noAddress, urlNote: 'The seed does not give the address.' }));
    await vi.waitFor(() => expect(getRoot().querySelector('.article-summary')?.textContent).toBe('Summary'));
    expect(getRoot().querySelector('.article-link')).toBeNull();
    expect(getRoot().textContent).toContain('No link to this article is known');
    expect(getRoot().textContent).not.toContain('seed');
  });
});
