/**
 * Page-side probes for the detection tests: what the extension has highlighted, read from
 * the document's highlight registry (shared by the main world and the content script).
 */
import type { Frame, Page } from 'playwright-core';

export const MENTION = 'company-context-mention';

export interface Marked {
  text: string;
  /** The id of the nearest element with one around the mention (through shadow roots). */
  in: string;
}

/** Every highlighted range, in no particular order. */
export function marked(target: Page | Frame): Promise<Marked[]> {
  return target.evaluate((name) => {
    const h = CSS.highlights.get(name);
    if (!h) return [];
    return [...h].map((r) => {
      let n: Node | null = r.startContainer;
      let id = '';
      while (n && !id) {
        if (n instanceof Element && n.id) id = n.id;
        n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null);
      }
      return { text: (r as Range).toString(), in: id };
    });
  }, MENTION);
}

export async function markedTexts(target: Page | Frame): Promise<string[]> {
  return (await marked(target)).map((m) => m.text).sort();
}

/** True once the registry holds no mention highlight at all (switched off). */
export function highlightGone(target: Page | Frame): Promise<boolean> {
  return target.evaluate((name) => !CSS.highlights.has(name) && !CSS.highlights.has('company-context-active'), MENTION);
}
