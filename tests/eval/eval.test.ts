/**
 * `npm run eval`: precision and recall per language on the labelled set, and every miss.
 * (tests/unit/matcher-eval.test.ts asserts both are 1.00; this file only reports.)
 */
import { it } from 'vitest';
import { createMatcher } from '../../src/shared/matcher';
import { realPatterns } from './dataset';
import { evaluateDom } from './dom';
import { evaluateText, formatTable, sum, type Score } from './evaluate';
import { LANGS, readSentences } from './labels';

it('reports precision and recall on the labelled set', async () => {
  const patterns = realPatterns();
  const text = evaluateText(readSentences(), createMatcher(patterns), patterns);
  const dom = await evaluateDom(patterns);
  const rows: Array<[string, Score]> = LANGS.map((l) => [l, sum([text.byLang.get(l)!, dom.byLang.get(l)!])]);
  rows.push(['all (DOM cases included)', sum(rows.map(([, s]) => s))]);
  const misses = [...text.misses, ...dom.misses].map((m) => `${m.where} [${m.kind}] ${m.what}: "${m.span}" (${m.companyId}) in: ${m.text}`);
  process.stdout.write(`\n${formatTable(rows)}\n\n${misses.length === 0 ? 'No misses.' : `${misses.length} misses:\n${misses.join('\n')}`}\n\n`);
});
