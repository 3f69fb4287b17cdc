/**
 * The walker's gate: a deep walk with a screen feeds every node's text to the screen in one
 * stream and reads a block exactly only where the screen answers "maybe". What the reader sees
 * must not change: on random pages built from the bundled aliases — split across inline
 * elements, cut by blocks and <br>s, next to scripts, hidden blocks and editors — the gated walk
 * finds exactly the mentions of the walk that matches every run.
 */
import { describe, expect, it } from 'vitest';
import { createRunWalker, type TextRun } from '../../src/content/text-blocks';
import { SKIPPED_TAGS } from '../../src/content/skip-rules';
import { mulberry32 } from '../../src/shared/matcher/synthesize';
import { aliases, matcher } from './bundled-matcher';

type Found = string;

/** What the gate counts: every text node with text whose parent is not a skipped tag (script, style …), once. */
function gateCounts(): { textNodes: number; chars: number } {
  const counts = { textNodes: 0, chars: 0 };
  const all = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = all.nextNode() as Text | null; n; n = all.nextNode() as Text | null) {
    if (n.data.length === 0 || SKIPPED_TAGS.has((n.parentNode as Element).localName)) continue;
    counts.textNodes++;
    counts.chars += n.data.length;
  }
  return counts;
}
/** The counts of the last walk mentions() made. */
let lastCounts = { textNodes: 0, chars: 0 };

/** Every mention in document.body: each run's hits, as "text@node:offset". */
function mentions(gated: boolean, spent: () => boolean = () => false): Found[] {
  const textNodes: Text[] = [];
  const all = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = all.nextNode(); n; n = all.nextNode()) textNodes.push(n as Text);
  const found: Found[] = [];
  const onRun = (run: TextRun) => {
    for (const hit of matcher.find(run.text)) {
      let i = 0;
      while (i + 1 < run.nodes.length && run.starts[i + 1]! <= hit.start) i++;
      found.push(`${run.text.slice(hit.start, hit.end)}@${textNodes.indexOf(run.nodes[i]!)}:${hit.start - run.starts[i]!}`);
    }
  };
  const screen = gated ? matcher.screen() : undefined;
  lastCounts = { textNodes: 0, chars: 0 };
  const walker = createRunWalker(document.body, { onRun, onShadowRoot: () => undefined, counts: lastCounts, screen });
  while (walker.step(spent) !== true);
  return found.sort();
}

const rand = mulberry32(11);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const WORDS = ['the', 'and', 'bank', 'Alibi', 'maps', 'Amapola', 'xiao', 'group', '그룹', '의', '集团', '公司', '123', 'e-mail'];
const SEPARATORS = [' ', ' ', ', ', '. ', '\n', '\u00a0', ' — ', '(', ')', ''];
const INLINE = ['b', 'i', 'span', 'a', 'em'];
const BLOCK = ['p', 'div', 'li', 'h2', 'section'];
/** Skipped regions, each whole: never inside a name (see docs/detection.md, "The gate"). */
const SKIPPED = ['<script>var Alibaba = 1</script>', '<style>.Meituan{}</style>', '<div hidden>Xiaomi</div>', '<span hidden>Banma</span>', '<textarea>Amap</textarea>', '<div contenteditable="true">Alibaba <b>Group</b></div>'];

/** A name, cut into 1–3 pieces at random, each piece maybe wrapped in an inline element. */
function name(): string {
  const alias = pick(aliases);
  const spelled = rand() < 0.2 ? alias.toUpperCase() : alias;
  const units = [...spelled];
  const cuts = units.length < 2 ? 0 : Math.floor(rand() * 3);
  const at = [...new Set(Array.from({ length: cuts }, () => 1 + Math.floor(rand() * (units.length - 1))))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const cut of [...at, units.length]) {
    const piece = units.slice(from, cut).join('');
    from = cut;
    const tag = pick(INLINE);
    pieces.push(rand() < 0.5 ? `<${tag}>${piece}</${tag}>` : piece);
  }
  return pieces.join('');
}

/** Random content: words, names, separators, <br>s, skipped regions, nested inline and block elements. */
function content(depth: number): string {
  let html = '';
  const parts = 1 + Math.floor(rand() * 6);
  for (let k = 0; k < parts; k++) {
    const r = rand();
    if (r < 0.3) html += name();
    // A word, or the start of a name (a partial match the next run must not carry on).
    else if (r < 0.5) html += rand() < 0.5 ? pick(WORDS) : [...pick(aliases)].slice(0, 1 + Math.floor(rand() * 3)).join('');
    else if (r < 0.55) html += '<br>';
    else if (r < 0.62) html += `${pick(SEPARATORS)}${pick(SKIPPED)}${pick(SEPARATORS) || ' '}`;
    else if (r < 0.75 && depth > 0) {
      const tag = pick(INLINE);
      html += `<${tag}>${content(depth - 1)}</${tag}>`;
    } else if (r < 0.87 && depth > 0) {
      const tag = pick(BLOCK);
      html += `<${tag}>${content(depth - 1)}</${tag}>`;
    } else html += pick(SEPARATORS);
  }
  return html;
}

describe('the walker\'s gate', () => {
  it('finds exactly what matching every run finds, on 400 random pages', () => {
    let total = 0;
    for (let page = 0; page < 400; page++) {
      document.body.innerHTML = content(4);
      const expected = mentions(false);
      total += expected.length;
      expect(mentions(true), document.body.innerHTML).toEqual(expected);
      // Each node counted once, however often it was read (the gate's, then an opened block's exact walk).
      expect(lastCounts, document.body.innerHTML).toEqual(gateCounts());
    }
    // The pages hold mentions: the comparison is not between two empty lists.
    expect(total).toBeGreaterThan(400);
  });

  it('starts afresh at each node: a name right after the start of another in the block before is found', () => {
    for (const html of ['<p>Ali</p>Alibaba', '<p>Xiao</p><p>Xiaomi</p>', '<div>Mei<p>Meituan</p></div>', '<p>Ama</p><b>AMAP</b>']) {
      document.body.innerHTML = html;
      expect(mentions(true), html).toEqual(mentions(false));
      expect(mentions(true), html).toHaveLength(1);
    }
  });

  it('reads a block exactly once however many nodes of it the screen flags', () => {
    document.body.innerHTML = '<div>Alibaba <b>and</b> Xiaomi<p>Meituan</p> then Amap</div>';
    const runs: string[] = [];
    const walker = createRunWalker(document.body, { onRun: (r) => runs.push(r.text), onShadowRoot: () => undefined, counts: { textNodes: 0, chars: 0 }, screen: matcher.screen() });
    while (walker.step(() => false) !== true);
    expect(runs.sort()).toEqual(['Alibaba and Xiaomi', ' then Amap', 'Meituan'].sort());
  });

  it('goes on across chunks, mid-stream and mid-block, and finds every name', () => {
    document.body.innerHTML = Array.from({ length: 60 }, (_, k) => `<p>line ${k} <b>Ali</b>baba and ${'word '.repeat(k % 7)}Xiaomi</p>`).join('');
    let calls = 0;
    const found = mentions(true, () => ++calls % 3 === 0);
    expect(found.filter((f) => f.startsWith('Alibaba@'))).toHaveLength(60);
    expect(found.filter((f) => f.startsWith('Xiaomi@'))).toHaveLength(60);
    expect(lastCounts).toEqual(gateCounts());
  });

  it('finds a name in any of a run of plain blocks, and counts every node once', () => {
    // 20 plain blocks with a name in one of them, at every position.
    for (let at = 0; at < 20; at++) {
      document.body.innerHTML = Array.from({ length: 20 }, (_, k) => `<p>${k === at ? 'Xiaomi' : `plain words ${k}`}</p>`).join('');
      expect(mentions(true)).toEqual([`Xiaomi@${at}:0`]);
      expect(lastCounts).toEqual(gateCounts());
    }
    document.body.innerHTML = Array.from({ length: 20 }, (_, k) => `<p>${k % 3 === 1 ? 'Meituan' : 'plain'}</p>`).join('');
    expect(mentions(true)).toHaveLength(7);
  });

  it('leaves pages without a name at the gate: no run is matched', () => {
    document.body.innerHTML = '<p>Nothing to see <b>here</b>.</p><ul><li>Alibi</li><li>maps and bank</li></ul>';
    const runs: string[] = [];
    const walker = createRunWalker(document.body, { onRun: (r) => runs.push(r.text), onShadowRoot: () => undefined, counts: { textNodes: 0, chars: 0 }, screen: matcher.screen() });
    while (walker.step(() => false) !== true);
    expect(runs).toEqual([]);
  });
});
