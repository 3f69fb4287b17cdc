// SCRATCH (not committed): per-keystroke round trips in real Chromium with --trace-gc.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../e2e/support/chromium';
import { DIST_CHROME } from '../e2e/support/paths';
import { syntheticDataset } from './search-data';

const KEYSTROKES = ['x', 'xi', 'xia', 'xiao', 'xiaom', 'xiaomi', 'ㅅ', '샤', '샤ㅇ', '샤오', '샤옴', '샤오미', '美', '美團', 'g', 'ga', 'gao', 'gaod', 'gaode'];
const { companies, articles } = syntheticDataset(10_000, 100_000);
const dir = await mkdtemp(join(tmpdir(), 'cc-bench-ext-'));
await cp(DIST_CHROME, dir, { recursive: true });
await writeFile(join(dir, 'data/dataset.json'), JSON.stringify({ version: `synthetic-x`, companies, articles }));
const flags = process.env.JSFLAGS ?? '--trace-gc';
const ext = await launchChromium({ extension: dir, args: [`--js-flags=${flags}`] });
try {
  const probe = await ext.context.newPage();
  await probe.goto(`chrome-extension://${ext.extensionId}/popup.html?probe=1`);
  await probe.waitForFunction(async () => {
    try { const r = (await chrome.runtime.sendMessage({ type: 'db/search', query: 'zq0x', limit: 1 })) as { results: Array<{ id: string }> }; return r.results.length > 0; } catch { return false; }
  }, undefined, { polling: 250, timeout: 600_000 });
  await new Promise((r) => setTimeout(r, Number(process.env.SLEEP ?? 0)));
  await probe.waitForFunction(async () => {
    for (let i = 0; i < 3; i++) { const t = performance.now(); await chrome.runtime.sendMessage({ type: 'settings/global' }); if (performance.now() - t > 10) return false; }
    return true;
  }, undefined, { polling: 500, timeout: 120_000 });
  const wt = () => ext.worker.evaluate(() => performance.now().toFixed(0));
  console.error(new Date().toISOString(), 'MARK start passes, worker now', await wt());
  for (let pass = 0; pass < 5; pass++) {
    const t = await probe.evaluate(async (qs) => {
      const out: Array<[string, number]> = [];
      for (const query of qs) { const t = performance.now(); await chrome.runtime.sendMessage({ type: 'db/search', query, limit: 20 }); out.push([query, +(performance.now() - t).toFixed(1)]); }
      return out;
    }, KEYSTROKES);
    console.error(new Date().toISOString(), 'MARK pass', pass, 'worker now', await wt(), t.map(([q, ms]) => `${q}:${ms}`).join(' '));
  }
  const diag = await ext.worker.evaluate(() => (globalThis as { __ccSearchDiag?: unknown }).__ccSearchDiag ?? null);
  console.error('DIAG', JSON.stringify(diag));
} finally { await ext.close(); await rm(dir, { recursive: true, force: true }); }
