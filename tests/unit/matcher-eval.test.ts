/**
 * The labelled set (tests/eval, `npm run eval` prints the table): every mention a reader
 * would see is found, and nothing else is marked — in every language, hidden and editable
 * text included. A new false mark or a lost mention fails here, with the sentence named.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/shared/matcher';
import { realPatterns } from '../eval/dataset';
import { DOM_CASES } from '../eval/dom-cases';
import { evaluateDom } from '../eval/dom';
import { evaluateText, precision, recall, sum } from '../eval/evaluate';
import { LANGS, readSentences } from '../eval/labels';

const patterns = realPatterns();
const sentences = readSentences();

describe('the labelled precision set', () => {
  it('is big enough and at least half traps', () => {
    const all = sentences.length + DOM_CASES.length;
    const traps = sentences.filter((s) => s.kind.startsWith('trap')).length + DOM_CASES.filter((c) => c.kind.startsWith('trap')).length;
    expect(all).toBeGreaterThanOrEqual(400);
    expect(traps * 2).toBeGreaterThanOrEqual(all);
    for (const lang of LANGS) expect(sentences.filter((s) => s.lang === lang).length, lang).toBeGreaterThan(40);
  });

  it.each(LANGS)('%s sentences: precision = recall = 1.00', (lang) => {
    const { byLang, misses } = evaluateText(
      sentences.filter((s) => s.lang === lang),
      createMatcher(patterns),
      patterns,
    );
    expect(misses).toEqual([]);
    const score = byLang.get(lang)!;
    expect([precision(score), recall(score)]).toEqual([1, 1]);
  });

  it('hidden and editable text: precision = recall = 1.00 through the content script', async () => {
    const { byLang, misses } = await evaluateDom(patterns);
    expect(misses).toEqual([]);
    const score = sum(byLang.values());
    expect([precision(score), recall(score)]).toEqual([1, 1]);
  }, 120_000);
});
