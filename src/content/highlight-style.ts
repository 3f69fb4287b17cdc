/**
 * The one stylesheet of the extension in a page. A dotted underline in a warm orange with a
 * faint tint reads on white and on near-black backgrounds alike; the active (hovered or
 * focused) mention gets a stronger tint so it stands out while its card is open.
 */
import { MARK_TAG } from './skip-rules';

export const MENTION_HIGHLIGHT = 'company-context-mention';
export const ACTIVE_HIGHLIGHT = 'company-context-active';

const MARK = 'text-decoration:underline dotted #f76707 2px;background-color:#f7670719';
export const HIGHLIGHT_CSS =
  `::highlight(${MENTION_HIGHLIGHT}){${MARK}}` +
  `::highlight(${ACTIVE_HIGHLIGHT}){text-decoration:underline solid #f76707 2px;background-color:#f7670748}` +
  `${MARK_TAG}{all:unset;display:inline;${MARK}}`;

/**
 * Adds the stylesheet without touching the page's DOM tree: a constructable sheet, pushed
 * onto the ObservableArray so the page's own adopted sheets stay in place (Chrome and Firefox
 * content scripts both allow it); removed on abort.
 */
export function injectStyle(doc: Document, signal: AbortSignal): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(HIGHLIGHT_CSS);
  doc.adoptedStyleSheets.push(sheet);
  signal.addEventListener(
    'abort',
    () => {
      const i = doc.adoptedStyleSheets.indexOf(sheet);
      if (i >= 0) doc.adoptedStyleSheets.splice(i, 1);
    },
    { once: true },
  );
  return sheet;
}
