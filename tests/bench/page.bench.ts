/**
 * The page's side of the extension's cost, side by side with the same page without it, on
 * generated extreme pages: 200,000 elements, one 5 MB text node, nested shadow roots, a
 * 20 s mutation storm, and a page of 46 frames. Every page runs its own 5 ms heartbeat and
 * records its long animation frames (support/page-probes.ts, pageHeartbeat): "waits" are the
 * times the page's own timer had to wait ≥ 50 ms beyond its interval.
 *
 *   npx tsx tests/bench/run.ts page      (BENCH_LOADS=n loads per page, default 3; BENCH_STORM_S, default 20)
 *
 * BENCH_ONLY=frames runs only the 46-frame part; BENCH_BASE_EXTENSION=<an older dist/chrome>
 * runs that part with both builds, side by side in each cell (support/frame-startups.ts);
 * BENCH_FRAMES_CROSS=1 serves its child frames from another site.
 * Then one traced load per page with and without the extension (BENCH_TRACE=0 skips it): the
 * renderer's own trace gives each main-thread task's thread CPU time, which the machine's load
 * does not inflate, and what ran inside it (support/renderer-trace.ts).
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumExtension } from '../e2e/support/chromium';
import { startServer, type TestServer } from '../e2e/support/server';
import { DIST_CHROME } from '../e2e/support/paths';
import { beatBetween, inPage } from './support/page-probes';
import { printFrameStartups } from './support/frame-startups';
import { openSiteSwitch, rescanAfterOffOn } from './support/site-switch';
import { summarise, traceRenderer, type TraceSummary } from './support/renderer-trace';
import { FRAME_EMPTY, FRAME_TEXT, framesPage, hugeTextNodePage, manyElementsPage, mutationStormPage, nestedShadowPage, stormAppended } from './support/extreme-pages';

interface Stats {
  scanMs: number;
  longestChunkMs?: number;
  startupMs?: number;
  longestStartupMs?: number;
}
interface Mentions {
  mentions: unknown[];
  stats: Stats;
}
type BeatRead = Awaited<ReturnType<typeof beatBetween>>;

const LOADS = Number(process.env.BENCH_LOADS ?? 3);
const TRACE = process.env.BENCH_TRACE !== '0';
const STORM_S = Number(process.env.BENCH_STORM_S ?? 20);
const ONLY_FRAMES = process.env.BENCH_ONLY === 'frames';

const now = (page: Page) => page.evaluate(() => performance.now());
const beat = (page: Page, from: number, to: number) => inPage(page, beatBetween, [from, to] as [number, number]);
const median = (xs: number[]) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
};
const f = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '–');

interface Load {
  with: BeatRead;
  without: BeatRead;
  stats: Stats;
  mentions: number;
  /** The full rescan after off → on, and the page without the extension over the same page time. */
  rescan?: { beat: BeatRead; without: BeatRead; stats: Stats };
}

/** One load with the extension (first scan, then a full rescan after off → on) and one without, over the same page time. */
async function loadOnce(ext: ChromiumExtension, bare: ChromiumExtension, url: string, rescan: boolean): Promise<Load> {
  const page = await ext.context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 0 });
  const answer = await ext.sendToTab<Mentions>(url, { type: 'page/mentions' });
  const end = (await now(page)) + 200;
  await page.waitForFunction((t) => performance.now() >= t, end, { timeout: 0 });
  const withExt = await beat(page, 0, end);
  let rescanWindow: { from: number; to: number; beat: BeatRead; stats: Stats } | undefined;
  if (rescan) {
    const sw = await openSiteSwitch(ext);
    const from = await now(page);
    const a = await rescanAfterOffOn<Mentions & { enabled: boolean }>(ext, url, sw);
    const to = (await now(page)) + 1;
    await sw.close();
    rescanWindow = { from, to, beat: await beat(page, from, to), stats: a.stats };
  }
  await page.close();
  const other = await bare.context.newPage();
  await other.goto(url, { waitUntil: 'load', timeout: 0 });
  await other.waitForFunction((t) => performance.now() >= t, Math.max(end, rescanWindow?.to ?? 0), { timeout: 0 });
  const without = await beat(other, 0, end);
  const again = rescanWindow && { beat: rescanWindow.beat, stats: rescanWindow.stats, without: await beat(other, rescanWindow.from, rescanWindow.to) };
  await other.close();
  return { with: withExt, without, stats: answer.stats, mentions: answer.mentions.length, rescan: again };
}

/** One load under the renderer's trace, until the first scan is answered (with the extension) and 2 s more. */
async function tracedLoad(b: ChromiumExtension, url: string, withExt: boolean): Promise<TraceSummary> {
  const page = await b.context.newPage();
  await page.goto('about:blank');
  const trace = await traceRenderer(page);
  await page.goto(url, { waitUntil: 'load', timeout: 0 });
  if (withExt) await b.sendToTab<Mentions>(url, { type: 'page/mentions' });
  const end = (await now(page)) + 2000;
  await page.waitForFunction((t) => performance.now() >= t, end, { timeout: 0, polling: 200 });
  const tasks = await trace.stop(1);
  await page.close();
  return summarise(tasks);
}

async function storm(ext: ChromiumExtension, bare: ChromiumExtension, url: string) {
  const run = async (b: ChromiumExtension, withExt: boolean) => {
    const page = await b.context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 0 });
    const appended = await stormAppended(page, STORM_S);
    const end = await now(page);
    const b2 = await beat(page, 0, end + 1);
    const stats = withExt ? (await b.sendToTab<Mentions>(url, { type: 'page/mentions' })).stats : undefined;
    await page.close();
    return { appended, beat: b2, stats, wallMs: end };
  };
  const withExt = await run(ext, true);
  const without = await run(bare, false);
  return { withExt, without };
}

/** A copy of the extension allowed webNavigation, so the bench can ask every frame for its stats. */
async function frameReadableCopy(from: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cc-bench-frames-'));
  await cp(from, dir, { recursive: true });
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { permissions: string[] };
  manifest.permissions.push('webNavigation');
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

export async function bench(): Promise<void> {
  const server: TestServer = await startServer();
  const extensionDir = process.env.BENCH_EXTENSION ?? DIST_CHROME;
  const framesDir = await frameReadableCopy(extensionDir);
  const [ext, bare] = await Promise.all([launchChromium({ extension: framesDir }), launchChromium({ extension: null })]);
  const baseDir = process.env.BENCH_BASE_EXTENSION ? await frameReadableCopy(process.env.BENCH_BASE_EXTENSION) : undefined;
  const base = baseDir ? await launchChromium({ extension: baseDir }) : undefined;
  const frameBuilds = [...(base ? [{ label: 'base', ext: base }] : []), { label: base ? 'this build' : 'build', ext }];
  const pages = [
    { name: '200,000 elements', url: server.page('/x/elements.html', manyElementsPage()) },
    { name: 'one 5 MB text node', url: server.page('/x/text-node.html', hugeTextNodePage()) },
    { name: 'nested shadow roots (4,000)', url: server.page('/x/shadow.html', nestedShadowPage()) },
  ];
  const textUrl = server.page('/x/frame-text.html', FRAME_TEXT);
  const emptyUrl = server.page('/x/frame-empty.html', FRAME_EMPTY);
  // BENCH_FRAMES_CROSS=1: the child frames from another site (their own renderer processes, as most ad frames are).
  const childUrl = (u: string) => (process.env.BENCH_FRAMES_CROSS ? `${server.altOrigin}${new URL(u).pathname}` : u);
  const framesUrl = server.page('/x/frames.html', framesPage(childUrl(textUrl), childUrl(emptyUrl)));
  const stormUrl = server.page('/x/storm.html', mutationStormPage(STORM_S));
  try {
    if (ONLY_FRAMES) return await printFrameStartups(frameBuilds, framesUrl, LOADS);
    console.log(`${LOADS} loads per page, medians; Chromium ${ext.context.browser()?.version() ?? ''}; the page's own 5 ms heartbeat\n`);
    console.log('| page | mentions | page waits ≥ 50 ms, with / without | longest wait ms, with / without | long frames, with / without | longest style+layout in a long frame ms, with / without | extension longest task ms | scan ms | rescan after off → on: waits with / without over the same page time; longest wait ms, with / without; longest task ms |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const p of pages) {
      const loads: Load[] = [];
      for (let i = 0; i < LOADS; i++) loads.push(await loadOnce(ext, bare, p.url, true));
      const m = (fn: (l: Load) => number) => median(loads.map(fn));
      console.log(
        `| ${p.name} | ${m((l) => l.mentions)} | ${m((l) => l.with.waits)} / ${m((l) => l.without.waits)} | ${f(m((l) => l.with.longestWait))} / ${f(m((l) => l.without.longestWait))} | ` +
          `${m((l) => l.with.longFrames)} / ${m((l) => l.without.longFrames)} | ${f(m((l) => l.with.longestStyle))} / ${f(m((l) => l.without.longestStyle))} | ` +
          `${f(Math.max(...loads.map((l) => l.stats.longestChunkMs ?? NaN)))} (max) | ${f(m((l) => l.stats.scanMs))} | ` +
          `${m((l) => l.rescan!.beat.waits)} / ${m((l) => l.rescan!.without.waits)}; ${f(m((l) => l.rescan!.beat.longestWait))} / ${f(m((l) => l.rescan!.without.longestWait))}; ` +
          `${f(Math.max(...loads.map((l) => l.rescan!.stats.longestChunkMs ?? NaN)))} |`,
      );
    }

    if (TRACE) {
      console.log(`\n**Renderer trace** (one load each side; thread CPU ms, which the machine's load does not inflate):\n`);
      console.log('| page | our script\'s longest run in one task, CPU ms | tasks with our script ≥ 50 ms CPU in all | style recalcs ≥ 50 ms CPU, with / without | longest style recalc CPU ms (elements), with / without | layouts ≥ 50 ms CPU, with / without |');
      console.log('|---|---:|---:|---:|---:|---:|');
      for (const p of pages) {
        const w = await tracedLoad(ext, p.url, true);
        const o = await tracedLoad(bare, p.url, false);
        console.log(
          `| ${p.name} | ${f(w.ourScriptCpuMs)} | ${w.ourLongTasks} | ${w.longStyles} / ${o.longStyles} | ${f(w.longestStyleCpuMs, 0)} (${w.longestStyleElements}) / ${f(o.longestStyleCpuMs, 0)} (${o.longestStyleElements}) | ${w.longLayouts} / ${o.longLayouts} |`,
        );
      }
    }

    const s = await storm(ext, bare, stormUrl);
    const ours = (s.withExt.stats?.scanMs ?? NaN) + (s.withExt.stats?.startupMs ?? 0);
    console.log(`\n**Mutation storm** (a paragraph every 10 ms for ${STORM_S} s, one load each side):\n`);
    console.log('| measure | with the extension | without | target |');
    console.log('|---|---:|---:|---|');
    console.log(`| paragraphs the page appended | ${s.withExt.appended} | ${s.without.appended} | within 5 % |`);
    console.log(`| page throughput, with / without | ${f((100 * s.withExt.appended) / s.without.appended)} % | | ≥ 95 % |`);
    console.log(`| page waits ≥ 50 ms | ${s.withExt.beat.waits} | ${s.without.beat.waits} | no more than without |`);
    console.log(`| longest wait ms | ${f(s.withExt.beat.longestWait)} | ${f(s.without.beat.longestWait)} | |`);
    console.log(`| extension's main-thread time ms (scan + start-up) | ${f(ours)} | | |`);
    console.log(`| extension's share of wall time | ${f((100 * ours) / s.withExt.wallMs)} % | | ≤ 10 % |`);
    console.log(`| extension's longest task ms | ${f(s.withExt.stats?.longestChunkMs ?? NaN)} | | < 50 |`);

    await printFrameStartups(frameBuilds, framesUrl, LOADS);
  } finally {
    await Promise.all([ext.close(), bare.close()]);
    await server.close();
    await base?.close();
    await rm(framesDir, { recursive: true, force: true });
    if (baseDir) await rm(baseDir, { recursive: true, force: true });
  }
}
