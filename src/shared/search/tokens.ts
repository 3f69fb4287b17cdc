/**
 * Splitting folded text into index tokens. Words of Latin, digits or Hangul are tokens
 * (matched by prefix, so 샤오미 finds 샤오미는 and xiao finds xiaomi); runs of Han and
 * kana have no spaces, so they are cut into overlapping bigrams (a lone character stays
 * a unigram), which lets any two-character piece of a Chinese headline be found.
 */
import { foldWords } from './normalise';
import { isCjkChar } from './words';

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

/** Where index tokens go. Bigrams come as code units: a 100-character Chinese summary has
 * 99 of them, and making a string of each was most of the cost of indexing one. */
export interface TokenSink {
  /** A word (Latin, digits, Hangul) or a lone Han/kana character. */
  word(token: string): void;
  /** A Han/kana bigram, as its two UTF-16 code units. */
  pair(first: number, second: number): void;
}

/** Feeds `sink` every token of `text`, in text order (duplicates included). */
export function indexTokens(text: string, sink: TokenSink): void {
  const folded = foldWords(text);
  const words = folded.split(' ');
  if (!CJK_ANY.test(folded)) {
    // The common case (English, Korean): every word is a token.
    for (const w of words) if (w) sink.word(w);
    return;
  }
  for (const word of words) {
    let start = 0; // where the current stretch of non-CJK characters began
    let i = 0;
    while (i < word.length) {
      if (!isCjkChar(word.charCodeAt(i))) {
        i++;
        continue;
      }
      if (i > start) sink.word(word.slice(start, i));
      let end = i + 1;
      while (end < word.length && isCjkChar(word.charCodeAt(end))) end++;
      if (end - i === 1) sink.word(word[i]!);
      else for (let k = i; k + 1 < end; k++) sink.pair(word.charCodeAt(k), word.charCodeAt(k + 1));
      start = i = end;
    }
    if (start < word.length) sink.word(start === 0 ? word : word.slice(start));
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
