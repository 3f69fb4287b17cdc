/**
 * The settings page in real Chromium with the built extension: importing a JSON pack and a
 * CSV list through the page's file input (their companies marked live on a page that was
 * already open, and found by the popup), a broken pack refused with its reasons while the
 * earlier imports stay, "Don't mark this word" from the card, backup → remove everything →
 * restore, keyboard use, axe-core, and the README's screenshots.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mention } from '../../src/shared/messages';
import { launchChromium, type ChromiumExtension } from './support/chromium';
import { DIST_CHROME, ROOT } from './support/paths';
import { startServer, type TestServer } from './support/server';

let ext: ChromiumExtension;
let server: TestServer;
let extDir: string;
let files: string;
let article: Page;
let options: Page;

/** Test data only: fictional companies that exist in no dataset, so a mark can come from nowhere else. */
const PACK = {
  pack: { id: 'e2e-example', name: 'E2E example pack', version: '1.0.0', description: 'Fictional companies for the settings page tests.', license: 'CC0-1.0' },
  companies: [
    {
      id: 'zephyrine-robotics',
      names: { en: 'Zephyrine Robotics', 'zh-Hans': '泽菲林机器人' },
      aliases: { en: ['Zephyrine'] },
      tagline: { en: 'A fictional company for tests' },
      description: { en: 'Exists only in the settings page tests.' },
      facts: [{ id: 'kind', label: { en: 'Kind' }, value: 'fictional', source: { kind: 'article', article: 'e2e-story' } }],
    },
  ],
  articles: [
    { id: 'e2e-story', title: 'A test story', titleEn: 'A test story', publisher: 'Test desk', date: '2024-01-01', url: null, language: 'en', summary: { en: 'A story that exists only for tests.' }, companies: ['zephyrine-robotics'] },
  ],
};
const CSV = '\uFEFFname,aliases,note,url,tagline\r\nQuillfeather Systems,Quillfeather|퀼페더,"A note, with a comma",https://example.com/q,Fictional test company\r\n';
const BROKEN = {
  pack: { id: 'e2e-broken', name: 'Broken pack', version: '1' },
  companies: [
    { ...PACK.companies[0], id: 'broken-co', names: { en: 'Brokenco' }, tagline: { en: '<b>bold</b>' }, facts: [{ ...PACK.companies[0]!.facts[0], source: { kind: 'article', article: 'missing-story' } }] },
  ],
  articles: [],
};

const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Robots and lists</title></head>
<body style="font: 18px/1.6 sans-serif; margin: 40px; max-width: 700px">
<p id="a">Zephyrine Robotics showed a new arm; Quillfeather Systems wrote its manual.</p>
<p id="b">Carmakers ship software from <b id="m">Banma</b>, the car operating system maker.</p>
<p id="c">My own pick: Lanternfish Analytics. Xiaomi, also called Mi Corp here.</p></body></html>`;

const mentions = async (): Promise<Mention[]> => (await ext.sendToTab<{ mentions: Mention[] }>(server.url('/options/article.html'), { type: 'page/mentions' })).mentions;
const mentioned = async (companyId: string) => (await mentions()).some((m) => m.companyId === companyId);

async function openOptions(hash = ''): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html${hash}`);
  await page.locator('.layer').first().waitFor();
  return page;
}

async function importFile(page: Page, name: string, text: string) {
  const path = join(files, name);
  await writeFile(path, text);
  // The page's first file input is the pack import.
  await page.locator('input[type=file]').first().setInputFiles(path);
}

const layerNames = (page: Page) => page.locator('.layer-name').allTextContents();

/** axe-core in the page (evaluated over DevTools, so the page's CSP does not apply). */
async function axe(page: Page) {
  const source = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe.run(document, {
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

beforeAll(async () => {
  server = await startServer();
  // A private copy of the build: other work in this checkout may rebuild dist/ meanwhile.
  extDir = await mkdtemp(join(tmpdir(), 'cc-options-ext-'));
  files = await mkdtemp(join(tmpdir(), 'cc-options-files-'));
  await cp(DIST_CHROME, extDir, { recursive: true });
  ext = await launchChromium({ extension: extDir });
  article = await ext.context.newPage();
  await article.goto(server.page('/options/article.html', ARTICLE));
  await article.waitForFunction(() => CSS.highlights.get('company-context-mention')?.size);
  options = await openOptions();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
  for (const dir of [extDir, files]) if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the settings page', () => {
  it('opens from the manifest’s options_ui and lists the bundled dataset, with no axe violations', async () => {
    const manifest = await ext.worker.evaluate(() => chrome.runtime.getManifest().options_ui);
    expect(manifest).toEqual({ page: 'options.html', open_in_tab: true });
    expect((await layerNames(options))[0]).toBeTruthy();
    expect(await options.locator('input[type=file]').first().getAttribute('accept')).toBe('.json,.csv');
    expect(await axe(options)).toEqual([]);
  });

  it('imports a JSON pack: listed by name, marked live on the open page, found by the popup', async () => {
    expect(await mentioned('zephyrine-robotics')).toBe(false);
    await importFile(options, 'e2e-pack.json', JSON.stringify(PACK));
    await options.locator('[data-outcome="done"]').waitFor({ timeout: 30_000 });
    await expect.poll(() => layerNames(options)).toContain('E2E example pack');
    await expect.poll(() => mentioned('zephyrine-robotics'), { timeout: 20_000 }).toBe(true);
    const popup = await ext.openPopup();
    await popup.locator('#search').fill('Zephyrine');
    await expect.poll(() => popup.locator('.result').first().getAttribute('data-id'), { timeout: 10_000 }).toBe('zephyrine-robotics');
    await popup.close();
  });

  it('imports a CSV list (BOM, quotes, Korean alias): listed, marked live', async () => {
    await importFile(options, 'e2e-list.csv', CSV);
    await options.locator('[data-outcome="done"]').waitFor({ timeout: 30_000 });
    await expect.poll(() => layerNames(options)).toHaveLength(4);
    await expect.poll(() => mentioned('quillfeather-systems'), { timeout: 20_000 }).toBe(true);
  });

  it('refuses a broken pack with every reason, and the earlier imports stay', async () => {
    const before = await layerNames(options);
    await importFile(options, 'broken.json', JSON.stringify(BROKEN));
    const failed = options.locator('[data-outcome="failed"]');
    await failed.waitFor({ timeout: 30_000 });
    const problems = await failed.locator('li').allTextContents();
    expect(problems.some((p) => p.includes('missing-story'))).toBe(true);
    expect(problems.some((p) => /tagline/.test(p) && /markup/.test(p))).toBe(true);
    expect(await layerNames(options)).toEqual(before);
    expect(await mentioned('zephyrine-robotics')).toBe(true);
    await options.setViewportSize({ width: 1000, height: 900 });
    await failed.scrollIntoViewIfNeeded();
    await mkdir(join(ROOT, 'docs/screenshots'), { recursive: true });
    await options.screenshot({ path: join(ROOT, 'docs/screenshots/options-import-errors.png') });
  });

  it('adds a company of the reader’s own from the keyboard, marked live', async () => {
    await options.locator('[data-action="add-company"]').focus();
    await options.keyboard.press('Enter');
    await expect.poll(() => options.evaluate(() => document.activeElement?.id)).toBe('cf-title');
    await options.locator('#cf-names-en').fill('Lanternfish Analytics');
    await options.locator('#cf-note').fill('Watch their next round.');
    await options.locator('#cf-names-en').press('Enter');
    await options.locator('#opt-own-companies [data-company]').first().waitFor();
    await expect.poll(async () => (await mentions()).some((m) => m.text === 'Lanternfish Analytics'), { timeout: 20_000 }).toBe(true);
  });

  it('edits a bundled company as the reader’s overlay: an extra alias is marked live', async () => {
    expect((await mentions()).some((m) => m.text === 'Mi Corp')).toBe(false);
    await options.locator('#opt-pick').fill('Xiaomi');
    await options.locator('.picker .chip[data-company="xiaomi"]').click();
    await options.locator('#cf-aliases-en').fill('Mi Corp');
    await options.locator('form.editor button[type=submit]').click();
    await options.locator('#opt-overlays [data-company="xiaomi"]').waitFor();
    await expect.poll(async () => (await mentions()).some((m) => m.text === 'Mi Corp' && m.companyId === 'xiaomi'), { timeout: 20_000 }).toBe(true);
  });

  it('restyles the open page’s marks at once when the highlight style changes', async () => {
    const mentionRule = () =>
      article.evaluate(() =>
        document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)).find((t) => t.startsWith(':root::highlight(company-context-mention)')),
      );
    expect(await mentionRule()).toContain('underline');
    await options.locator('input[name="opt-style"][value="hover"]').check();
    // In Chromium the rules sit on :root alone (highlights inherit; src/content/highlight-style.ts).
    await expect.poll(mentionRule, { timeout: 10_000 }).toBe(':root::highlight(company-context-mention) { }');
    await options.locator('input[name="opt-style"][value="underline"]').check();
    await expect.poll(mentionRule, { timeout: 10_000 }).toContain('underline');
  });

  it('“Don’t mark this word” from the card: the mark vanishes at once and the word is listed', async () => {
    expect((await mentions()).some((m) => m.text === 'Banma')).toBe(true);
    const box = await article.locator('#m').boundingBox();
    await article.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
    const host = article.locator('[data-company-context-host]');
    // The action sits with the card's other actions, under More (the first view stays compact).
    const more = host.locator('.cc-card:not([data-prepared]) .cc-more');
    await more.waitFor({ timeout: 10_000 });
    await more.click();
    const button = host.locator('.cc-card:not([data-prepared]) [data-action="never-mark"]');
    await button.waitFor({ timeout: 10_000 });
    expect(await button.textContent()).toBe('Don’t mark “Banma”');
    await button.click();
    await expect.poll(async () => (await mentions()).some((m) => m.text === 'Banma'), { timeout: 20_000 }).toBe(false);
    await options.reload();
    await options.locator('#opt-never-mark [data-word="Banma"]').waitFor();
  });

  it('backup → remove everything → restore gives the same state', async () => {
    const state = async () => ({
      layers: (await ext.sendToBackground<{ layers: Array<{ id: string; name: string; enabled: boolean; order: number }> }>({ type: 'data/layers' })).layers.map(({ id, name, enabled, order }) => ({ id, name, enabled, order })),
      own: await ext.sendToBackground<{ companies: Array<{ id: string; input: unknown }>; overlays: unknown[]; neverMark: string[] }>({ type: 'data/own' }).then((o) => ({
        companies: o.companies.map((c) => [c.id, c.input]),
        overlays: o.overlays,
        neverMark: o.neverMark,
      })),
    });
    const before = await state();
    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('#opt-backup-export').click()]);
    const backupPath = join(files, 'backup.json');
    await download.saveAs(backupPath);

    for (const id of ['e2e-example', before.layers.find((l) => l.name !== 'E2E example pack' && l.id !== 'bundled' && l.id !== 'own')!.id]) {
      await options.locator(`[data-layer="${id}"] [data-action="remove"]`).click();
      await options.locator(`[data-layer="${id}"]`).waitFor({ state: 'detached' });
    }
    await options.locator('#opt-own-companies [data-company] .btn-danger').first().click();
    await options.locator('#opt-never-mark [data-word="Banma"] button').click();
    await options.locator('#opt-never-mark [data-word]').first().waitFor({ state: 'detached' });
    await expect.poll(() => mentioned('zephyrine-robotics'), { timeout: 20_000 }).toBe(false);
    expect(await state()).not.toEqual(before);

    await options.locator('#opt-restore-file').setInputFiles(backupPath);
    await options.locator('input[name="opt-restore-mode"][value="replace"]').check();
    await options.locator('#opt-restore').click();
    await options.locator('#backup [data-outcome="done"]').waitFor({ timeout: 30_000 });
    expect(await state()).toEqual(before);
    await expect.poll(() => mentioned('zephyrine-robotics'), { timeout: 20_000 }).toBe(true);
  });

  it('is usable by keyboard alone: Tab reaches every control, each showing where focus is', async () => {
    const page = await openOptions();
    try {
      await page.setViewportSize({ width: 1000, height: 900 });
      // Every section has loaded what it shows (each reads the background or storage on its own).
      await page.locator('input[name="opt-style"]:checked').waitFor();
      await page.locator('#opt-delay').waitFor();
      await page.locator('#opt-backup-export').waitFor();
      await page.locator('[data-action="add-company"]').waitFor();
      const controls = () =>
        page.evaluate(() => {
          const all = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])')];
          // A radio group is one Tab stop (arrows move inside it): name it by its group.
          const key = (el: HTMLElement) => (el instanceof HTMLInputElement && el.type === 'radio' ? `radio:${el.name}` : el.id || el.outerHTML.slice(0, 120));
          return [...new Set(all.filter((el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0).map(key))];
        });
      const reached = new Set<string>();
      const unmarked = new Set<string>();
      // Twice round the page, counted again after the first round (a section may add rows late).
      for (const round of [1, 2]) {
        const stops = (await controls()).length + 5;
        expect(stops, `round ${round}`).toBeGreaterThan(20);
        for (let i = 0; i < stops; i++) {
          await page.keyboard.press('Tab');
          const at = await page.evaluate(() => {
            const el = document.activeElement as HTMLElement | null;
            if (!el || el === document.body) return null;
            const key = el instanceof HTMLInputElement && el.type === 'radio' ? `radio:${el.name}` : el.id || el.outerHTML.slice(0, 120);
            // A visually hidden input (the file pickers) shows focus on its label instead.
            const label = el.id ? document.querySelector<HTMLElement>(`label[for="${el.id}"]`) : null;
            const shows = (s: CSSStyleDeclaration) => s.outlineStyle !== 'none' || s.boxShadow !== 'none';
            return { key, visible: el.matches(':focus-visible') && (shows(getComputedStyle(el)) || (label !== null && shows(getComputedStyle(label)))) };
          });
          if (!at) continue;
          reached.add(at.key);
          if (!at.visible) unmarked.add(at.key);
        }
      }
      expect((await controls()).filter((k) => !reached.has(k))).toEqual([]);
      expect([...unmarked]).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('opens My companies prefilled from #add= (the context menu)', async () => {
    const page = await openOptions(`#add=${encodeURIComponent('黑芝麻智能')}`);
    expect(await page.locator('#cf-names-zh-Hans').inputValue()).toBe('黑芝麻智能');
    await page.close();
  });

  it('saves light and dark screenshots for the README', async () => {
    const dir = join(ROOT, 'docs/screenshots');
    for (const scheme of ['light', 'dark'] as const) {
      const page = await openOptions();
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 1000, height: 1100 });
      await page.locator('.layer-name', { hasText: 'E2E example pack' }).waitFor();
      await page.screenshot({ path: join(dir, `options-${scheme}.png`) });
      if (scheme === 'dark') expect(await axe(page)).toEqual([]);
      await page.close();
    }
  });
});

describe('entry points', () => {
  it('the popup’s Settings button opens the settings page', async () => {
    // openOptionsPage focuses an open settings tab instead of opening another: start with none.
    await options.close();
    const popup = await ext.openPopup();
    const [page] = await Promise.all([ext.context.waitForEvent('page'), popup.locator('#open-settings').click()]);
    await page.waitForURL(/options\.html/);
    await page.close();
  });
});
