/**
 * The labelled sentences as one served page (a <p> each), and what a browser highlighted on
 * it, as "sentence index:start:end" keys comparable with the labels. Both browsers must give
 * exactly the labelled set: that is the eval run in Chromium's and Firefox's own ICU
 * (Intl.Segmenter decides some of these marks).
 */
import { readSentences, type LabelledSentence } from '../eval/labels';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function evalPage(filter: (s: LabelledSentence) => boolean = () => true): { html: string; expected: string[] } {
  const sentences = readSentences().filter(filter);
  // A last mention after everything: once it is marked, the scan (in document order) has
  // been through every sentence, so a poll that sees exactly the labels saw the whole page.
  const last = sentences.length;
  const html = `<!doctype html><meta charset="utf-8"><body>${sentences.map((s, i) => `<p data-i="${i}" lang="${s.lang}">${escape(s.text)}</p>`).join('\n')}\n<p data-i="${last}">Xiaomi</p></body>`;
  const expected = [...sentences.flatMap((s, i) => s.mentions.map((m) => `${i}:${m.start}:${m.end}`)), `${last}:0:6`].sort();
  return { html, expected };
}

/**
 * Runs in the page: every range highlighted at some point of a scroll through the page, screen
 * by screen, as "index:start:end" within its <p>. A page with many marks registers only those
 * near the screen (src/content/nearby-ranges.ts), so what a reader sees marked is what each
 * screen shows. Self-contained: it is sent to the page as source.
 */
export async function highlightedKeys(name: string): Promise<string[]> {
  const offset = (p: Element, node: Node, at: number) => {
    const r = document.createRange();
    r.setStart(p, 0);
    r.setEnd(node, at);
    return r.toString().length;
  };
  const seen = new Set<string>();
  const collect = () => {
    for (const range of CSS.highlights.get(name) ?? []) {
      const r = range as Range;
      const p = (r.startContainer.nodeType === 1 ? (r.startContainer as Element) : r.startContainer.parentElement)!.closest('p')!;
      seen.add(`${p.dataset.i}:${offset(p, r.startContainer, r.startOffset)}:${offset(p, r.endContainer, r.endOffset)}`);
    }
  };
  // Two frames and a task after each scroll: the intersection observer's report has been handled.
  const settle = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));
  for (let y = 0; ; y += innerHeight) {
    scrollTo(0, y);
    await settle();
    collect();
    if (y + innerHeight >= document.documentElement.scrollHeight) break;
  }
  scrollTo(0, 0);
  return [...seen].sort();
}
