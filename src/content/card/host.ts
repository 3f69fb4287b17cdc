/**
 * The one element the card adds to a page: appended to <html>, fixed, zero-sized, with a
 * shadow root that carries its own styles. `all: initial !important` on :host wins over page
 * rules like `* { all: unset !important }` because, for !important declarations, the shadow
 * tree's own rules beat the outer page's. The root is open so tests (and assistive tools) can
 * look inside; nothing in it is secret.
 */
export const HOST_ATTRIBUTE = 'data-company-context-host';

export interface CardHost {
  host: HTMLElement;
  /** Where Preact renders. */
  mount: HTMLElement;
}

export function createHost(css: string): CardHost {
  const host = document.createElement('company-context-card');
  host.setAttribute(HOST_ATTRIBUTE, '');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const mount = document.createElement('div');
  shadow.append(style, mount);
  document.documentElement.append(host);
  return { host, mount };
}
