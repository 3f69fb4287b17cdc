/**
 * The language a spelling is written in, from its script: Hangul ko, kana ja, Han zh-Hans,
 * else en. A CSV list's spellings and the settings page's "Add “…” as a company" both
 * place text this way; it lives apart from csv-list.ts so the settings page does not
 * bundle the CSV parser for it.
 */
import type { Lang } from '../dataset/schema';

const HANGUL = /\p{scx=Hang}/u;
const KANA = /[\p{scx=Hira}\p{scx=Kana}]/u;
const HAN = /\p{scx=Han}/u;

export function langOfScript(text: string): Lang {
  if (HANGUL.test(text)) return 'ko';
  if (KANA.test(text)) return 'ja';
  if (HAN.test(text)) return 'zh-Hans';
  return 'en';
}
