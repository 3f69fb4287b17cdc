/**
 * The walker asks the page once per root for <br>s and for elements carrying skip
 * attributes instead of looking at every node: these cases would break if those
 * per-root answers were wrong (nested inline <br>, shadow roots, rescans of one block).
 */
import { describe, expect, it } from 'vitest';
import { createRunWalker } from '../../src/content/text-blocks';

function runsOf(html: string, opts: { root?: string; shadow?: string; shallow?: boolean } = {}): { runs: string[]; counts: { textNodes: number; chars: number } } {
  document.body.innerHTML = html;
  if (opts.shadow) document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = opts.shadow;
  const runs: string[] = [];
  const counts = { textNodes: 0, chars: 0 };
  const root = opts.root ? document.getElementById(opts.root)! : document.body;
  const walker = createRunWalker(root, { onRun: (r) => runs.push(r.text), onShadowRoot: () => undefined, counts }, !!opts.shallow);
  while (!walker.step(() => true));
  return { runs, counts };
}

describe('walker shortcuts', () => {
  it('cuts a run at a <br> inside an inline element, and only there', () => {
    expect(runsOf('<p>Ali<b>ba<br>ba</b> and <i>Xiao</i>mi</p>').runs).toEqual(['Aliba', 'ba and Xiaomi']);
  });

  it('cuts runs at <br>s and skips hidden or editable elements inside a shadow root', () => {
    const shadow = '<p>Meituan<br>Amap</p><div hidden>Alibaba</div><div contenteditable="">Banma</div><span>Xiaomi</span>';
    expect(runsOf('<p>light</p><div id="host"></div>', { shadow }).runs).toEqual(['light', 'Meituan', 'Amap', 'Xiaomi']);
  });

  it('still skips a region whose skip attribute sits on an ancestor of the rescanned root', () => {
    expect(runsOf('<div hidden><p id="r">Alibaba</p></div><p>Xiaomi</p>', { root: 'r' }).runs).toEqual([]);
    expect(runsOf('<div contenteditable><p id="r">Alibaba <b>x</b></p></div>', { root: 'r', shallow: true }).runs).toEqual([]);
  });

  it('does not trust its per-root answers after a yield: an editor or <br> added meanwhile is honoured', () => {
    document.body.innerHTML = '<p>x</p>'.repeat(100);
    const runs: string[] = [];
    const walker = createRunWalker(document.body, { onRun: (r) => runs.push(r.text), onShadowRoot: () => undefined, counts: { textNodes: 0, chars: 0 } });
    expect(walker.step(() => true)).toBe(false); // the chunk ended part-way through the page
    document.body.insertAdjacentHTML('beforeend', '<div contenteditable="true">Alibaba</div><p>Xiao<br>mi</p>');
    while (!walker.step(() => true));
    expect(runs.slice(-2)).toEqual(['Xiao', 'mi']);
    expect(runs).not.toContain('Alibaba');
  });

  it('counts every text node it read and their characters', () => {
    expect(runsOf('<p>Ali<b>baba</b></p><script>x</script><p>美团</p>').counts).toEqual({ textNodes: 3, chars: 9 });
  });
});
