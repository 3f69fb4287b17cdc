/**
 * The one element the card adds to a page: appended to <html>, fixed, zero-sized, with a
 * shadow root that carries its own styles. `all: initial !important` on :host wins over page
 * rules like `* { all: unset !important }` because, for !important declarations, the shadow
 * tree's own rules beat the outer page's. The root is open so tests (and assistive tools) can
 * look inside; nothing in it is secret.
 *
 * Besides the card it holds two visually hidden parts for screen readers, present from the
 * start because a live region must exist before its text changes to be announced:
 * - `live`: a polite status that says a card opened by hover (which takes no focus);
 * - `summary`: a named region listing the companies marked on the page and the key that
 *   visits them, since Highlight API marks add nothing to the accessibility tree.
 *
 * Built detached: `attach()` puts it in the page together with the summary's first text (or
 * the first card), so the page lays out once for both. On a large page each change of ours
 * in its DOM is a frame of its own (200,000 elements: inserting the host is Layout 19 +
 * PrePaint 25 + Paint 14 ms, setting the summary's text Layout 19 + Paint 14 ms; the same
 * operations as the page's own script, renderer trace), and two such frames in a row made
 * the page's timer wait ≥ 50 ms where one did not.
 */
export const HOST_ATTRIBUTE = 'data-company-context-host';

export interface CardHost {
  host: HTMLElement;
  /** Where Preact renders. */
  mount: HTMLElement;
  live: HTMLElement;
  summary: HTMLElement;
  /** Puts the host in the page (once): call it in the same task as the first change inside it. */
  attach(): void;
  /**
   * Takes the host out of the page for good. A later attach() adds nothing: the summary's
   * text waits for the shortcut's answer from the background, and a session that ended
   * meanwhile (switched off, or document.open() gave the page a new document) must not leave
   * a stale host in the page, where it would sit before the next session's.
   */
  remove(): void;
}

export function createHost(css: string, summaryLabel: string): CardHost {
  const host = document.createElement('company-context-card');
  host.setAttribute(HOST_ATTRIBUTE, '');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const mount = document.createElement('div');
  const live = document.createElement('div');
  live.className = 'cc-visually-hidden cc-live';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  const summary = document.createElement('section');
  summary.className = 'cc-visually-hidden cc-page-summary';
  summary.setAttribute('aria-label', summaryLabel);
  shadow.append(style, summary, live, mount);
  /** Until the host is first put in the page, or removed for good. */
  let attachable = true;
  const attach = () => {
    if (!attachable) return;
    attachable = false;
    document.documentElement.append(host);
  };
  const remove = () => {
    attachable = false;
    host.remove();
  };
  return { host, mount, live, summary, attach, remove };
}
