/** Runs the DOM cases through a real content-script session in the current document (happy-dom under vitest). */
import { startSession } from '../../src/content/session';
import type { CompiledPatterns } from '../../src/shared/messages';
import { DOM_CASES, unlabel } from './dom-cases';
import { emptyScore, type Miss, type Score } from './evaluate';
import { LANGS, type Lang } from './labels';

export async function evaluateDom(patterns: CompiledPatterns): Promise<{ byLang: Map<Lang, Score>; misses: Miss[] }> {
  const byLang = new Map<Lang, Score>(LANGS.map((l) => [l, emptyScore()]));
  const misses: Miss[] = [];
  for (const [i, c] of DOM_CASES.entries()) {
    const { html, mentions } = unlabel(c);
    document.body.innerHTML = html;
    const controller = new AbortController();
    const session = startSession(document, controller.signal, { loadPatterns: async () => patterns, reportFound: async () => undefined });
    await session.ready;
    const found = session.store.list().map((m) => ({ text: m.text, companyId: m.companyId }));
    controller.abort();
    const score = byLang.get(c.lang)!;
    score.sentences++;
    if (c.kind.startsWith('trap')) score.traps++;
    score.labelled += mentions.length;
    score.found += found.length;
    const left = [...mentions];
    const where = `tests/eval/dom-cases.ts case ${i + 1}`;
    for (const f of found) {
      const k = left.findIndex((m) => m.text === f.text && m.companyId === f.companyId);
      if (k >= 0) {
        score.correct++;
        left.splice(k, 1);
      } else misses.push({ where, kind: c.kind, text: html, what: 'false mark', span: f.text, companyId: f.companyId });
    }
    for (const m of left) misses.push({ where, kind: c.kind, text: html, what: 'missed', span: m.text, companyId: m.companyId });
  }
  document.body.innerHTML = '';
  return { byLang, misses };
}
