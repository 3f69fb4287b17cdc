/**
 * `#add=<text>`: the context menu's "Add “…” as a company…" opens the page with the
 * selection here. Decoded leniently (a stray % must not break the page) and bounded, since
 * a selection can be a whole article.
 */
export const ADD_MAX = 200;

export function readAddHash(hash: string): string | null {
  const m = /^#add=(.*)$/s.exec(hash);
  if (!m) return null;
  let text: string;
  try {
    text = decodeURIComponent(m[1]!);
  } catch {
    text = m[1]!;
  }
  text = text.replace(/\s+/g, ' ').trim().slice(0, ADD_MAX).trim();
  return text || null;
}
