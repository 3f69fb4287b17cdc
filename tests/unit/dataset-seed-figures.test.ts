// @vitest-environment node
/**
 * The figures in data/ against the seed texts they come from. An audit found Sun Art's price
 * written ten times too large (28.8 billion yuan for the seed's 약 28.8억 위안 = 2.88 billion)
 * in a fact, two notes, a description and a summary that all agreed with each other, so
 * agreement inside data/ proves nothing: these tests go back to the seeds.
 *
 * 1. A table of the seeds' key figures (read from the seeds by hand, each with its quote),
 *    checked against data/. Runs on any clone.
 * 2. Where ../shared/seeds is present (or SEEDS_DIR names it): every quote in the table is in
 *    its seed, every money fact and series point equals an amount its cited article's seed
 *    writes, and every amount written in a title, summary, tagline, description, label or note
 *    is one the seeds of that article or company write (to the precision it is written with).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jsonPath } from '../../src/shared/dataset/json-path';
import { loadDataset, type SourceFile } from '../../src/shared/dataset/load';
import { EDITORIAL_FIELDS } from '../../src/shared/dataset/placeholders';
import type { Article, Company } from '../../src/shared/dataset/schema';
import { textLeaves } from '../../src/shared/dataset/views';
import { amountsIn, states, type Amount, type Currency } from './dataset-amounts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DATA_DIR = process.env.DATASET_DIR ?? join(ROOT, 'data');
const SEEDS_DIR = process.env.SEEDS_DIR ?? resolve(ROOT, '../shared/seeds');
const haveSeeds = existsSync(SEEDS_DIR);

function readData(dir: string): SourceFile[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => join(entry.parentPath, entry.name))
    .map((file) => ({ path: `data/${relative(dir, file).split('\\').join('/')}`, text: readFileSync(file, 'utf8') }));
}

const { dataset, errors } = loadDataset(readData(DATA_DIR));
const companies = new Map((dataset?.companies ?? []).map((c) => [c.id, c]));
const articles = new Map((dataset?.articles ?? []).map((a) => [a.id, a]));

const SEED = {
  s000: '000_215c145faab00e39.txt',
  s001: '001_ba888740dfcd0fac.txt',
  s002: '002_49e8d8da5317da1e.txt',
  s004: '004_fdf10e087dfd77ac.txt',
} as const;

interface KeyFigure {
  company: string;
  /** A fact id, or `relation:<type>:<company>` for a stake. */
  fact: string;
  value: number | string;
  currency?: Currency;
  seed: string;
  /** The seed's words, verbatim. */
  quote: string;
}

/** Read from the seeds by hand. The quote is checked against the seed whenever it is present. */
const KEY_FIGURES: KeyFigure[] = [
  { company: 'alibaba', fact: 'sun-art-investment', value: 2_880_000_000, currency: 'CNY', seed: SEED.s001, quote: '약 28.8억 위안(4,701억 원)을 투자해 직간접적으로 가오신유통(高鑫零售) 지분의 36.16%를 인수' },
  { company: 'sun-art-retail', fact: 'alibaba-stake', value: 36.16, seed: SEED.s001, quote: '가오신유통(高鑫零售) 지분의 36.16%를 인수' },
  { company: 'alibaba', fact: 'relation:investee:sun-art-retail', value: 36.16, seed: SEED.s001, quote: '지분의 36.16%를 인수' },
  { company: 'sun-art-retail', fact: 'hypermarkets', value: 446, seed: SEED.s001, quote: '446개 대형 슈퍼마켓 체인' },
  { company: 'banma', fact: 'alibaba-stake', value: 44.72, seed: SEED.s000, quote: '알리바바가 지분 44.72%, 의결권 40.17%를 보유' },
  { company: 'banma', fact: 'alibaba-voting-rights', value: 40.17, seed: SEED.s000, quote: '의결권 40.17%' },
  { company: 'banma', fact: 'china-market-share', value: 7.8, seed: SEED.s000, quote: '스마트카 소프트웨어 점유율 1위(7.8%)' },
  { company: 'banma', fact: 'vehicles', value: 5_100_000, seed: SEED.s000, quote: '전 세계 약 510만 대 차량에 탑재' },
  { company: 'banma', fact: 'revenue-2024', value: 824_000_000, currency: 'CNY', seed: SEED.s000, quote: '2024년 매출은 8억 2,400만 위안' },
  { company: 'banma', fact: 'net-loss-2025-q1', value: 1_582_000_000, currency: 'CNY', seed: SEED.s000, quote: '순손실이 15억 8,200만 위안' },
  { company: 'banma', fact: 'impairment-2025-q1', value: 1_841_000_000, currency: 'CNY', seed: SEED.s000, quote: '무형자산 감액 손실 18억 4,100만 위안' },
  { company: 'xiaomi', fact: 'ai-glasses-first-15-days', value: 80_000, seed: SEED.s000, quote: '누적 판매량은 약 8만 대' },
  { company: 'xiaomi', fact: 'ai-glasses-daily-sales-aug', value: '100–250', seed: SEED.s000, quote: '8월 18일 기준 일일 판매량은 100~250개' },
  { company: 'xiaomi', fact: 'ai-glasses-return-rate', value: 40, seed: SEED.s000, quote: '반품률은 약 40%' },
  { company: 'amap', fact: 'shop-support-plan', value: 1_150_000_000, currency: 'CNY', seed: SEED.s000, quote: '총 11억 5천만 위안(약 2,246억원) 규모의 골목가게 지원 계획' },
  { company: 'amap', fact: 'ranked-shops', value: 2962, seed: SEED.s000, quote: "첫 번째 ‘연기와 온기가 있는 골목가게 랭킹’을 통해 61개 도시의 2,962개" },
  { company: 'amap', fact: 'ranked-cities', value: 61, seed: SEED.s000, quote: '61개 도시의 2,962개 전통 식당과 골목 상점' },
  { company: 'amap', fact: 'ranking-users', value: 51_430_000, seed: SEED.s000, quote: '5,143만 명의 사용자' },
  { company: 'xiaomi', fact: 'revenue-target-2017', value: 100_000_000_000, currency: 'CNY', seed: SEED.s001, quote: '1000억 위안(약 16조 3910억 원)의 매출 목표' },
  { company: 'xiaomi', fact: 'india-share-2017-q3', value: 23.5, seed: SEED.s001, quote: '시장점유율 23.5%' },
  { company: 'meituan', fact: 'lijiang-fine', value: 200_000, currency: 'CNY', seed: SEED.s001, quote: '각각 20만 위안(3264만 원의 벌금)' },
  { company: 'tencent', fact: 'revenue-2017-q3', value: 65_200_000_000, currency: 'CNY', seed: SEED.s001, quote: '매출 652억 위안(10조 6426억 원)' },
  { company: 'tencent', fact: 'games-revenue-2017-q3', value: 26_844_000_000, currency: 'CNY', seed: SEED.s001, quote: '총 268억 4400만 위안' },
  { company: 'xiaohongshu', fact: 'cumulative-sales', value: 10_000_000_000, currency: 'CNY', seed: SEED.s001, quote: '100억 위안을 넘었습니다' },
  { company: 'xianghuanji', fact: 'funding-2017', value: 110_000_000, currency: 'CNY', seed: SEED.s001, quote: '총 1.1억 위안의 에인절투자와 A 라운드 투자' },
  { company: 'xiaolan-bike', fact: 'dissolved', value: '2017-11-15', seed: SEED.s001, quote: '지난 11월 15일 경영난을 겪던 공유자전거 업체 샤오란(小蓝)이 결국 해산' },
  { company: 'xiaoming-bike', fact: 'deposits-owed', value: 50_000_000, currency: 'CNY', seed: SEED.s001, quote: '샤오밍(小鸣)의 사용자 보증금 연체액은 지난 10월 기준 5000만 위안을 넘어섰습니다' },
  { company: 'xiaomi', fact: 'aiot-investment-plan', value: 10_000_000_000, currency: 'CNY', seed: SEED.s002, quote: '최소 100억 위안(약 1조6556억원)을 투자' },
  { company: 'xiaomi', fact: 'iot-devices', value: 132_000_000, seed: SEED.s002, quote: '1억 3200만 대' },
  { company: 'huawei', fact: 'iot-devices', value: 300_000_000, seed: SEED.s002, quote: '연결된 IOT 기기는 3억 개' },
  { company: 'megvii', fact: 'valuation', value: 1_000_000_000, currency: 'USD', seed: SEED.s002, quote: '유니콘(기업 가치 10억 달러 이상)' },
  { company: 'terminus', fact: 'aiot-funding', value: 1_200_000_000, currency: 'CNY', seed: SEED.s002, quote: '12억 위안(약 1990억원)을 조달' },
  { company: 'alipay', fact: 'annual-payment-volume', value: 3_872_900_000_000, currency: 'CNY', seed: SEED.s004, quote: '3조8729억 위안(약 692조원)' },
  { company: 'ant-group', fact: 'v-key-investment', value: 15_000_000, currency: 'USD', seed: SEED.s004, quote: '1500만 달러의 시리즈B' },
];

function valueOf(company: Company, fact: string): { value: number | string | undefined; currency?: string | undefined } {
  const relation = /^relation:([a-z]+):(.+)$/.exec(fact);
  if (relation) return { value: company.relations?.find((r) => r.type === relation[1] && r.company === relation[2])?.stake };
  const found = company.facts.find((f) => f.id === fact);
  return { value: found?.value, currency: found?.currency };
}

const seedText = new Map<string, string>();
function readSeed(file: string): string {
  let text = seedText.get(file);
  if (text === undefined) seedText.set(file, (text = readFileSync(join(SEEDS_DIR, file), 'utf8')));
  return text;
}
const seedAmounts = (files: Iterable<string>): Amount[] => [...new Set(files)].flatMap((f) => amountsIn(readSeed(f)));

it('data/ loads', () => {
  expect(errors).toEqual([]);
});

describe("the seeds' key figures", () => {
  it.each(KEY_FIGURES.map((k) => [`${k.company} ${k.fact}`, k] as const))('%s is the figure the seed gives', (_name, k) => {
    const company = companies.get(k.company);
    expect(company, `no company ${k.company}`).toBeDefined();
    expect(valueOf(company!, k.fact), `seed ${k.seed}: "${k.quote}"`).toEqual({ value: k.value, ...(k.fact.startsWith('relation:') ? {} : { currency: k.currency }) });
  });

  it.skipIf(!haveSeeds)('quotes every seed word for word', () => {
    // The seeds mix no-break spaces into their text; a quote is the words, not the space kind.
    const words = (s: string): string => s.replace(/\s+/g, ' ');
    const missing = KEY_FIGURES.filter((k) => !words(readSeed(k.seed)).includes(words(k.quote))).map((k) => `${k.seed}: ${k.quote}`);
    expect(missing).toEqual([]);
  });
});

/** Where a company's facts and articles come from: every seed it is cited from or listed in. */
function seedsOf(company: Company): string[] {
  const cited = [...company.facts, ...(company.series ?? []), ...(company.relations ?? [])].flatMap((x) =>
    x.source.kind === 'article' ? [x.source.article] : [],
  );
  const listing = [...articles.values()].filter((a) => a.companies.includes(company.id)).map((a) => a.id);
  return [...cited, ...listing].flatMap((id) => (articles.has(id) ? [articles.get(id)!.seed] : []));
}

/** Amounts written in the reader-facing texts of an entry that no given seed writes. */
function unsupported(entry: unknown, where: string, seeds: string[]): string[] {
  const known = seedAmounts(seeds);
  return textLeaves(entry)
    .filter(({ path }) => !path.some((key) => typeof key === 'string' && EDITORIAL_FIELDS.has(key)))
    .flatMap(({ path, text }) =>
      amountsIn(text)
        .filter((written) => !known.some((exact) => states(written, exact)))
        .map((written) => `${where} ${jsonPath(path)}: "${written.text}" is in no seed it comes from (${[...new Set(seeds)].join(', ')})`),
    );
}

describe.skipIf(!haveSeeds)('amounts against the seed texts', () => {
  it('every money fact and series point equals an amount its cited article writes', () => {
    const wrong = [...companies.values()].flatMap((company) =>
      [
        ...company.facts.map((f) => ({ id: f.id, values: typeof f.value === 'number' ? [f.value] : [], currency: f.currency, source: f.source })),
        ...(company.series ?? []).map((s) => ({ id: s.id, values: s.points.map((p) => p.value), currency: s.currency, source: s.source })),
      ]
        .filter((x) => x.currency && x.source.kind === 'article')
        .flatMap(({ id, values, currency, source }) => {
          const article = articles.get(source.kind === 'article' ? source.article : '')!;
          const known = seedAmounts([article.seed]);
          return values
            .filter((value) => !known.some((exact) => states(exact, { value, currency: currency as Currency })))
            .map((value) => `${company.id} ${id}: ${currency} ${value} is not in ${article.seed} (${article.id})`);
        }),
    );
    expect(wrong).toEqual([]);
  });

  it('every amount in an article title or summary is one its seed writes', () => {
    const wrong = [...articles.values()].flatMap((a: Article) => unsupported(a, a.id, [a.seed]));
    expect(wrong).toEqual([]);
  });

  it("every amount in a company's tagline, description, labels and notes is one its seeds write", () => {
    const wrong = [...companies.values()].flatMap((c) => unsupported(c, c.id, seedsOf(c)));
    expect(wrong).toEqual([]);
  });
});

describe('reading amounts (the parser the checks above rely on)', () => {
  it.each([
    ['약 28.8억 위안(4,701억 원)', [[2_880_000_000, 'CNY'], [470_100_000_000, 'KRW']]],
    ['총 11억 5천만 위안', [[1_150_000_000, 'CNY']]],
    ['매출 8억 500만 위안', [[805_000_000, 'CNY']]],
    ['3조8729억 위안', [[3_872_900_000_000, 'CNY']]],
    ['2000위안(33만원)', [[2000, 'CNY'], [330_000, 'KRW']]],
    ['10억 달러 이상, 회원 만억 위안', [[1_000_000_000, 'USD']]],
    ['以约28.8亿元入股，1500万美元，4100亿韩元', [[2_880_000_000, 'CNY'], [15_000_000, 'USD'], [410_000_000_000, 'KRW']]],
    ['about 2.88 billion yuan, a 1.15-billion-yuan plan, US$15 million, 410 billion won', [[2_880_000_000, 'CNY'], [1_150_000_000, 'CNY'], [410_000_000_000, 'KRW'], [15_000_000, 'USD']]],
  ] as const)('%s', (text, expected) => {
    expect(amountsIn(text).map((a) => [a.value, a.currency])).toEqual(expected);
  });

  it('holds a rounded amount to the precision it is written with, and no further', () => {
    const [written] = amountsIn('close to 3.87 trillion yuan');
    expect(states(written!, { value: 3_872_900_000_000, currency: 'CNY' })).toBe(true);
    const [tenfold] = amountsIn('about 28.8 billion yuan');
    expect(states(tenfold!, { value: 2_880_000_000, currency: 'CNY' })).toBe(false);
    expect(states(amountsIn('28.8억 위안')[0]!, { value: 2_880_000_000, currency: 'KRW' })).toBe(false);
  });
});
