/**
 * Builds the automaton payload from pattern entries (build time in node, or a benchmark).
 * Sorted patterns give the trie in depth-first order; for a trie with ordered children,
 * breadth-first order is that same lexicographic order stably sorted by depth.
 */
import { toBase64 } from './base64';
import type { PatternEntry } from './entries';
import { FORMAT, packInfo, type AutomatonPayload } from './payload';
import { buildScreenTableSteps } from './screen-table';

export function buildAutomaton(entries: PatternEntry[]): AutomatonPayload {
  const steps = buildAutomatonSteps(entries);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Entries handled per step: a few milliseconds of work, so a sliced build never blocks long. */
const STEP = 2048;

const byPattern = (a: PatternEntry, b: PatternEntry): number => (a.pattern < b.pattern ? -1 : a.pattern > b.pattern ? 1 : 0);

/** A merge sort whose runs and merges are cut into steps of about STEP entries. */
function* sortSteps(entries: readonly PatternEntry[]): Generator<void, PatternEntry[]> {
  let runs: PatternEntry[][] = [];
  for (let i = 0; i < entries.length; i += STEP) {
    runs.push(entries.slice(i, i + STEP).sort(byPattern));
    yield;
  }
  while (runs.length > 1) {
    const next: PatternEntry[][] = [];
    for (let r = 0; r < runs.length; r += 2) {
      const a = runs[r]!;
      const b = runs[r + 1];
      if (!b) {
        next.push(a);
        continue;
      }
      const out: PatternEntry[] = new Array(a.length + b.length);
      let i = 0;
      let j = 0;
      for (let k = 0; k < out.length; k++) {
        out[k] = j >= b.length || (i < a.length && byPattern(a[i]!, b[j]!) <= 0) ? a[i++]! : b[j++]!;
        if (k % (STEP * 4) === 0) yield;
      }
      next.push(out);
    }
    runs = next;
  }
  return runs[0] ?? [];
}

/** buildAutomaton in slices (the background compiles readers' layers so: no step reaches 50 ms). */
export function* buildAutomatonSteps(entries: PatternEntry[]): Generator<void, AutomatonPayload> {
  const sorted = yield* sortSteps(entries);
  const char: number[] = [0];
  const depth: number[] = [0];
  const parent: number[] = [-1];
  const info = new Map<number, number>();
  const path = [0];
  let prev = '';
  for (const { pattern, company } of sorted) {
    let common = 0;
    while (common < prev.length && common < pattern.length && prev.charCodeAt(common) === pattern.charCodeAt(common)) common++;
    for (let d = common; d < pattern.length; d++) {
      const id = char.length;
      char.push(pattern.charCodeAt(d));
      depth.push(d + 1);
      parent.push(path[d]!);
      path[d + 1] = id;
    }
    info.set(path[pattern.length]!, packInfo(company, pattern));
    prev = pattern;
    if (info.size % STEP === 0) yield;
  }
  const n = char.length;
  // Counting sort by depth, stable: depth-first ids -> breadth-first ids.
  // Each pass below covers every state (about a million for 100,000 aliases): one per task.
  yield;
  const perDepth: number[] = [];
  for (const d of depth) perDepth[d] = (perDepth[d] ?? 0) + 1;
  const firstAt: number[] = [];
  let acc = 0;
  for (let d = 0; d < perDepth.length; d++) {
    firstAt[d] = acc;
    acc += perDepth[d] ?? 0;
  }
  const bfs = new Int32Array(n);
  for (let id = 0; id < n; id++) bfs[id] = firstAt[depth[id]!]!++;
  yield;

  const chars = new Uint16Array(n - 1);
  const degree = new Int32Array(n);
  for (let id = 1; id < n; id++) {
    chars[bfs[id]! - 1] = char[id]!;
    degree[bfs[parent[id]!]!]!++;
  }
  yield;
  const degrees = new Uint8Array(n);
  const bigDegrees: number[] = [];
  for (let s = 0; s < n; s++) {
    const d = degree[s]!;
    degrees[s] = Math.min(d, 255);
    if (d >= 255) bigDegrees.push(d);
  }
  yield;
  const outs = [...info].map(([id, v]) => [bfs[id]!, v] as const).sort((a, b) => a[0] - b[0]);
  yield;
  const outputs = new Int32Array(outs.flat());
  yield;
  const screen = yield* buildScreenTableSteps(sorted.map((e) => e.pattern));
  // Base64 of a few megabytes is tens of milliseconds: one array per task.
  const charsText = toBase64(chars);
  yield;
  const degreesText = toBase64(degrees);
  yield;
  const outputsText = toBase64(outputs);
  yield;
  return {
    format: FORMAT,
    states: n,
    chars: charsText,
    degrees: degreesText,
    bigDegrees,
    outputs: outputsText,
    screen: toBase64(screen.bmp),
    astral: toBase64(screen.astral),
  };
}
