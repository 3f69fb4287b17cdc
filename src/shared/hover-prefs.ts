/**
 * How marks look and when a card opens: the reader's choices from the settings page. They
 * live in storage.local (not the database) because every content script needs them at
 * start-up and live afterwards: storage.onChanged tells every frame at once, without a
 * message per tab. Read through `parseHoverPrefs`, so a missing or damaged value falls back
 * to the defaults field by field instead of breaking the page.
 */
export const HOVER_PREFS_KEY = 'hoverPrefs';

export const MODIFIERS = ['none', 'Alt', 'Control', 'Shift', 'Meta'] as const;
export const HIGHLIGHT_STYLES = ['underline', 'background', 'hover'] as const;
export type Modifier = (typeof MODIFIERS)[number];
/** `hover`: nothing is drawn until the pointer rests on a mention. */
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

export const DELAY_MIN_MS = 0;
export const DELAY_MAX_MS = 2000;

export interface HoverPrefs {
  /** Whole milliseconds from DELAY_MIN_MS to DELAY_MAX_MS. */
  delayMs: number;
  modifier: Modifier;
  style: HighlightStyle;
}

export const DEFAULT_HOVER_PREFS: HoverPrefs = { delayMs: 200, modifier: 'none', style: 'underline' };

/**
 * Each field's rule. By hand rather than a valibot schema: every content script reads these at
 * start-up, and valibot's code and schema objects are otherwise not in content.js at all.
 */
const FIELD_VALID: { [K in keyof HoverPrefs]: (x: unknown) => boolean } = {
  delayMs: (x) => typeof x === 'number' && Number.isInteger(x) && x >= DELAY_MIN_MS && x <= DELAY_MAX_MS,
  modifier: (x) => (MODIFIERS as readonly unknown[]).includes(x),
  style: (x) => (HIGHLIGHT_STYLES as readonly unknown[]).includes(x),
};

export function parseHoverPrefs(stored: unknown): HoverPrefs {
  const out = { ...DEFAULT_HOVER_PREFS };
  if (typeof stored !== 'object' || stored === null) return out;
  for (const key of Object.keys(out) as Array<keyof HoverPrefs>) {
    const value = (stored as Record<string, unknown>)[key];
    if (FIELD_VALID[key](value)) (out as Record<keyof HoverPrefs, unknown>)[key] = value;
  }
  return out;
}
