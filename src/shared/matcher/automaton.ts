/**
 * Decodes an automaton payload into typed arrays, validating it (it crossed a message
 * boundary). The failure links come built (buildLinksSteps, at compile time): rebuilding them
 * was the largest part of the matcher's start-up in every frame, while checking them is one
 * pass — each points to an earlier state, so every chain the matcher follows ends at the root,
 * whatever a damaged payload says — and the same pass derives the dictionary-suffix links.
 */
import { fromBase64 } from './base64';
import { FORMAT, ScreenValue } from './payload';

export interface Automaton extends ScreenLookup {
  /** The screen's jump (quick.ts): the next place in a text where an alias could begin. */
  quick: RegExp;
  /** edgeStart[s]..edgeStart[s+1]: edges of state s; edge k enters state k + 1. */
  edgeStart: Int32Array;
  chars: Uint16Array;
  /**
   * Root transitions by code unit, the state the scan falls back to most: rootNext[
   * rootBlock[c >> 8] + (c & 255)], 0 = none. Two levels, so a dataset whose first
   * characters fall in a few 256-character blocks costs a few KB per frame, not 256 KB.
   */
  rootBlock: Int32Array;
  rootNext: Int32Array;
  /** Longest proper suffix state (always an earlier state: breadth-first numbering). */
  fail: Links;
  /** Nearest proper suffix state where a pattern ends, 0 if none. */
  dict: Links;
  /** Packed pattern info where a pattern ends here, -1 elsewhere. */
  info: Int32Array;
  depth: Int32Array;
}

/** Link arrays travel as 16-bit values while the states fit (the bundled dataset), else 32-bit. */
export type Links = Uint16Array | Int32Array;

/** A link array for `states` states: empty, or over `buffer` (which must hold one link per state). */
function linksArray(states: number, buffer?: ArrayBuffer): Links {
  const Links = states <= 0x10000 ? Uint16Array : Int32Array;
  if (!buffer) return new Links(states);
  if (buffer.byteLength !== Links.BYTES_PER_ELEMENT * states) fail('"fail" does not hold one link per state');
  return new Links(buffer);
}

function fail(why: string): never {
  throw new Error(`Malformed compiled patterns: ${why}`);
}

function base64Field(data: Record<string, unknown>, key: string, bytes: number): ArrayBuffer {
  const value = data[key];
  if (typeof value !== 'string') fail(`"${key}" must be a base64 string`);
  try {
    return fromBase64(value, bytes);
  } catch (e) {
    return fail(`"${key}" is not valid base64 (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** The jump's source (built with the payload, quick.ts): a global RegExp. */
function quickField(data: Record<string, unknown>): RegExp {
  const source = data.quick;
  if (typeof source !== 'string') fail('"quick" must be a RegExp source');
  try {
    return new RegExp(source, 'g');
  } catch (e) {
    return fail(`"quick" is not a valid RegExp (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** States (or outputs) handled between two pauses of decodeSteps(). */
const SLICE = 4096;

/**
 * Decodes and validates a payload in slices: each next() does about SLICE states' work, so
 * a caller can yield to the page between slices (100,000 aliases are ~600,000 states: tens
 * of milliseconds in one go); runToEnd() (src/shared/run-steps.ts) decodes in one go. Throws "Malformed compiled
 * patterns: …" on a payload that is not one.
 */
export function* decodeSteps(data: unknown, companies: number): Generator<void, Automaton> {
  if (typeof data !== 'object' || data === null) fail('data must be an object');
  const d = data as Record<string, unknown>;
  if (d.format !== FORMAT) fail(`unknown format ${JSON.stringify(d.format)} (expected "${FORMAT}")`);
  const n = d.states;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) fail('"states" must be a positive integer');
  const trie: Trie = {
    n,
    chars: new Uint16Array(base64Field(d, 'chars', 2)),
    degrees: new Uint8Array(base64Field(d, 'degrees', 1)),
    big: d.bigDegrees,
    outputs: new Int32Array(base64Field(d, 'outputs', 4)),
  };
  const a = yield* trieSteps(trie, companies);
  const screen = decodeScreen(new Uint16Array(base64Field(d, 'screenBlocks', 2)), new Uint16Array(base64Field(d, 'screenValues', 2)), new Int32Array(base64Field(d, 'astral', 4)));
  const out: Automaton = { ...a, ...screen, quick: quickField(d), fail: linksArray(n, base64Field(d, 'fail', 2)), dict: linksArray(n) };
  yield;
  yield* checkLinksSteps(out);
  return out;
}

/** The trie as the payload carries it (decoded from base64, or straight from the compiler). */
interface Trie {
  n: number;
  chars: Uint16Array;
  degrees: Uint8Array;
  big: unknown;
  outputs: Int32Array;
}

export type TrieArrays = Pick<Automaton, 'edgeStart' | 'chars' | 'rootBlock' | 'rootNext' | 'info' | 'depth'>;

/** Checks the trie's shape and builds its lookup arrays; `companies` bounds the outputs' company indexes. */
function* trieSteps({ n, chars, degrees, big, outputs }: Trie, companies: number): Generator<void, TrieArrays> {
  if (!Array.isArray(big) || !big.every((x) => Number.isInteger(x) && x >= 255)) fail('"bigDegrees" must list integers >= 255');
  if (chars.length !== n - 1 || degrees.length !== n || outputs.length % 2) fail(`array lengths do not fit ${n} states`);

  const edgeStart = new Int32Array(n + 1);
  let bigAt = 0;
  let from = 0;
  // A slice per outer turn, so the inner loop (run cold, in V8's interpreter, in every frame)
  // does no more than each state needs.
  for (let first = 0; first < n; first += SLICE) {
    const last = Math.min(n, first + SLICE);
    for (let s = first; s < last; s++) {
      let deg = degrees[s]!;
      if (deg === 255) deg = (big[bigAt++] as number | undefined) ?? fail('"bigDegrees" is too short');
      const to = from + deg;
      // Breadth-first numbering: a state's children come after it, in code-unit order.
      if (deg > 0 && from < s) fail(`state ${s} has children before itself`);
      if (to > n - 1) fail('degrees add up to more edges than there are');
      edgeStart[s + 1] = to;
      for (let k = from + 1; k < to; k++) if (chars[k - 1]! >= chars[k]!) fail(`edges of state ${s} are not sorted`);
      from = to;
    }
    if (last < n) yield;
  }
  if (edgeStart[n] !== n - 1) fail('degrees do not add up to the number of edges');
  // Depths level by level (a native fill each, not a write per edge): breadth-first, the states
  // one level down begin with the first child of the level's first state.
  const depth = new Int32Array(n);
  for (let level = 1, start = 1; start < n; level++) {
    const end = Math.min(n, edgeStart[start]! + 1);
    if (end <= start) fail(`level ${level} is empty`);
    depth.fill(level, start, end);
    start = end;
  }

  const info = new Int32Array(n).fill(-1);
  for (let first = 0; first < outputs.length; first += 2 * SLICE) {
    const last = Math.min(outputs.length, first + 2 * SLICE);
    for (let k = first; k < last; k += 2) {
      const s = outputs[k]!;
      const v = outputs[k + 1]!;
      if (!(s > 0 && s < n) || v < 0 || (v >> 3) - 1 >= companies) fail(`output ${k / 2} is out of range`);
      info[s] = v;
    }
    if (last < outputs.length) yield;
  }
  return { edgeStart, chars, depth, info, ...rootTable(chars, edgeStart[1]!) };
}

/**
 * The shipped failure links may be wrong only in a way that stays safe: each must point to an
 * earlier state, so following them always ends at the root. Links wrong in any other way could
 * only cost or add matches, never hang or crash the page; that ours are right, the matcher
 * tests show against the alternation RegExp. In the same pass, in state order (a link's target
 * is always done first), each state's dictionary link: its failure state if a pattern ends
 * there, else that state's own dictionary link.
 */
function* checkLinksSteps({ fail: f, dict, info }: Automaton): Generator<void, void> {
  if (f[0] !== 0) fail('the root must link to itself');
  const n = f.length;
  for (let first = 1; first < n; first += SLICE) {
    const last = Math.min(n, first + SLICE);
    for (let t = first; t < last; t++) {
      const g = f[t]!;
      if (g >= t) fail(`state ${t} links to a later state`);
      dict[t] = info[g]! >= 0 ? g : dict[g]!;
    }
    if (last < n) yield;
  }
}

/**
 * The failure links of a trie, built breadth-first (compile time: buildAutomatonSteps ships them). A
 * failure link is found by walking the parent's failure chain until a state with an edge on
 * the same code unit, so each state costs a few binary searches.
 */
export function* buildLinksSteps(trie: Trie): Generator<void, { fail: Links; trie: TrieArrays }> {
  const a = yield* trieSteps(trie, Infinity);
  const fail = linksArray(trie.n);
  yield* link(a, fail);
  return { fail, trie: a };
}

/**
 * Checks the screen's lookup as shipped (expanded at compile time: expandScreen). Any value is
 * safe to step with — a wrong one could only change what the screen lets through — so only the
 * shape is checked: a block number per high byte, each naming a block that is there.
 */
function decodeScreen(blocks: Uint16Array, values: Uint16Array, astral: Int32Array): ScreenLookup {
  const count = values.length >> 8;
  if (blocks.length !== 256 || count === 0 || values.length !== count << 8) fail('the screen lookup is not whole blocks of 256');
  const screenBlock = new Int32Array(256);
  for (let b = 0; b < 256; b++) {
    const block = blocks[b]!;
    if (block >= count) fail(`screen block ${b} is out of range`);
    screenBlock[b] = block << 8;
  }
  for (let k = 0; k < astral.length; k += 3) {
    const value = astral[k + 2];
    if (astral.length % 3 || astral[k]! < 0x10000 || astral[k + 1]! > 0x10ffff || astral[k + 1]! < astral[k]! || (k > 0 && astral[k]! <= astral[k - 2]!) || (value !== ScreenValue.Exact && value !== ScreenValue.Ignore)) {
      fail(`astral screen range ${k / 3} is malformed`);
    }
  }
  return { screenBlock, screenValues: values, astral };
}

/** Block 0 of rootNext stays all zero: every unused block of 256 code units points at it. */
function rootTable(chars: Uint16Array, rootEdges: number): Pick<Automaton, 'rootBlock' | 'rootNext'> {
  const rootBlock = new Int32Array(256);
  let blocks = 1;
  for (let k = 0; k < rootEdges; k++) if (rootBlock[chars[k]! >> 8] === 0) rootBlock[chars[k]! >> 8] = 256 * blocks++;
  const rootNext = new Int32Array(256 * blocks);
  for (let k = 0; k < rootEdges; k++) rootNext[rootBlock[chars[k]! >> 8]! + (chars[k]! & 255)] = k + 1;
  return { rootBlock, rootNext };
}

/** The state reached from s on code unit c, or 0 when s has no such edge. */
export function child(a: Pick<Automaton, 'edgeStart' | 'chars' | 'rootBlock' | 'rootNext'>, s: number, c: number): number {
  if (s === 0) return a.rootNext[a.rootBlock[c >> 8]! + (c & 255)]!;
  let lo = a.edgeStart[s]!;
  let hi = a.edgeStart[s + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = a.chars[mid]!;
    if (m === c) return mid + 1;
    if (m < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/** The state after reading c in state s, following failure links on a miss (0: back at the root). */
export function advance(a: Automaton, s: number, c: number): number {
  let next = child(a, s, c);
  while (next === 0 && s !== 0) {
    s = a.fail[s]!;
    next = child(a, s, c);
  }
  return next;
}

/** Fills `fail` breadth-first (the dictionary links are the receiver's: checkLinksSteps derives them). */
function* link(a: TrieArrays, fail: Links): Generator<void, void> {
  const { edgeStart, chars } = a;
  const n = fail.length;
  for (let s = 0; s < n; s++) {
    for (let k = edgeStart[s]!; k < edgeStart[s + 1]!; k++) {
      const t = k + 1;
      const c = chars[k]!;
      let f = 0;
      if (s !== 0) {
        for (let g = fail[s]!; ; g = fail[g]!) {
          f = child(a, g, c);
          if (f !== 0 || g === 0) break;
        }
      }
      fail[t] = f;
    }
    if (s % SLICE === SLICE - 1) yield;
  }
}

/** Non-ASCII units through two levels: screenBlock[c >> 8] + (c & 255) into screenValues (0: the unit itself). */
export interface ScreenLookup {
  screenBlock: Int32Array;
  screenValues: Uint16Array;
  /** [first, last, value] supplementary code-point ranges. */
  astral: Int32Array;
}

/**
 * Compile time: the screen table's BMP triples expanded into what the screen reads (payload
 * screenBlocks / screenValues): a block number per high byte (0: none, all zero) and the
 * blocks' values, each unit of a mapped range mapped to value + (unit - first).
 */
export function expandScreen(bmp: Uint16Array): { blocks: Uint16Array; values: Uint16Array } {
  const blocks = new Uint16Array(256);
  let count = 1;
  for (let k = 0; k < bmp.length; k += 3) {
    for (let b = bmp[k]! >> 8; b <= bmp[k + 1]! >> 8; b++) if (blocks[b] === 0) blocks[b] = count++;
  }
  const values = new Uint16Array(256 * count);
  for (let k = 0; k < bmp.length; k += 3) {
    const first = bmp[k]!;
    const value = bmp[k + 2]!;
    for (let c = first; c <= bmp[k + 1]!; c++) values[(blocks[c >> 8]! << 8) + (c & 255)] = value < ScreenValue.Break ? value + (c - first) : value;
  }
  return { blocks, values };
}
