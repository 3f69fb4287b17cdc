/**
 * The labelled set's format. One sentence per line in sentences/<lang>.txt:
 *
 *   <kind> <sentence>
 *
 * kind is `news` (real-world phrasing, mentions expected), `seed` (a sentence quoted from
 * one of the five seed articles), or `trap:<class>` (text built to tempt a false mark:
 * word, numeral, name, place, idiom, tale, address, ...). Every mention is written
 * ⟦text|company-id⟧; everything outside the brackets must stay unmarked. `#` starts a comment.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './dataset';

export const LANGS = ['en', 'ko', 'zh-Hans', 'zh-Hant', 'ja'] as const;
export type Lang = (typeof LANGS)[number];

export interface Mention {
  start: number;
  end: number;
  companyId: string;
}

export interface LabelledSentence {
  lang: Lang;
  kind: string;
  /** The sentence as a reader sees it (brackets removed). */
  text: string;
  mentions: Mention[];
  /** file:line, for reports. */
  where: string;
}

const MARK = /⟦([^|⟧]+)\|([a-z0-9-]+)⟧/g;

export function parseLine(line: string, lang: Lang, where: string): LabelledSentence | undefined {
  const trimmed = line.trim();
  if (!trimmed || trimmed.startsWith('#')) return undefined;
  const space = trimmed.indexOf(' ');
  if (space < 0) throw new Error(`${where}: no sentence after the kind`);
  const kind = trimmed.slice(0, space);
  if (!/^(news|seed|trap:[a-z-]+)$/.test(kind)) throw new Error(`${where}: unknown kind "${kind}"`);
  const labelled = trimmed.slice(space + 1);
  const mentions: Mention[] = [];
  let text = '';
  let last = 0;
  for (const m of labelled.matchAll(MARK)) {
    text += labelled.slice(last, m.index);
    mentions.push({ start: text.length, end: text.length + m[1]!.length, companyId: m[2]! });
    text += m[1]!;
    last = m.index + m[0].length;
  }
  text += labelled.slice(last);
  if (/[⟦⟧]/.test(text)) throw new Error(`${where}: unbalanced ⟦ ⟧`);
  if (kind.startsWith('trap') === false && mentions.length === 0) throw new Error(`${where}: a ${kind} sentence must label its mentions`);
  return { lang, kind, text, mentions, where };
}

export function readSentences(): LabelledSentence[] {
  const all: LabelledSentence[] = [];
  for (const lang of LANGS) {
    const file = `sentences/${lang}.txt`;
    readFileSync(join(ROOT, 'tests/eval', file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const s = parseLine(line, lang, `tests/eval/${file}:${i + 1}`);
        if (s) all.push(s);
      });
  }
  return all;
}
