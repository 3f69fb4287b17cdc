/**
 * The settings page's Datasets section with a fake background: importing through the file
 * input with progress, listing the pack by name, showing every problem of a refused file,
 * the "installed already" question, and removing a pack with undo.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { App } from '../../src/options/App';
import { IMPORT_CHUNK_BYTES, IMPORT_MAX_BYTES } from '../../src/shared/messages';
import { choose, fakeBackground, fakeEnv, file, layer, until } from './options-fakes';
import { useRenderRoot } from './render-root';

const getRoot = useRenderRoot();
const $ = <E extends Element = HTMLElement>(sel: string) => getRoot().querySelector<E & HTMLElement>(sel);
const $$ = (sel: string) => [...getRoot().querySelectorAll<HTMLElement>(sel)];
async function open(fake = fakeBackground()) {
  render(<App env={fakeEnv(fake.transport)} />, getRoot());
  await until(() => $$('.layer').length > 0);
  return fake;
}
const packInput = () => getRoot().querySelectorAll<HTMLInputElement>('input[type=file]')[0]!;
const layerNames = () => $$('.layer-name').map((e) => e.textContent);

describe('importing a pack', () => {
  it('uses the page’s first file input, accepting .json and .csv', async () => {
    await open();
    expect(packInput().id).toBe('opt-import-file');
    expect(packInput().accept).toBe('.json,.csv');
  });

  it('sends the file in chunks, shows progress, then lists the pack by its name', async () => {
    const fake = await open();
    fake.outcome = () => ({ state: 'done', pack: layer('jd-pack', 'JD and friends', 0) });
    const big = 'x'.repeat(IMPORT_CHUNK_BYTES * 2 + 10);
    const progress: Array<string | null> = [];
    const seen = new MutationObserver(() => progress.push($('#opt-import-progress')?.getAttribute('value') ?? null));
    seen.observe(getRoot(), { subtree: true, childList: true, attributes: true });
    choose(packInput(), file('jd.json', big));
    await until(() => $('[data-outcome="done"]'));
    seen.disconnect();
    const chunks = fake.sent.filter((m) => m.type === 'data/import-chunk');
    expect(chunks.map((c) => c.type === 'data/import-chunk' && [c.seq, c.last])).toEqual([[0, false], [1, false], [2, true]]);
    expect(progress.filter(Boolean).length).toBeGreaterThan(0);
    expect($('[data-outcome="done"]')!.textContent).toContain('Imported “JD and friends” — companies: 2, articles: 1.');
    await until(() => layerNames().includes('JD and friends'));
  });

  it('refused: lists every problem with its path or line, and nothing else changes', async () => {
    const fake = await open();
    fake.outcome = () => ({
      state: 'failed',
      problems: [
        { where: '$.companies[0].facts[1].source.article', message: 'cites article "missing-story", which this pack does not have' },
        { where: 'line 4, column 2', message: 'must be plain text, not markup' },
        { where: '', message: 'duplicate company id "jd"' },
      ],
    });
    choose(packInput(), file('broken.json', '{"pack":{}}'));
    await until(() => $('[data-outcome="failed"]'));
    const alert = $('[data-outcome="failed"]')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.querySelector('p')!.textContent).toBe('“broken.json” was not imported, and nothing was changed. Problems found: 3');
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '$.companies[0].facts[1].source.article cites article "missing-story", which this pack does not have',
      'line 4, column 2 must be plain text, not markup',
      'duplicate company id "jd"',
    ]);
    expect(layerNames()).toEqual(['Bundled dataset', 'Your own companies and edits']);
  });

  it('shows markup in a problem as text, never as markup', async () => {
    const fake = await open();
    fake.outcome = () => ({ state: 'failed', problems: [{ where: '$.companies[0].tagline.en', message: '"<img src=x onerror=alert(1)>" must be plain text' }] });
    choose(packInput(), file('evil.json', '{}'));
    await until(() => $('[data-outcome="failed"]'));
    expect($('[data-outcome="failed"] img')).toBeNull();
    expect($('[data-outcome="failed"] li')!.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it.each([
    ['notes.txt', 'hello', 'Only .json and .csv files can be imported.'],
    ['empty.csv', '', 'The file is empty.'],
  ])('refuses %s before sending a byte', async (name, text, why) => {
    const fake = await open();
    choose(packInput(), file(name, text));
    await until(() => $('[data-outcome="refused"]'));
    expect($('[data-outcome="refused"]')!.textContent).toContain(why);
    expect(fake.sent.some((m) => m.type === 'data/import-start')).toBe(false);
  });

  it('refuses a file over the size limit from its size alone', async () => {
    const fake = await open();
    const huge = { name: 'huge.json', size: IMPORT_MAX_BYTES + 1, slice: () => { throw new Error('must not be read'); } };
    choose(packInput(), huge as unknown as File);
    await until(() => $('[data-outcome="refused"]'));
    expect($('[data-outcome="refused"]')!.textContent).toMatch(/larger than 64 MB/);
    expect(fake.sent.some((m) => m.type === 'data/import-start')).toBe(false);
  });

  it('asks when the pack id is installed already, and imports again with the answer', async () => {
    const fake = await open();
    fake.outcome = () => ({ state: 'conflict', existing: layer('pack', 'A pack', 0) });
    choose(packInput(), file('again.json', '{}'));
    await until(() => $('[data-outcome="conflict"]'));
    expect($('[data-outcome="conflict"]')!.textContent).toContain('A pack with the id “pack” is installed already: “A pack” (version 1.0.0).');
    $('[data-action="keep-both"]')!.click();
    await until(() => $('[data-outcome="done"]'));
    const starts = fake.sent.filter((m) => m.type === 'data/import-start');
    expect(starts.map((s) => s.type === 'data/import-start' && s.onConflict)).toEqual([undefined, 'keep-both']);
  });
});

describe('packs in the list', () => {
  const withPacks = () => {
    const fake = fakeBackground();
    fake.layers.push(layer('jd', 'JD pack', 0), layer('unisoc', 'UNISOC pack', 1));
    return fake;
  };

  it('removes a pack with undo: the pack comes back', async () => {
    const fake = await open(withPacks());
    $('[data-layer="jd"] [data-action="remove"]')!.click();
    await until(() => !layerNames().includes('JD pack'));
    expect($('.undo-bar')!.textContent).toContain('Removed “JD pack”.');
    $('[data-action="undo"]')!.click();
    await until(() => layerNames().includes('JD pack'));
    expect(fake.sent.filter((m) => m.type === 'data/undo')).toEqual([{ type: 'data/undo', token: 'undo-1' }]);
    await until(() => $('.undo-bar')!.hidden);
  });

  it('moves a pack down and up, and only packs can move, export or be removed', async () => {
    const fake = await open(withPacks());
    expect($('[data-layer="bundled"] [data-action="remove"]')).toBeNull();
    expect($<HTMLButtonElement>('[data-layer="jd"] [data-action="up"]')!.disabled).toBe(true);
    $('[data-layer="jd"] [data-action="down"]')!.click();
    await until(() => layerNames().join() === 'Bundled dataset,UNISOC pack,JD pack,Your own companies and edits');
    expect(fake.sent.find((m) => m.type === 'data/pack-set')).toEqual({ type: 'data/pack-set', id: 'jd', order: 1 });
  });

  it('switches a pack off', async () => {
    const fake = await open(withPacks());
    const toggle = $<HTMLInputElement>('[data-layer="unisoc"] input[role=switch]')!;
    toggle.click();
    await until(() => fake.sent.some((m) => m.type === 'data/pack-set'));
    expect(fake.sent.find((m) => m.type === 'data/pack-set')).toEqual({ type: 'data/pack-set', id: 'unisoc', enabled: false });
  });

  it('shows each spelling two companies claim, with the one that is marked', async () => {
    const fake = withPacks();
    fake.conflicts = [{ alias: '京东', winner: { companyId: 'jd', layer: 'jd' }, losers: [{ companyId: 'jd-logistics', layer: 'bundled' }] }];
    await open(fake);
    const row = $('#opt-conflicts tr[data-alias="京东"]')!;
    expect([...row.children].map((c) => c.textContent)).toEqual(['京东', 'jd (JD pack)', 'jd-logistics (Bundled dataset)']);
    expect($('#opt-conflicts h3')!.textContent).toBe('Spellings claimed by two companies: 1');
  });
});
