import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';

/** A fresh element in the document for each test to render Preact into, unmounted after it. */
export function useRenderRoot(): () => HTMLElement {
  let root: HTMLElement | undefined;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    if (!root) return;
    render(null, root);
    root.remove();
  });
  return () => root!;
}
