// @vitest-environment node
/**
 * The real data/ folder, loaded the way the build loads it, plus what the product promises
 * about its five primary companies. DATASET_DIR=/some/copy/data points it at another folder
 * (used to check that a broken copy fails here with the right messages).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { matchKey } from '../../src/shared/dataset/alias-claims';
import { loadDataset, type SourceFile } from '../../src/shared/dataset/load';
import { compilePatterns } from '../../src/shared/matcher/compile';
import { createMatcher } from '../../src/shared/matcher/index';
import type { Article, Company } from '../../src/shared/dataset/schema';

const DATA_DIR = process.env.DATASET_DIR ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../data');
const PRIMARY = ['alibaba', 'banma', 'xiaomi', 'amap', 'meituan'] as const;

/** Every file, not only *.json: a stray file in data/ is a finding too. */
function readData(dir: string): SourceFile[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .map((file) => ({ path: `data/${relative(dir, file).split('\\').join('/')}`, text: readFileSync(file, 'utf8') }));
}

const { dataset, errors } = loadDataset(readData(DATA_DIR));
const printed = errors.map((e) => `${e.file}${e.path ? ` at ${e.path}` : ''}: ${e.message}`);

function loaded(): { companies: Company[]; articles: Article[] } {
  expect(dataset, `data/ did not load:\n${printed.join('\n')}`).toBeDefined();
  return dataset!;
}

function companyNamed(id: string): Company {
  const company = loaded().companies.find((c) => c.id === id);
  expect(company, `no company "${id}" in data/companies`).toBeDefined();
  return company!;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether the text mentions the company the way the highlighter would: any name or alias,
 * whole words for Latin spellings, anywhere for CJK and Hangul, never inside a negative word.
 */
function mentions(text: string, company: Company): boolean {
  let haystack = matchKey(text);
  for (const negative of company.negatives ?? []) haystack = haystack.split(matchKey(negative)).join('\u0000');
  const spellings = [...Object.values(company.names), ...Object.values(company.aliases).flat()].filter((s): s is string => !!s);
  return spellings.some((spelling) => {
    const key = escape(matchKey(spelling));
    const pattern = /[a-z]/.test(key) ? `(?<![\\p{L}\\p{N}])${key}(?![\\p{L}\\p{N}])` : key;
    return new RegExp(pattern, 'u').test(haystack);
  });
}

describe('the real data/ folder', () => {
  it('passes every validation rule', () => {
    expect(printed).toEqual([]);
  });

  it('cites only articles that exist, from every fact, series and relation', () => {
    const { companies, articles } = loaded();
    const ids = new Set(articles.map((a) => a.id));
    const dangling = companies.flatMap((c) =>
      [...c.facts, ...(c.series ?? []), ...(c.relations ?? [])]
        .map((item) => item.source)
        .filter((s) => s.kind === 'article' && !ids.has(s.article))
        .map((s) => `${c.id} → ${s.kind === 'article' ? s.article : ''}`),
    );
    expect(dangling).toEqual([]);
  });

  it('names only companies that exist in its articles', () => {
    const { companies, articles } = loaded();
    const ids = new Set(companies.map((c) => c.id));
    expect(articles.flatMap((a) => a.companies.filter((id) => !ids.has(id)).map((id) => `${a.id} → ${id}`))).toEqual([]);
  });
});

describe.each(PRIMARY)('primary company %s', (id) => {
  it('is marked primary and has a name in English, Korean and simplified Chinese', () => {
    const company = companyNamed(id);
    expect(company.primary).toBe(true);
    expect(company.names).toEqual(expect.objectContaining({ en: expect.any(String), ko: expect.any(String), 'zh-Hans': expect.any(String) }));
  });

  it('has at least five facts that cite an article', () => {
    const cited = companyNamed(id).facts.filter((f) => f.source.kind === 'article');
    expect(cited.length).toBeGreaterThanOrEqual(5);
  });

  it('is listed by every article whose title or summary mentions it', () => {
    const company = companyNamed(id);
    const unlisted = loaded()
      .articles.filter((a) => [a.title, a.titleEn, a.summary.en, a.summary.ko, a.summary.zh ?? ''].some((t) => mentions(t, company)))
      .filter((a) => !a.companies.includes(id))
      .map((a) => a.id);
    expect(unlisted).toEqual([]);
  });
});

describe('facts the seed articles state', () => {
  it('Alibaba holds 44.72 % of Banma with 40.17 % of the votes', () => {
    const relation = companyNamed('banma').relations?.find((r) => r.type === 'shareholder' && r.company === 'alibaba');
    expect(relation).toEqual(expect.objectContaining({ stake: 44.72, voting: 40.17 }));
  });

  it.each([
    ['revenue', /revenue/i],
    ['net loss', /net[\s-]?loss/i],
  ])('Banma has a %s series for 2022, 2023, 2024 and 2025-Q1', (_name, pattern) => {
    const series = companyNamed('banma').series?.find((s) => pattern.test(s.id) || pattern.test(s.label.en));
    expect(series?.points.map((p) => p.period)).toEqual(['2022', '2023', '2024', '2025-Q1']);
  });

  it('Amap has the 2,962 shops in 61 cities', () => {
    const values = companyNamed('amap').facts.map((f) => f.value);
    expect(values).toEqual(expect.arrayContaining([2962, 61]));
  });

  it('Alibaba was founded in 1999', () => {
    const founding = companyNamed('alibaba').facts.filter((f) => /found/i.test(f.id) || /found/i.test(f.label.en));
    expect(founding.map((f) => String(f.value))).toContain('1999');
  });
});

describe('spellings the seeds and readers use, through the real matcher', () => {
  let built: { matcher: ReturnType<typeof createMatcher>; ids: string[] } | undefined;
  const marks = (text: string): [string, string][] => {
    if (!built) {
      const compiled = compilePatterns(loaded().companies, 'test');
      built = { matcher: createMatcher(compiled), ids: compiled.companyIds };
    }
    const { matcher, ids } = built;
    return matcher.find(text).map((h) => [text.slice(h.start, h.end), ids[h.company]!]);
  };

  it.each([
    ['알리페이(支付寶 즈푸바오)로 결제했다', [['알리페이', 'alipay'], ['支付寶', 'alipay'], ['즈푸바오', 'alipay']]],
    ['샤오훙수에서 후기를 봤다', [['샤오훙수', 'xiaohongshu']]],
    ['셴위는 중고 거래 앱이다', [['셴위', 'xianyu']]],
    ['위닥터가 AI 진료 앱을 공개했다', [['위닥터', 'wedoctor']]],
    ['아이후이서우의 회수센터', [['아이후이서우', 'aihuishou']]],
    ['Alibaba invests in Sun Art.', [['Alibaba', 'alibaba'], ['Sun Art', 'sun-art-retail']]],
    ['阿里巴巴入股大潤發', [['阿里巴巴', 'alibaba'], ['大潤發', 'sun-art-retail']]],
    ['小蓝单车解散，小鸣单车拖欠押金', [['小蓝单车', 'xiaolan-bike'], ['小鸣单车', 'xiaoming-bike']]],
  ] as const)('%s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it('marks nothing in the longer words that contain them, nor the everyday short names', () => {
    expect(marks('Kids love sun art paper and sun art prints. 大潤發流通事業 小蓝杯 小鸣 小明 샤오란 샤오밍')).toEqual([]);
  });
});
