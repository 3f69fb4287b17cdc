import { describe, expect, it } from 'vitest';
import { createRunWalker, type TextRun } from '../../src/content/text-blocks';

function runsOf(html: string, opts: { shallow?: string; shadow?: string } = {}): string[] {
  document.body.innerHTML = html;
  if (opts.shadow) document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = opts.shadow;
  const runs: TextRun[] = [];
  const root = opts.shallow ? document.getElementById(opts.shallow)! : document.body;
  const walker = createRunWalker(root, { onRun: (r) => runs.push(r), onShadowRoot: () => undefined, counts: { textNodes: 0, chars: 0 } }, !!opts.shallow);
  while (!walker.step(() => true));
  return runs.map((r) => r.text);
}

describe('text runs', () => {
  it('joins text across inline elements, so <b>Ali</b>baba is one word', () => {
    expect(runsOf('<p>The <b>Ali</b>baba story</p>')).toEqual(['The Alibaba story']);
  });

  it('cuts runs at blocks and line breaks', () => {
    expect(runsOf('<div>Xiaomi<p>Banma</p>Amap<br>Meituan</div><li>美团</li>')).toEqual(['Xiaomi', 'Banma', 'Amap', 'Meituan', '美团']);
  });

  it('never reads form fields, editors, scripts, styles or hidden subtrees', () => {
    const html =
      '<p>seen</p><textarea>Alibaba</textarea><input value="Alibaba"><select><option>Alibaba</option></select>' +
      '<div contenteditable="true">Xiaomi <b>editor</b></div><div contenteditable="false">not an editor</div>' +
      '<script>var Alibaba</script><style>.Alibaba{}</style><noscript>Alibaba</noscript><div hidden>Alibaba</div>' +
      '<div data-company-context-host>our card</div><p>end</p>';
    expect(runsOf(html)).toEqual(['seen', 'not an editor', 'end']);
  });

  it('walks into open shadow roots (after the light tree: the store sorts mentions)', () => {
    expect(runsOf('<p>before</p><div id="host"></div><p>after</p>', { shadow: '<p>inside Meituan</p>' })).toEqual(['before', 'after', 'inside Meituan']);
  });

  it('does not walk into a shadow root whose host is in an editor', () => {
    document.body.innerHTML = '<div contenteditable><span id="h"></span></div>';
    document.getElementById('h')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Xiaomi</p>';
    const runs: string[] = [];
    const walker = createRunWalker(document.body, { onRun: (r) => runs.push(r.text), onShadowRoot: () => undefined, counts: { textNodes: 0, chars: 0 } });
    while (!walker.step(() => true));
    expect(runs).toEqual([]);
  });

  it('reads only its own block\'s text when rescanning shallowly', () => {
    expect(runsOf('<div id="b">own <i>text</i><p>nested block</p>tail</div>', { shallow: 'b' })).toEqual(['own text', 'tail']);
  });

  it('stops after a skipped element at the very end instead of starting over', () => {
    expect(runsOf('<p>only once</p><object></object>')).toEqual(['only once']);
  });
});
