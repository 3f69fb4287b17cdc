/**
 * The one stylesheet of the extension in a page. A dotted underline in a warm orange with a
 * faint tint reads on white and on near-black backgrounds alike; the active (hovered or
 * focused) mention gets a stronger tint so it stands out while its card is open.
 */
import type { HighlightStyle } from '../shared/hover-prefs';
import { MARK_TAG } from './skip-rules';

export const MENTION_HIGHLIGHT = 'company-context-mention';
export const ACTIVE_HIGHLIGHT = 'company-context-active';

/** The reader's choice on the settings page; `hover` draws only the active mention. */
const MARKS: Record<HighlightStyle, string> = {
  underline: 'text-decoration:underline dotted #f76707 2px;background-color:#f7670719',
  background: 'background-color:#f7670740',
  hover: '',
};
export const highlightCss = (style: HighlightStyle) =>
  `::highlight(${MENTION_HIGHLIGHT}){${MARKS[style]}}` +
  `::highlight(${ACTIVE_HIGHLIGHT}){text-decoration:underline solid #f76707 2px;background-color:#f7670748}` +
  `${MARK_TAG}{all:unset;display:inline;${MARKS[style]}}`;

let current: HighlightStyle = 'underline';
const sheets = new Set<CSSStyleSheet>();

/** Restyles every mark in this frame at once (the settings page changed the style). */
export function setHighlightStyle(style: HighlightStyle): void {
  if (style === current) return;
  current = style;
  for (const sheet of sheets) sheet.replaceSync(highlightCss(style));
}

/**
 * Adds the stylesheet without touching the page's DOM tree: a constructable sheet, pushed
 * onto the ObservableArray so the page's own adopted sheets stay in place (Chrome and Firefox
 * content scripts both allow it); removed on abort.
 */
export function injectStyle(doc: Document, signal: AbortSignal): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(highlightCss(current));
  doc.adoptedStyleSheets.push(sheet);
  sheets.add(sheet);
  signal.addEventListener(
    'abort',
    () => {
      sheets.delete(sheet);
      const i = doc.adoptedStyleSheets.indexOf(sheet);
      if (i >= 0) doc.adoptedStyleSheets.splice(i, 1);
    },
    { once: true },
  );
}
