/**
 * content-sheet-<style>.js: our stylesheet, adopted at document_start in the top frame of sites
 * that are on, before the page is built. The background registers the file for the reader's
 * highlight style and leaves out switched-off sites (background/early-sheet.ts); the content
 * script takes the sheet over with the first mention, or removes it if marking is off.
 * Inert until then: it styles only our highlights, and none is registered.
 */
import type { HighlightStyle } from '../shared/hover-prefs';
import { adoptEarlySheet } from './early-sheet-record';

/** Set per file by build.mjs. */
declare const EARLY_STYLE: HighlightStyle;
/**
 * The sheet's rules for this style and browser, written in by build.mjs (highlightCss): nothing
 * is built, nor asked of the browser (which engine it is), at document_start. Building them here
 * and reading navigator.userAgent made this script's run twice as long (12 largest corpus pages
 * × 3 loads, its own clock, medians: 1.8–2.2 → 0.7–0.9 ms on a slow day).
 */
declare const EARLY_CSS: string;

adoptEarlySheet(document, EARLY_STYLE, EARLY_CSS);
