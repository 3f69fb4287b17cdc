/**
 * The sheet adopted before the page was built (content-sheet-*.js, early-sheet.ts), kept on the
 * global our content scripts share in a frame: adopting it later costs the page a restyle of
 * every element (1.1 s of CPU at 200,000 elements, `npx tsx tests/bench/run.ts sheet`), there from
 * the start it costs the page's load ~3 % more style work and marking nothing. The content
 * script takes it over with the first mention, or removes it (highlight-style.ts).
 *
 * A module of its own, so the document_start script bundles nothing else: its rules are written
 * into it by build.mjs (highlightCss), and nothing is built at document_start.
 */
import type { HighlightStyle } from '../shared/hover-prefs';

export const EARLY = Symbol.for('company-context.early-sheet');

export interface EarlySheet {
  sheet: CSSStyleSheet;
  style: HighlightStyle;
  /** The early script's own run (its clock): start-up of ours, counted once by the content script (earlySheetMs). */
  ms?: number;
}

export type WithEarly = { [EARLY]?: EarlySheet };

/**
 * Adds `rules` as a constructable sheet without touching the page's DOM tree, pushed onto the
 * ObservableArray so the page's own adopted sheets stay in place (Chrome and Firefox content
 * scripts both allow it). The early script's and the content script's sheets alike.
 */
export function adoptRules(doc: Document, rules: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules);
  doc.adoptedStyleSheets.push(sheet);
  return sheet;
}

/**
 * content-sheet-*.js: adopts `rules` (highlightCss(style) for this browser) at document_start —
 * the background registers it only for sites that are on — and keeps what that cost on its
 * own clock (see earlySheetMs).
 */
export function adoptEarlySheet(doc: Document, style: HighlightStyle, rules: string): void {
  const since = performance.now();
  const early: EarlySheet = { sheet: adoptRules(doc, rules), style };
  (globalThis as WithEarly)[EARLY] = early;
  early.ms = performance.now() - since;
}

/**
 * What adopting the early sheet cost at document_start, once (0 after the first call, and
 * where no early sheet ran): our script ran on the page's main thread, so the content script
 * counts it in its start-up.
 */
export function earlySheetMs(): number {
  const early = (globalThis as WithEarly)[EARLY];
  const ms = early?.ms ?? 0;
  if (early) early.ms = 0;
  return ms;
}
