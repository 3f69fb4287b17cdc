/** The element the fallback marker wraps mentions in (no Highlight API): its own module, so the document_start sheet script (early-sheet.ts) bundles no more than this name. */
export const MARK_TAG = 'company-context-mark';
