/**
 * Builds the automaton payload from pattern entries (build time in node, or a benchmark).
 * Sorted patterns give the trie in depth-first order; for a trie with ordered children,
 * breadth-first order is that same lexicographic order stably sorted by depth.
 */
import { buildLinksSteps, expandScreen } from './automaton';
import { toBase64Steps } from './base64';
import type { PatternEntry } from './entries';
import { FORMAT, packInfo, type AutomatonPayload } from './payload';
import { buildScreenTableSteps } from './screen-table';
import { quickSource } from './quick';
import { runToEnd } from '../run-steps';

export function buildAutomaton(entries: PatternEntry[]): AutomatonPayload {
  return runToEnd(buildAutomatonSteps(entries));
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

/** States handled per step of the passes over every state (about a million for 100,000 aliases). */
const STATES_STEP = 1 << 17;

/**
 * buildAutomaton in slices (the background compiles readers' layers so: no step reaches 50 ms).
 * The trie lives in typed arrays sized by the patterns' total length (an upper bound of its
 * states): growing arrays of numbers and a map of outputs were tens of megabytes the
 * collector then paused to clean up after the compile.
 */
export function* buildAutomatonSteps(entries: PatternEntry[]): Generator<void, AutomatonPayload> {
  const sorted = yield* sortSteps(entries);
  let bound = 1;
  for (const e of sorted) bound += e.pattern.length;
  const char = new Uint16Array(bound);
  const depth = new Int32Array(bound);
  const parent = new Int32Array(bound);
  const info = new Int32Array(bound);
  const ends = new Uint8Array(bound); // 1 where a pattern ends (info may be 0)
  parent[0] = -1;
  let n = 1;
  let maxDepth = 0;
  const path = [0];
  let prev = '';
  for (let e = 0; e < sorted.length; e++) {
    const { pattern, company } = sorted[e]!;
    let common = 0;
    while (common < prev.length && common < pattern.length && prev.charCodeAt(common) === pattern.charCodeAt(common)) common++;
    for (let d = common; d < pattern.length; d++) {
      const id = n++;
      char[id] = pattern.charCodeAt(d);
      depth[id] = d + 1;
      parent[id] = path[d]!;
      path[d + 1] = id;
    }
    if (pattern.length > maxDepth) maxDepth = pattern.length;
    const end = path[pattern.length]!;
    info[end] = packInfo(company, pattern);
    ends[end] = 1;
    prev = pattern;
    if (e % STEP === STEP - 1) yield;
  }
  // Counting sort by depth, stable: depth-first ids -> breadth-first ids.
  const firstAt = new Int32Array(maxDepth + 2);
  for (let id = 0; id < n; id++) {
    firstAt[depth[id]! + 1]!++;
    if (id % STATES_STEP === STATES_STEP - 1) yield;
  }
  for (let d = 1; d < firstAt.length; d++) firstAt[d]! += firstAt[d - 1]!;
  const bfs = new Int32Array(n);
  for (let id = 0; id < n; id++) {
    bfs[id] = firstAt[depth[id]!]!++;
    if (id % STATES_STEP === STATES_STEP - 1) yield;
  }
  const chars = new Uint16Array(n - 1);
  const degree = new Int32Array(n);
  const outInfo = new Int32Array(n);
  const outEnds = new Uint8Array(n);
  for (let id = 1; id < n; id++) {
    chars[bfs[id]! - 1] = char[id]!;
    degree[bfs[parent[id]!]!]!++;
    if (id % STATES_STEP === 0) yield;
  }
  for (let id = 0; id < n; id++) {
    if (ends[id]) {
      outEnds[bfs[id]!] = 1;
      outInfo[bfs[id]!] = info[id]!;
    }
    if (id % STATES_STEP === STATES_STEP - 1) yield;
  }
  const degrees = new Uint8Array(n);
  const bigDegrees: number[] = [];
  const outputs = new Int32Array(2 * sorted.length);
  let o = 0;
  for (let s = 0; s < n; s++) {
    const d = degree[s]!;
    degrees[s] = Math.min(d, 255);
    if (d >= 255) bigDegrees.push(d);
    if (outEnds[s]) {
      outputs[o++] = s;
      outputs[o++] = outInfo[s]!;
    }
    if (s % STATES_STEP === STATES_STEP - 1) yield;
  }
  const patterns: string[] = new Array(sorted.length);
  for (let e = 0; e < sorted.length; e++) patterns[e] = sorted[e]!.pattern;
  yield;
  const screen = yield* buildScreenTableSteps(patterns);
  const { fail: failLinks, trie } = yield* buildLinksSteps({ n, chars, degrees, big: bigDegrees, outputs: outputs.subarray(0, o) });
  return {
    format: FORMAT,
    states: n,
    chars: yield* toBase64Steps(chars),
    degrees: yield* toBase64Steps(degrees),
    bigDegrees,
    outputs: yield* toBase64Steps(outputs.subarray(0, o)),
    ...(yield* screenFields(screen.bmp)),
    astral: yield* toBase64Steps(screen.astral),
    fail: yield* toBase64Steps(failLinks),
    quick: quickSource(trie, screen.bmp),
  };
}

/** The screen's lookup, expanded once here rather than in every frame (automaton.ts, expandScreen). */
function* screenFields(bmp: Uint16Array): Generator<void, Pick<AutomatonPayload, 'screenBlocks' | 'screenValues'>> {
  const { blocks, values } = expandScreen(bmp);
  return { screenBlocks: yield* toBase64Steps(blocks), screenValues: yield* toBase64Steps(values) };
}
