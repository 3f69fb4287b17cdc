/**
 * The one stylesheet of the extension in a page. A dotted underline in a warm orange with a
 * faint tint reads on white and on near-black backgrounds alike; the active (hovered or
 * focused) mention gets a stronger tint so it stands out while its card is open.
 */
import { MARK_TAG } from './skip-rules';

export const MENTION_HIGHLIGHT = 'company-context-mention';
export const ACTIVE_HIGHLIGHT = 'company-context-active';

export const HIGHLIGHT_CSS =
  `::highlight(${MENTION_HIGHLIGHT}){text-decoration:underline dotted #f76707 2px;background-color:#f7670719}` +
  `::highlight(${ACTIVE_HIGHLIGHT}){text-decoration:underline solid #f76707 2px;background-color:#f7670748}` +
  `${MARK_TAG}{all:unset;display:inline;text-decoration:underline dotted #f76707 2px;background-color:#f7670719}`;

/**
 * Adds the stylesheet without touching the page's DOM tree (a constructable sheet), or with
 * one <style> where a browser refuses that from a content script; removed on abort.
 */
export function injectStyle(doc: Document, signal: AbortSignal): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    // push() on the ObservableArray keeps the page's own adopted sheets in place.
    doc.adoptedStyleSheets.push(sheet);
    signal.addEventListener(
      'abort',
      () => {
        const i = doc.adoptedStyleSheets.indexOf(sheet);
        if (i >= 0) doc.adoptedStyleSheets.splice(i, 1);
      },
      { once: true },
    );
  } catch {
    const style = doc.createElement('style');
    style.textContent = HIGHLIGHT_CSS;
    style.setAttribute('data-company-context-style', '');
    (doc.head ?? doc.documentElement).append(style);
    signal.addEventListener('abort', () => style.remove(), { once: true });
  }
}
