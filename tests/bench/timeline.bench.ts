/**
 * When the page waits: every wait ≥ 50 ms of the 200,000-element page's own 5 ms heartbeat,
 * with the page time it ended, for the page without an extension, with the floor extension
 * (support/floor-extension.ts: the least first pass, in one task), with the least marker (the
 * floor, then the page's 50 mentions put in our highlight under our document_start stylesheet,
 * in the same task) and with ours — loads interleaved, all over the same page time. The page
 * bench counts these waits; this shows where they fall, which a count cannot: the page's own
 * load jank comes first in every arm, so the waits after the page's longest one are those left
 * to explain.
 *
 *   npx tsx tests/bench/run.ts timeline
 *   BENCH_LOADS=4 BENCH_COMPARE=<built extension dir> …   (a second build as a fourth arm)
 */
import { launchChromium, type ChromiumExtension } from '../e2e/support/chromium';
import { startServer } from '../e2e/support/server';
import { DIST_CHROME } from '../e2e/support/paths';
import { MANY_ELEMENTS_MENTION as MENTION, manyElementsPage } from './support/extreme-pages';
import { buildFloorExtension } from './support/floor-extension';
import { inPage, type Beat } from './support/page-probes';

const LOADS = Number(process.env.BENCH_LOADS ?? 3);
/** Page time read in every load: the page's own load is over by ~6.5 s here, ours by ~7.5 s. */
const WINDOW_MS = 10_000;

interface Arm {
  label: string;
  ext: ChromiumExtension;
  /** Ours and the floor answer page/mentions once their first pass is over. */
  asks: boolean;
}

/** The heartbeat's waits, [page time it ended, ms], rounded. */
function waitsOf(): Array<[number, number]> {
  const beat = (window as unknown as { __ccBeat?: Beat }).__ccBeat;
  return (beat?.waits ?? []).map(([t, ms]) => [Math.round(t), Math.round(ms)]);
}

export async function bench(): Promise<void> {
  const server = await startServer();
  const url = server.page('/x/timeline-elements.html', manyElementsPage());
  const compare = process.env.BENCH_COMPARE;
  const arms: Arm[] = [
    { label: 'without', ext: await launchChromium({ extension: null }), asks: false },
    { label: 'floor', ext: await launchChromium({ extension: await buildFloorExtension() }), asks: true },
    { label: 'least marker', ext: await launchChromium({ extension: await buildFloorExtension(undefined, [MENTION]) }), asks: true },
    { label: 'ours', ext: await launchChromium({ extension: process.env.BENCH_EXTENSION ?? DIST_CHROME }), asks: true },
    ...(compare ? [{ label: compare, ext: await launchChromium({ extension: compare }), asks: true }] : []),
  ];
  try {
    console.log(`200,000 elements, ${LOADS} loads per arm, interleaved; the page's heartbeat waits ≥ 50 ms as page time:ms, up to ${WINDOW_MS / 1000} s\n`);
    console.log('| arm | load | waits | after the page\'s longest wait | every wait |');
    console.log('|---|---:|---:|---:|---|');
    const late = new Map<string, number[]>();
    for (let load = 1; load <= LOADS; load++) {
      for (const arm of arms) {
        const page = await arm.ext.context.newPage();
        await page.goto(url, { waitUntil: 'load', timeout: 0 });
        if (arm.asks) await arm.ext.sendToTab(url, { type: 'page/mentions' });
        await page.waitForFunction((until) => performance.now() > until, WINDOW_MS, { timeout: 0, polling: 200 });
        const waits = (await inPage(page, waitsOf)).filter(([t]) => t < WINDOW_MS);
        await page.close();
        const longest = waits.reduce((m, w, i) => (w[1] > waits[m]![1] ? i : m), 0);
        const after = waits.length ? waits.length - longest - 1 : 0;
        late.set(arm.label, [...(late.get(arm.label) ?? []), after]);
        console.log(`| ${arm.label} | ${load} | ${waits.length} | ${after} | ${waits.map(([t, ms]) => `${t}:${ms}`).join(' ')} |`);
      }
    }
    console.log(`\nWaits after the page's longest one, per load: ${[...late].map(([label, n]) => `${label} ${n.join(', ')}`).join('; ')}`);
  } finally {
    await server.close();
    for (const arm of arms) await arm.ext.close();
  }
}
