/**
 * Splitting folded text into index tokens. Words of Latin, digits or Hangul are tokens
 * (matched by prefix, so 샤오미 finds 샤오미는 and xiao finds xiaomi); runs of Han and
 * kana have no spaces, so they are cut into overlapping bigrams (a lone character stays
 * a unigram), which lets any two-character piece of a Chinese headline be found.
 */
import { foldWords } from './normalise';

const CJK_ANY = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;
const SCRIPT_RUN = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+|[^\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+/g;

export interface QueryToken {
  text: string;
  /** Prefix tokens match every index token they start; others must be equal. */
  prefix: boolean;
}

function isCjk(run: string): boolean {
  return CJK_ANY.test(run[0]!);
}

/** Calls `emit` once per token, in text order (duplicates included). */
export function indexTokens(text: string, emit: (token: string) => void): void {
  const folded = foldWords(text);
  const words = folded.split(' ');
  if (!CJK_ANY.test(folded)) {
    // The common case (English, Korean): every word is a token.
    for (const w of words) if (w) emit(w);
    return;
  }
  for (const word of words) {
    if (!word) continue;
    if (!CJK_ANY.test(word)) {
      emit(word);
      continue;
    }
    for (const [run] of word.matchAll(SCRIPT_RUN)) {
      if (!isCjk(run) || run.length === 1) emit(run);
      else for (let i = 0; i + 1 < run.length; i++) emit(run.slice(i, i + 2));
    }
  }
}

export function queryTokens(query: string): QueryToken[] {
  const out: QueryToken[] = [];
  for (const word of foldWords(query).split(' ')) {
    for (const [run] of word.matchAll(SCRIPT_RUN)) {
      if (!isCjk(run) || run.length === 1) out.push({ text: run, prefix: true });
      else for (let i = 0; i + 1 < run.length; i++) out.push({ text: run.slice(i, i + 2), prefix: false });
    }
  }
  return out;
}
