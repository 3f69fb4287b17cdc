/**
 * A synthetic pack for the packs bench: 10,000 companies with 10 aliases each over five
 * scripts (Latin, Hangul, simplified and traditional Han, kana: 100,000 aliases) and
 * 100,000 articles, each company's one fact citing one of its articles. Deterministic.
 */
import { mulberry32 } from '../../src/shared/matcher/synthesize';

const LATIN = 'bcdfghjklmnprstvwz';
const VOWELS = 'aeiou';

export interface SyntheticPack {
  text: string;
  companies: number;
  aliases: number;
  articles: number;
  /** A company's alias to look for on a page, and its id. */
  probe: { alias: string; id: string };
}

export function synthesizePack(companies = 10_000, articlesPer = 10): SyntheticPack {
  const rand = mulberry32(42);
  const pick = (s: string) => s[Math.floor(rand() * s.length)]!;
  const range = (from: number, to: number) => String.fromCharCode(from + Math.floor(rand() * (to - from)));
  const seen = new Set<string>();
  const unique = (make: () => string): string => {
    for (;;) {
      const s = make();
      if (!seen.has(s.toLowerCase())) {
        seen.add(s.toLowerCase());
        return s;
      }
    }
  };
  const latin = () => unique(() => Array.from({ length: 3 }, () => pick(LATIN).toUpperCase() + pick(VOWELS) + pick(LATIN)).join(''));
  const hangul = () => unique(() => Array.from({ length: 4 }, () => range(0xac00, 0xd7a3)).join(''));
  const han = () => unique(() => Array.from({ length: 4 }, () => range(0x4e00, 0x9fa5)).join(''));
  const kana = () => unique(() => Array.from({ length: 5 }, () => range(0x30a2, 0x30f3)).join(''));
  const parts: string[] = [];
  let probe = { alias: '', id: '' };
  for (let c = 0; c < companies; c++) {
    const id = `syn-${c}`;
    const en = latin();
    const company = {
      id,
      names: { en, ko: hangul(), 'zh-Hans': han(), 'zh-Hant': han(), ja: kana() },
      aliases: { en: [latin()], ko: [hangul()], 'zh-Hans': [han()], 'zh-Hant': [han()], ja: [kana()] },
      tagline: { en: `Synthetic company ${c}` },
      description: { en: `A synthetic company for the packs benchmark, number ${c}.` },
      facts: [{ id: 'staff', label: { en: 'Staff' }, value: c, source: { kind: 'article', article: `syn-${c}-a0` } }],
    };
    if (c === companies - 1) probe = { alias: en, id };
    parts.push(JSON.stringify(company));
  }
  const articles: string[] = [];
  for (let c = 0; c < companies; c++) {
    for (let a = 0; a < articlesPer; a++) {
      articles.push(
        JSON.stringify({
          id: `syn-${c}-a${a}`,
          title: `Synthetic story ${a} about company ${c}`,
          titleEn: `Synthetic story ${a} about company ${c}`,
          publisher: 'Bench Daily',
          date: `20${10 + (a % 15)}-0${1 + (a % 9)}-1${a % 9}`,
          url: null,
          language: 'en',
          summary: { en: `Story ${a} of the synthetic company ${c}.` },
          companies: [`syn-${c}`],
        }),
      );
    }
  }
  const text = `{"pack":{"id":"synthetic","name":"Synthetic pack","version":"1"},\n"companies":[\n${parts.join(',\n')}\n],\n"articles":[\n${articles.join(',\n')}\n]}\n`;
  return { text, companies, aliases: companies * 10, articles: companies * articlesPer, probe };
}
