/**
 * happy-dom has no CSS Custom Highlight API, which is exactly the fallback's situation: the
 * wrapping marker must mark mentions and, on switch-off, give back the page as it was.
 */
import { describe, expect, it } from 'vitest';
import { createMarker, hasHighlightApi } from '../../src/content/highlighter';
import { createMentionIndex } from '../../src/content/mentions';
import { createScanner } from '../../src/content/scanner';

const IDS = ['alibaba', 'xiaomi'];
const matcher = {
  find(text: string) {
    const hits: Array<{ start: number; end: number; company: number }> = [];
    for (const [company, word] of ['Alibaba', 'Xiaomi'].entries()) {
      for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) hits.push({ start: i, end: i + word.length, company });
    }
    return hits.sort((a, b) => a.start - b.start);
  },
};

function scan(html: string) {
  document.body.innerHTML = html;
  const controller = new AbortController();
  const store = createMentionIndex();
  const marker = createMarker(document, controller.signal);
  const done = new Promise<void>((resolve) => {
    const scanner = createScanner({
      matcher,
      companyIds: IDS,
      store,
      marker,
      stats: { scanMs: 0, textNodes: 0, chars: 0 },
      signal: controller.signal,
      onShadowRoot: () => undefined,
      onIdle: resolve,
    });
    scanner.enqueue({ root: document.body, shallow: false });
  });
  return { controller, store, done };
}

describe('the wrapping fallback (no Highlight API)', () => {
  it('is what happy-dom gets', () => {
    expect(hasHighlightApi()).toBe(false);
  });

  it('wraps each mention, split ones included, and lists them in document order', async () => {
    const { store, done, controller } = scan('<p>Xiaomi and <b>Ali</b>baba, then Alibaba.</p>');
    await done;
    expect(store.list().map((m) => [m.companyId, m.text])).toEqual([
      ['xiaomi', 'Xiaomi'],
      ['alibaba', 'Alibaba'],
      ['alibaba', 'Alibaba'],
    ]);
    expect(document.querySelectorAll('company-context-mark').length).toBe(4);
    expect(document.body.textContent).toBe('Xiaomi and Alibaba, then Alibaba.');
    controller.abort();
  });

  it('restores the exact DOM on switch-off', async () => {
    const html = '<p>Xiaomi and <b>Ali</b>baba, then Alibaba.</p><ul><li>Alibaba</li></ul>';
    const { done, controller } = scan(html);
    await done;
    controller.abort();
    expect(document.body.innerHTML).toBe(html);
    expect([...document.body.querySelector('p')!.childNodes].map((n) => n.textContent)).toEqual(['Xiaomi and ', 'Ali', 'baba, then Alibaba.']);
  });
});
