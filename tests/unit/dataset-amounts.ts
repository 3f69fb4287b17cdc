/**
 * Money amounts as the seeds and our texts write them, in base units, so the integrity test
 * can hold every amount we state against the seed it comes from: Korean 28.8억 위안 /
 * 11억 5천만 위안 / 4,701억 원 / 10억 달러, Chinese 28.8亿元 / 1500万美元 / 4100亿韩元,
 * English 2.88 billion yuan / 1.15-billion-yuan / US$15 million / 410 billion won.
 */
export type Currency = 'CNY' | 'KRW' | 'USD';

export interface Amount {
  value: number;
  currency: Currency;
  /** The place value of the last digit written (28.8억 → 10,000,000): how precise the text is. */
  place: number;
  /** The words as written, for messages. */
  text: string;
}

const NUM = String.raw`\d[\d,]*(?:\.\d+)?`;
const KO_UNITS: Record<string, number> = { 조: 1e12, 억: 1e8, 천만: 1e7, 만: 1e4, 천: 1e3 };
const ZH_UNITS: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4, 千: 1e3 };
const EN_UNITS: Record<string, number> = { trillion: 1e12, billion: 1e9, million: 1e6, thousand: 1e3 };

const KO = new RegExp(String.raw`((?:${NUM}\s*(?:조|억|천만|만|천)\s*)*)(${NUM})?\s*(위안|원|달러)`, 'g');
const ZH = new RegExp(String.raw`(${NUM})\s*(万亿|亿|万|千)?\s*(美元|韩元|元)`, 'g');
const EN_AFTER = new RegExp(String.raw`(${NUM})[\s-]*(trillion|billion|million|thousand)?[\s-]*(yuan|won)\b`, 'gi');
const EN_USD = new RegExp(String.raw`US\$\s?(${NUM})[\s-]*(trillion|billion|million|thousand)?`, 'g');

/** A number as written and the place value of its last digit: "28.8" → [28.8, 0.1], "1,000" → [1000, 1]. */
function numberOf(written: string): [number, number] {
  const plain = written.replace(/,/g, '');
  const decimals = plain.split('.')[1]?.length ?? 0;
  return [Number(plain), 10 ** -decimals];
}

function korean(text: string): Amount[] {
  const out: Amount[] = [];
  for (const m of text.matchAll(KO)) {
    const [whole, grouped = '', bare, currencyWord] = m;
    if (!grouped.trim() && !bare) continue; // 원 in 회원, 만억 위안 with no digits
    let value = 0;
    let place = 1;
    for (const [, n, unit] of grouped.matchAll(new RegExp(String.raw`(${NUM})\s*(조|억|천만|만|천)`, 'g'))) {
      const [x, p] = numberOf(n!);
      value += x * KO_UNITS[unit!]!;
      place = p * KO_UNITS[unit!]!;
    }
    if (bare) {
      const [x, p] = numberOf(bare);
      value += x;
      place = p;
    }
    const currency: Currency = currencyWord === '위안' ? 'CNY' : currencyWord === '원' ? 'KRW' : 'USD';
    out.push({ value, currency, place, text: whole.trim() });
  }
  return out;
}

function chinese(text: string): Amount[] {
  return [...text.matchAll(ZH)].map(([whole, n, unit, currencyWord]) => {
    const [x, p] = numberOf(n!);
    const scale = unit ? ZH_UNITS[unit]! : 1;
    const currency: Currency = currencyWord === '美元' ? 'USD' : currencyWord === '韩元' ? 'KRW' : 'CNY';
    return { value: x * scale, currency, place: p * scale, text: whole };
  });
}

function english(text: string): Amount[] {
  const after = [...text.matchAll(EN_AFTER)].map(([whole, n, unit, currencyWord]): Amount => {
    const [x, p] = numberOf(n!);
    const scale = unit ? EN_UNITS[unit.toLowerCase()]! : 1;
    return { value: x * scale, currency: currencyWord!.toLowerCase() === 'yuan' ? 'CNY' : 'KRW', place: p * scale, text: whole };
  });
  const usd = [...text.matchAll(EN_USD)].map(([whole, n, unit]): Amount => {
    const [x, p] = numberOf(n!);
    const scale = unit ? EN_UNITS[unit]! : 1;
    return { value: x * scale, currency: 'USD', place: p * scale, text: whole };
  });
  return [...after, ...usd];
}

/** Every money amount written in the text, in any of the three languages. */
export function amountsIn(text: string): Amount[] {
  return [...korean(text), ...chinese(text), ...english(text)];
}

/**
 * Whether `written` states `exact` to the precision it is written with: "3.87 trillion" states
 * 3,872,900,000,000 (rounded), "28.8 billion" does not state 2,880,000,000.
 */
export function states(written: Amount, exact: { value: number; currency: Currency }): boolean {
  return written.currency === exact.currency && Math.abs(written.value - exact.value) <= written.place / 2 + 1e-6 * written.place;
}
