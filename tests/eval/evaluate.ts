/**
 * Scores the matcher on the labelled set: a found mention counts when its span and company
 * are exactly a labelled one (precision), a labelled mention when it was found (recall).
 */
import type { Matcher } from '../../src/shared/matcher';
import type { CompiledPatterns } from '../../src/shared/messages';
import { LANGS, type LabelledSentence, type Lang } from './labels';

export interface Miss {
  where: string;
  kind: string;
  text: string;
  /** "false mark" (found, not labelled) or "missed" (labelled, not found). */
  what: 'false mark' | 'missed';
  span: string;
  companyId: string;
}

export interface Score {
  sentences: number;
  traps: number;
  labelled: number;
  found: number;
  correct: number;
}

export const precision = (s: Score): number => (s.found === 0 ? 1 : s.correct / s.found);
export const recall = (s: Score): number => (s.labelled === 0 ? 1 : s.correct / s.labelled);

export interface Found {
  start: number;
  end: number;
  companyId: string;
}

/** One sentence: what was found against what is labelled. */
export function scoreOne(s: LabelledSentence, found: Found[], into: Score, misses: Miss[]): void {
  const key = (m: Found) => `${m.start}:${m.end}:${m.companyId}`;
  const labelled = new Set(s.mentions.map(key));
  const got = new Set(found.map(key));
  into.sentences++;
  if (s.kind.startsWith('trap')) into.traps++;
  into.labelled += labelled.size;
  into.found += got.size;
  for (const m of found) {
    if (labelled.has(key(m))) into.correct++;
    else misses.push({ where: s.where, kind: s.kind, text: s.text, what: 'false mark', span: s.text.slice(m.start, m.end), companyId: m.companyId });
  }
  for (const m of s.mentions) {
    if (!got.has(key(m))) misses.push({ where: s.where, kind: s.kind, text: s.text, what: 'missed', span: s.text.slice(m.start, m.end), companyId: m.companyId });
  }
}

export const emptyScore = (): Score => ({ sentences: 0, traps: 0, labelled: 0, found: 0, correct: 0 });

export function evaluateText(sentences: LabelledSentence[], matcher: Matcher, patterns: CompiledPatterns): { byLang: Map<Lang, Score>; misses: Miss[] } {
  const byLang = new Map<Lang, Score>(LANGS.map((l) => [l, emptyScore()]));
  const misses: Miss[] = [];
  for (const s of sentences) {
    const found = matcher.find(s.text).map((h) => ({ start: h.start, end: h.end, companyId: patterns.companyIds[h.company]! }));
    scoreOne(s, found, byLang.get(s.lang)!, misses);
  }
  return { byLang, misses };
}

/** The table `npm run eval` prints (and docs/readme/precision.md quotes). */
export function formatTable(rows: Array<[string, Score]>): string {
  const pct = (x: number) => x.toFixed(2);
  const lines = ['| set | sentences | traps | labelled mentions | found | correct | precision | recall |', '|---|---:|---:|---:|---:|---:|---:|---:|'];
  for (const [name, s] of rows) {
    lines.push(`| ${name} | ${s.sentences} | ${s.traps} | ${s.labelled} | ${s.found} | ${s.correct} | ${pct(precision(s))} | ${pct(recall(s))} |`);
  }
  return lines.join('\n');
}

export function sum(scores: Iterable<Score>): Score {
  const t = emptyScore();
  for (const s of scores) for (const k of Object.keys(t) as Array<keyof Score>) t[k] += s[k];
  return t;
}
