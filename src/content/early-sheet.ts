/**
 * content-sheet-<style>.js: our stylesheet, adopted at document_start in the top frame of sites
 * that are on, before the page is built. The background registers the file for the reader's
 * highlight style and leaves out switched-off sites (background/early-sheet.ts); the content
 * script takes the sheet over with the first mention, or removes it if marking is off.
 * Inert until then: it styles only our highlights, and none is registered.
 */
import type { HighlightStyle } from '../shared/hover-prefs';
import { adoptEarlySheet } from './highlight-style';

/** Set per file by build.mjs. */
declare const EARLY_STYLE: HighlightStyle;

adoptEarlySheet(document, EARLY_STYLE);
