/** Which regions a batch of page mutations makes the scanner rescan (happy-dom MutationObserver). */
import { afterEach, describe, expect, it } from 'vitest';
import { observePage } from '../../src/content/observer';
import type { ScanJob } from '../../src/content/scanner';

let controller: AbortController;
afterEach(() => controller?.abort());

/** Starts watching, applies `mutate`, and resolves with the first batch's jobs as readable labels. */
function batchAfter(html: string, mutate: () => void): Promise<string[]> {
  document.body.innerHTML = html;
  controller = new AbortController();
  const label = (j: ScanJob) => `${j.shallow ? 'shallow' : 'deep'} ${j.root.nodeType === Node.TEXT_NODE ? `"${j.root.textContent}"` : (j.root as Element).id || (j.root as Element).localName}`;
  return new Promise((resolve) => {
    observePage(document, controller.signal, (jobs) => resolve(jobs.map(label)), () => undefined);
    mutate();
  });
}

describe('rescans after page mutations', () => {
  it('scans an added block whole', async () => {
    const jobs = await batchAfter('<main id="feed"></main>', () => {
      const item = document.createElement('article');
      item.id = 'item';
      item.innerHTML = '<h2>Xiaomi</h2><p>More</p>';
      document.getElementById('feed')!.append(item);
    });
    expect(jobs).toEqual(['deep item']);
  });

  it('rescans only the own text of the block whose text was edited', async () => {
    const jobs = await batchAfter('<div id="outer"><p id="para">Old <b id="b">text</b></p></div>', () => {
      document.getElementById('b')!.firstChild!.textContent = 'Meituan';
    });
    expect(jobs).toEqual(['shallow para']);
  });

  it('rescans just the added text when it lands directly in body', async () => {
    const jobs = await batchAfter('<p>page</p>', () => document.body.append('Alibaba at the end'));
    expect(jobs).toEqual(['deep "Alibaba at the end"']);
  });

  it('ignores typing in an editor and changes inside our card host', async () => {
    const jobs = await batchAfter('<div id="ed" contenteditable="true">x</div><div data-company-context-host id="card"></div><p id="p">y</p>', () => {
      document.getElementById('ed')!.append(' Alibaba');
      document.getElementById('card')!.append('Xiaomi');
      document.getElementById('p')!.append(' Amap');
    });
    expect(jobs).toEqual(['shallow p']);
  });
});
