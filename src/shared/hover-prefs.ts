/**
 * How marks look and when a card opens: the reader's choices from the settings page. They
 * live in storage.local (not the database) because every content script needs them at
 * start-up and live afterwards: storage.onChanged tells every frame at once, without a
 * message per tab. Read through `parseHoverPrefs`, so a missing or damaged value falls back
 * to the defaults field by field instead of breaking the page.
 */
import * as v from 'valibot';

export const HOVER_PREFS_KEY = 'hoverPrefs';

export const MODIFIERS = ['none', 'Alt', 'Control', 'Shift', 'Meta'] as const;
export const HIGHLIGHT_STYLES = ['underline', 'background', 'hover'] as const;
export type Modifier = (typeof MODIFIERS)[number];
/** `hover`: nothing is drawn until the pointer rests on a mention. */
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

export const DELAY_MIN_MS = 0;
export const DELAY_MAX_MS = 2000;

export const HoverPrefs = v.strictObject({
  delayMs: v.pipe(v.number(), v.integer(), v.minValue(DELAY_MIN_MS), v.maxValue(DELAY_MAX_MS)),
  modifier: v.picklist(MODIFIERS),
  style: v.picklist(HIGHLIGHT_STYLES),
});
export type HoverPrefs = v.InferOutput<typeof HoverPrefs>;

export const DEFAULT_HOVER_PREFS: HoverPrefs = { delayMs: 200, modifier: 'none', style: 'underline' };

export function parseHoverPrefs(stored: unknown): HoverPrefs {
  const out = { ...DEFAULT_HOVER_PREFS };
  if (typeof stored !== 'object' || stored === null) return out;
  for (const key of Object.keys(out) as Array<keyof HoverPrefs>) {
    const field = HoverPrefs.entries[key];
    const r = v.safeParse(field, (stored as Record<string, unknown>)[key]);
    if (r.success) (out as Record<keyof HoverPrefs, unknown>)[key] = r.output;
  }
  return out;
}
