/**
 * A text node too long for one task (a 5 MB log, a book in one <pre>) is matched window by
 * window, so that each chunk stays a few milliseconds long however big the node.
 *
 * Each window is matched with context on both sides, and only the hits that *start* inside
 * it are kept: the left context gives the boundary rules the character before a name and
 * lets a name that began in the previous window shadow the overlaps inside it (leftmost-
 * longest), the right context lets a name that starts near the end finish. A name is a few
 * dozen characters, so with CONTEXT far above that, windows report exactly what one match
 * over the whole text would (tests/unit/detection-long-text.test.ts checks it).
 */
export const LONG_TEXT = 32_768;
const WINDOW = 32_768;
const CONTEXT = 512;

export interface TextWindow {
  /** The slice of the node's text to match, [sliceStart, sliceEnd). */
  sliceStart: number;
  sliceEnd: number;
  /** Keep hits starting in [from, to) (offsets in the node's text). */
  from: number;
  to: number;
}

/** The window that begins at `from` in a text of `length` code units. */
export function windowAt(length: number, from: number, size = WINDOW, context = CONTEXT): TextWindow {
  const to = Math.min(length, from + size);
  return { from, to, sliceStart: Math.max(0, from - context), sliceEnd: Math.min(length, to + context) };
}
