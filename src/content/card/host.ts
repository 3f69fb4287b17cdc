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
 */
export const HOST_ATTRIBUTE = 'data-company-context-host';

export interface CardHost {
  host: HTMLElement;
  /** Where Preact renders. */
  mount: HTMLElement;
  live: HTMLElement;
  summary: HTMLElement;
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
  document.documentElement.append(host);
  return { host, mount, live, summary };
}
