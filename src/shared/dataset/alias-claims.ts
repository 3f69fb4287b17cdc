/**
 * Every spelling a company claims on a page: its names and its aliases, each with its JSON
 * path. Compared exactly as the matcher folds patterns (NFKC, lowercase, one space, one
 * dash: src/shared/matcher/entries.ts), so "ＸＩＡＯＭＩ" and "Xiaomi" are the same claim.
 */
import { patternKey } from '../matcher/entries';
import type { PathKey } from './json-path';
import { LANGS } from './schema';
import type { CompanyView } from './views';

export interface Claim {
  text: string;
  path: PathKey[];
}

/** The matcher's own pattern key, so validation compares spellings exactly as matching does. */
export const matchKey = patternKey;

export function claimsOf(company: CompanyView): Claim[] {
  const claims: Claim[] = [];
  for (const lang of LANGS) {
    const name = company.names[lang];
    if (name !== undefined) claims.push({ text: name, path: ['names', lang] });
  }
  for (const lang of LANGS) {
    company.aliases[lang]?.forEach((text, i) => text !== undefined && claims.push({ text, path: ['aliases', lang, i] }));
  }
  return claims;
}

export function negativesOf(company: CompanyView): Claim[] {
  return company.negatives.flatMap((text, i) => (text === undefined ? [] : [{ text, path: ['negatives', i] }]));
}
