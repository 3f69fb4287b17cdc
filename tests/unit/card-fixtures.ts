/** A Banma-like company and its articles, built here so the tests do not depend on data/. */
import type { Article, Company } from '../../src/shared/dataset/schema';
import type { DetailData } from '../../src/shared/ui/CompanyDetail';

export const HOSTILE = '<img src=x onerror=alert(1)>';

export function article(id: string, over: Partial<Article> = {}): Article {
  return {
    id,
    title: `${id} 기사`,
    titleEn: `${id} story`,
    publisher: 'Example Daily',
    date: '2025-08-21',
    url: `https://news.example/${id}`,
    language: 'ko',
    summary: { en: 'Summary', ko: '요약' },
    companies: ['banma'],
    seed: '000_215c145faab00e39.txt',
    ...over,
  };
}

export function banma(over: Partial<Company> = {}): Company {
  return {
    id: 'banma',
    primary: true,
    names: { en: 'Banma', ko: '반마', 'zh-Hans': '斑马智行' },
    aliases: { en: ['Banma'] },
    tagline: { en: 'Car operating systems, backed by Alibaba and SAIC', ko: '알리바바와 SAIC의 차량 OS 회사' },
    description: { en: 'Banma makes car software.', ko: '반마는 차량 소프트웨어를 만든다.' },
    facts: [
      { id: 'founded', label: { en: 'Founded', ko: '설립' }, value: 2015, source: { kind: 'general' } },
      {
        id: 'revenue-2024',
        label: { en: 'Revenue', ko: '매출' },
        value: 3_500_000_000,
        currency: 'CNY',
        asOf: '2024',
        source: { kind: 'article', article: 'a-ipo' },
      },
      {
        id: 'vehicles',
        label: { en: 'Vehicles with its OS', ko: '탑재 차량' },
        value: 8_000_000,
        unit: 'vehicles',
        approximate: true,
        asOf: '2025-03',
        source: { kind: 'article', article: 'a-plain' },
      },
    ],
    series: [
      {
        id: 'revenue',
        label: { en: 'Revenue', ko: '매출' },
        currency: 'CNY',
        points: [
          { period: '2022', value: 805_000_000 },
          { period: '2023', value: 872_000_000 },
          { period: '2024', value: 824_000_000 },
          { period: '2025-Q1', value: 124_000_000 },
        ],
        source: { kind: 'article', article: 'a-ipo' },
      },
      {
        id: 'net-loss',
        label: { en: 'Net loss', ko: '순손실' },
        currency: 'CNY',
        points: [
          { period: '2022', value: 877_000_000 },
          { period: '2023', value: 878_000_000 },
          { period: '2024', value: 465_000_000 },
          { period: '2025-Q1', value: 109_000_000 },
        ],
        source: { kind: 'article', article: 'a-ipo' },
      },
    ],
    relations: [
      { type: 'parent', company: 'alibaba', source: { kind: 'article', article: 'a-ipo' } },
      { type: 'shareholder', company: 'alibaba', stake: 44.72, source: { kind: 'article', article: 'a-ipo' } },
      { type: 'shareholder', company: 'saic', source: { kind: 'article', article: 'a-ipo' } },
    ],
    ...over,
  };
}

export function banmaData(): DetailData {
  return {
    company: banma(),
    articles: [
      article('a-ipo', { titleEn: 'Banma files for Hong Kong IPO', publisher: 'Herald', date: '2025-08-21' }),
      article('a-plain', { url: null, citedUrl: 'http://plain.example/story', titleEn: 'Banma on 8 million cars', date: '2025-05-02' }),
      article('a-js', { url: 'javascript:alert(1)' as string, titleEn: 'Script link story', date: '2025-01-01' }),
    ],
  };
}
