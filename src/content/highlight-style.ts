/**
 * The one stylesheet of the extension in a page. Every mention is in MENTION_HIGHLIGHT, drawn
 * for light backgrounds (the common case, and all there is until the card chunk loads): a
 * solid dark-orange underline, 5.2:1 on white and ≥ 3:1 on any background of relative
 * luminance ≥ 0.56. The card chunk then sorts mentions on darker backgrounds into two tone
 * highlights of higher priority (hover/tone.ts): a light-orange underline for dark
 * backgrounds (≥ 3:1 up to luminance 0.125) and a black one for the mid tones between
 * (≥ 3:1 from luminance 0.1). The active (hovered or open) mention is thicker and tinted
 * more strongly. In forced-colors mode only system colours are used: mentions a dotted
 * CanvasText underline, the active one Mark/MarkText with a solid underline, so neither
 * looks like selected text (Highlight/HighlightText) and the active one stands apart.
 */
import type { HighlightStyle } from '../shared/hover-prefs';
import { adoptRules, EARLY, type EarlySheet, type WithEarly } from './early-sheet-record';
import { MARK_TAG } from './mark-tag';

export const MENTION_HIGHLIGHT = 'company-context-mention';
export const ACTIVE_HIGHLIGHT = 'company-context-active';
/** Mentions on dark and on mid-tone backgrounds (see hover/tone.ts). */
export const TONE_HIGHLIGHTS = { dark: 'company-context-on-dark', mid: 'company-context-on-mid' } as const;

/** Underline colours by background tone; tests check each against its backgrounds. */
export const UNDERLINE = { light: '#c2410c', dark: '#ffa066', mid: '#000000' } as const;

const mark = (colour: string, tint: string) => `text-decoration:underline solid ${colour} 2px;background-color:${tint}`;
const LIGHT = mark(UNDERLINE.light, '#f7670714');
const FORCED_ACTIVE = `::highlight(${ACTIVE_HIGHLIGHT}){background-color:Mark;color:MarkText;text-decoration:underline solid MarkText 3px}`;
const FORCED =
  `::highlight(${MENTION_HIGHLIGHT}),::highlight(${TONE_HIGHLIGHTS.dark}),::highlight(${TONE_HIGHLIGHTS.mid})` +
  '{background-color:transparent;text-decoration:underline dotted CanvasText 2px}' +
  FORCED_ACTIVE +
  `${MARK_TAG}{background-color:transparent;text-decoration:underline dotted CanvasText 2px}`;

/** The mention rule for each style the reader can choose on the settings page (`hover`: only the active mention is drawn). */
const MARKS: Record<HighlightStyle, { light: string; dark: string; mid: string }> = {
  underline: { light: LIGHT, dark: mark(UNDERLINE.dark, '#ffa0661f'), mid: mark(UNDERLINE.mid, 'transparent') },
  background: { light: 'background-color:#f7670740', dark: 'background-color:#ffa06659', mid: 'background-color:#f7670759' },
  hover: { light: '', dark: '', mid: '' },
};

/**
 * The sheet's rules. `rootOnly`: the ::highlight() rules on `:root` alone, every other element
 * inheriting them (the highlight cascade of css-pseudo-4). A universal ::highlight() rule
 * restyles every element of the page when it is adopted — any such rule, ours or the least
 * one a highlighter could use — while `:root` rules cost ~40 % less (`npx tsx
 * tests/bench/run.ts sheet`: 1.3–1.4 s against 2.0–2.3 s of CPU on 200,000 elements).
 * Chromium has inherited custom highlights since before the Highlight API shipped; Firefox
 * ESR does not yet, so it keeps the universal rules (see highlightsInherit).
 */
export const highlightCss = (style: HighlightStyle, rootOnly = false): string => {
  const css =
    `::highlight(${MENTION_HIGHLIGHT}){${MARKS[style].light}}` +
    `::highlight(${TONE_HIGHLIGHTS.dark}){${MARKS[style].dark}}` +
    `::highlight(${TONE_HIGHLIGHTS.mid}){${MARKS[style].mid}}` +
    `::highlight(${ACTIVE_HIGHLIGHT}){text-decoration:underline solid currentColor 3px;background-color:#f7670740}` +
    `${MARK_TAG}{all:unset;display:inline;${MARKS[style].light}}` +
    // With "none until hovered" the reader asked for no marks at rest, in forced colours too.
    `@media (forced-colors:active){${style === 'hover' ? FORCED_ACTIVE : FORCED}}`;
  return rootOnly ? css.replace(/(^|[{},])::highlight\(/g, '$1:root::highlight(') : css;
};

/**
 * Whether this browser styles a custom highlight by inheritance from the root (Chromium: yes;
 * Firefox ESR 153: no, marks painted by `:root` rules alone would not show there). Told by the
 * engine rather than a feature test, which would need a forced style pass of its own.
 */
export const highlightsInherit = (nav: Pick<Navigator, 'userAgent'> = navigator): boolean => !/\bFirefox\//.test(nav.userAgent);

let current: HighlightStyle = 'underline';
const sheets = new Set<CSSStyleSheet>();
let rootOnly: boolean | undefined;
const css = (style: HighlightStyle) => highlightCss(style, (rootOnly ??= highlightsInherit()));

/** Restyles every mark in this frame at once (the settings page changed the style). */
export function setHighlightStyle(style: HighlightStyle): void {
  if (style === current) return;
  current = style;
  for (const sheet of sheets) sheet.replaceSync(css(style));
}

const unadopt = (doc: Document, sheet: CSSStyleSheet) => {
  const i = doc.adoptedStyleSheets.indexOf(sheet);
  if (i >= 0) doc.adoptedStyleSheets.splice(i, 1);
};

/** The early sheet while `doc` still has it and no session has taken it over. */
function earlySheetOf(doc: Document): EarlySheet | undefined {
  const early = (globalThis as WithEarly)[EARLY];
  return early && doc.adoptedStyleSheets.includes(early.sheet) ? early : undefined;
}

/** The early sheet, now the caller's to keep or remove (the global forgets it). */
function takeEarlySheet(doc: Document): EarlySheet | undefined {
  const early = earlySheetOf(doc);
  delete (globalThis as WithEarly)[EARLY];
  return early;
}

/** Whether `doc` has the early sheet, not yet taken over, in the style marks will have (taking it over then changes no rule). */
export function hasEarlySheet(doc: Document): boolean {
  return earlySheetOf(doc)?.style === current;
}

/** Marking is off in this frame (the site is switched off): an early sheet is not left behind. */
export function dropEarlySheet(doc: Document): void {
  const early = takeEarlySheet(doc);
  if (early) unadopt(doc, early.sheet);
}

/**
 * Adds the stylesheet without touching the page's DOM tree: a constructable sheet, pushed
 * onto the ObservableArray so the page's own adopted sheets stay in place (Chrome and Firefox
 * content scripts both allow it), or the early one already there; removed on abort.
 */
export function injectStyle(doc: Document, signal: AbortSignal): CSSStyleSheet {
  const early = takeEarlySheet(doc);
  // The reader changed the style since this page began loading: restyled once, as any change is.
  if (early && early.style !== current) early.sheet.replaceSync(css(current));
  const sheet = early?.sheet ?? adoptRules(doc, css(current));
  sheets.add(sheet);
  signal.addEventListener(
    'abort',
    () => {
      sheets.delete(sheet);
      unadopt(doc, sheet);
    },
    { once: true },
  );
  return sheet;
}
