/**
 * Scan cost in real Chromium over ../shared/corpus/pages, side by side: the extension's
 * scanMs (sum of its chunks), the floor (a bare TreeWalker pass over the same text), the
 * least first pass any content script must make (minimalColdWalk), mark.js highlighting the
 * same aliases, the content script's start-up outside the scan, long tasks and frames the
 * extension caused (first scan, start-up, and a full rescan after switching the site off and
 * on), and the synthetic 100,000-alias matcher.
 *
 *   npx tsx tests/bench/run.ts scan          (BENCH_SCAN_PAGES=all for every page; default 40)
 *
 * BENCH_SCAN_QUICK=1 measures only scan, floors, least first pass and start-up (no mark.js, 100k aliases or rescans), for
 * quick iterations; BENCH_EXTENSION=<dir> benchmarks another build (e.g. a saved dist/chrome);
 * BENCH_COMPARE=<dir> also loads the 12 largest pages with a second build, load for load
 * alternating with the first, so the (start-up + scan) / least first pass of both comes from
 * the same minutes of a busy machine (BENCH_LOADS loads each, default 3).
 *
 * In that ratio, start-up is as the page sees it: compiling the content scripts (the renderer's
 * trace: what runs on its main thread, see traceExtensionCompile) plus startupMs, for ours and
 * for the floor script alike; scan is the first full scan (firstScanMs), as the least first
 * pass is one pass. The least first pass is reported two ways: made after the load in a fresh
 * isolated world (minimalColdWalk through CDP, the bench's denominator since session 5: nothing
 * else competes for the machine then), and made by the floor's content script during the load,
 * at document_idle, when and where our first scan runs (leastInLoad).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium, type ChromiumExtension } from '../e2e/support/chromium';
import { startServer, type TestServer } from '../e2e/support/server';
import { CORPUS, DIST_CHROME, HAS_CORPUS } from '../e2e/support/paths';
import { blockRemote } from '../corpus/corpus-page';
import { highlightCss } from '../../src/content/highlight-style';
import { adoptEarlySheetInPage, bareMatcherColdWalk, beatBetween, floorPass, inIsolatedWorld, inPage, minimalColdWalk, pageHeartbeat, recordLongFrames, removeEarlySheet, runMarkJs, source } from './support/page-probes';
import { buildSyntheticExtension } from './support/synthetic-build';
import { buildFloorExtension } from './support/floor-extension';
import { OTHER_HOST, SERVED_HOST, openSiteSwitch, rescanAfterOffOn } from './support/site-switch';
import { traceExtensionCompile } from './support/renderer-trace';

interface Mentions {
  mentions: unknown[];
  stats: { scanMs: number; textNodes: number; chars: number; longestChunkMs?: number; startupMs?: number; longestStartupMs?: number; firstScanMs?: number };
}
interface Row {
  page: string;
  kb: number;
  scan: number;
  floor: number;
  /** The floor's first (cold) pass: the extension's scan is always a first pass. */
  floorCold: number;
  /** The least a content script must do on its first pass, in a fresh isolated world (see minimalColdWalk). */
  minimal: number;
  markjs: number;
  synthetic: number;
  longFrames: number;
  /** The extension's longest single task (one scan chunk or mutation batch), from its own stats. */
  longest: number;
  /** Content-script start-up outside the scan (script, settings, matcher decode, session set-up). */
  startup: number;
  /** The longest start-up task, real and 100k-alias matcher. */
  longestStartup: number;
  syntheticStartup: number;
  mentions: number;
  /** The page's own 5 ms heartbeat: waits ≥ 50 ms from navigation until the first scan answered, with and without the extension. */
  waits: number;
  waitsBare: number;
}

/** Loads of each of the 12 largest pages for the (start-up + scan) / least first pass ratio (medians per page). */
const LOADS = Number(process.env.BENCH_LOADS ?? 3);
const LARGEST = 12;

const LONG_MS = 50;

function pickPages(): string[] {
  const all = readdirSync(CORPUS).filter((f) => f.endsWith('.html')).sort();
  const want = process.env.BENCH_SCAN_PAGES;
  if (want === 'all') return all;
  if (want?.includes('.html')) return want.split(',');
  const n = Number(want ?? 40);
  // Spread over sizes, and always the biggest page (yahoo-3, 1.3 MB).
  const bySize = [...all].sort((a, b) => statSync(join(CORPUS, a)).size - statSync(join(CORPUS, b)).size);
  const step = bySize.length / n;
  const picked = new Set(Array.from({ length: n }, (_, i) => bySize[Math.floor(i * step)]!));
  // The largest pages always: the (start-up + scan) / least first pass target is theirs.
  for (const page of bySize.slice(-LARGEST)) picked.add(page);
  if (all.includes('yahoo-3.html')) picked.add('yahoo-3.html');
  return [...picked];
}

function aliasesOfDataset(): string[] {
  const data = JSON.parse(readFileSync(join(DIST_CHROME, 'data/dataset.json'), 'utf8')) as {
    companies: Array<{ names: Record<string, string | undefined>; aliases: Record<string, string[] | undefined> }>;
  };
  const set = new Set<string>();
  for (const c of data.companies) {
    for (const n of Object.values(c.names)) if (n) set.add(n);
    for (const list of Object.values(c.aliases)) for (const a of list ?? []) set.add(a);
  }
  return [...set];
}

/** Long frames whose extension scripts alone ran ≥ 50 ms; `all`: every frame ≥ 50 ms (page's own work included). */
const longFrames = (page: Page) =>
  page.evaluate((limit) => {
    const w = window as unknown as { __ccLong?: Array<{ duration: number; ext: number }> };
    const list = w.__ccLong ?? [];
    return { ext: list.filter((e) => e.ext >= limit).length, all: list.filter((e) => e.duration >= limit).length };
  }, LONG_MS);
const longFramesByExtension = async (page: Page) => (await longFrames(page)).ext;

async function extensionScan(ext: ChromiumExtension, url: string): Promise<{ page: Page; answer: Mentions; end: number; waits: number }> {
  const page = await ext.context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 0 });
  const answer = await ext.sendToTab<Mentions>(url, { type: 'page/mentions' });
  const end = (await page.evaluate(() => performance.now())) + 200;
  await page.waitForFunction((t) => performance.now() >= t, end, { timeout: 0 });
  const { waits } = await inPage(page, beatBetween, [0, end] as [number, number]);
  return { page, answer, end, waits };
}

/**
 * The same page without the extension, its heartbeat between two moments of page time (a
 * rescan's window). `removeSheet`: loaded with a sheet of our rules adopted at document_start,
 * which the page removes itself at `from` — what switching off costs the page whoever does it
 * (removing any ::highlight() sheet restyles every element).
 */
async function bareWaitsBetween(bare: BrowserContext, url: string, from: number, to: number, removeSheet = false) {
  const page = await bare.newPage();
  await page.goto(removeSheet ? `${url}?cc-sheet` : url, { waitUntil: 'load', timeout: 0 });
  if (removeSheet) {
    await page.waitForFunction((t) => performance.now() >= t, from, { timeout: 0 });
    await inPage(page, removeEarlySheet);
  }
  await page.waitForFunction((t) => performance.now() >= t, to, { timeout: 0, polling: removeSheet ? 100 : 'raf' });
  const beat = await inPage(page, beatBetween, [from, to] as [number, number]);
  await page.close();
  return beat;
}

/**
 * A load with the extension, then `host` switched off and on from a switch page opened before
 * the window (see site-switch.ts); the page's heartbeat from the switch to the answer, or over
 * `atLeast` ms of page time when given (the other-site arm, which has no rescan to wait for).
 */
async function switchedOffOn(ext: ChromiumExtension, url: string, host: string, atLeast = 0) {
  const { page } = await extensionScan(ext, url);
  const sw = await openSiteSwitch(ext);
  const from = await page.evaluate(() => performance.now());
  const again = await rescanAfterOffOn<Mentions & { enabled: boolean }>(ext, url, sw, () =>
    page.evaluate(() => ((window as unknown as { __ccLong: unknown[] }).__ccLong.length = 0)),
  host);
  // The page is idle by now: any long frame during the rescan is a suspect.
  const lf = await longFrames(page);
  let to = (await page.evaluate(() => performance.now())) + 1;
  if (to - from < atLeast) {
    to = from + atLeast;
    await page.waitForFunction((t) => performance.now() >= t, to, { timeout: 0, polling: 100 });
  }
  const beat = await inPage(page, beatBetween, [from, to] as [number, number]);
  await sw.close();
  await page.close();
  return { from, to, again, lf, beat };
}

/** The same page without the extension: the page's heartbeat waits ≥ 50 ms over the same page time. */
async function bareWaits(bare: BrowserContext, url: string, end: number): Promise<number> {
  const page = await bare.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 0 });
  await page.waitForFunction((t) => performance.now() >= t, end, { timeout: 0 });
  const { waits } = await inPage(page, beatBetween, [0, end] as [number, number]);
  await page.close();
  return waits;
}

/** A bare matcher's first pass (bareMatcherColdWalk) on a load of its own: a fresh world on a page no world has walked. */
async function bareMatcherPass(bare: BrowserContext, url: string, aliases: string[]): Promise<number> {
  const page = await bare.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 0 });
  const { ms } = await inIsolatedWorld(page, bareMatcherColdWalk, aliases);
  await page.close();
  return ms;
}

async function inBare(bare: BrowserContext, url: string, markJs: string, aliases: string[]) {
  const page = await bare.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 0 });
  // First, while no world has walked the page yet.
  const minimal = await inIsolatedWorld(page, minimalColdWalk);
  const floor = await inPage(page, floorPass, 20);
  let mark = { ms: NaN, marks: 0 };
  if (markJs) {
    await page.addScriptTag({ content: markJs });
    mark = await inPage(page, runMarkJs, aliases);
  }
  await page.close();
  return { floor, mark, minimal };
}

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : NaN;
}
const f = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '–');

export async function bench(): Promise<void> {
  if (!HAS_CORPUS) {
    console.log('scan bench skipped: ../shared/corpus/pages is absent');
    return;
  }
  const pages = pickPages();
  const aliases = aliasesOfDataset();
  const quick = process.env.BENCH_SCAN_QUICK === '1';
  const markJs = readFileSync(createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'), 'utf8');
  const server: TestServer = await startServer();
  const extensionDir = process.env.BENCH_EXTENSION ?? DIST_CHROME;
  const syntheticDir = await buildSyntheticExtension(extensionDir);
  const floorDir = await buildFloorExtension(extensionDir);
  const compareDir = process.env.BENCH_COMPARE;
  const [ext, bare, synth, floorExt, other] = await Promise.all([
    launchChromium({ extension: extensionDir }),
    launchChromium({ extension: null }),
    launchChromium({ extension: syntheticDir }),
    launchChromium({ extension: floorDir }),
    compareDir ? launchChromium({ extension: compareDir }) : undefined,
  ]);
  for (const b of [ext, bare, synth, floorExt, other]) if (b) await blockRemote(b.context);
  // The compared build's pages carry the same probes as ours, so neither side has extra page work.
  for (const b of [ext, other]) if (b) await b.context.addInitScript({ content: source(recordLongFrames) });
  // The page's own heartbeat, in the page's main world, on both sides.
  for (const b of [ext, bare, other]) if (b) await b.context.addInitScript({ content: source(pageHeartbeat) });
  // Our Chromium rules, for the page that removes a sheet like ours itself (bareWaitsBetween).
  await bare.context.addInitScript({ content: source(adoptEarlySheetInPage, highlightCss('underline', true)) });
  const rows: Row[] = [];
  const rescans: Rescan[] = [];
  const repeats = new Map<string, Load[]>();
  const compared = new Map<string, Load[]>();
  try {
    for (const name of pages) {
      const url = server.url(`/corpus/${name}`);
      const { page, answer, end, waits } = await extensionScan(ext, url);
      const longFrames = await longFramesByExtension(page);
      await page.close();
      const waitsBare = await bareWaits(bare.context, url, end);
      const { floor, mark, minimal } = await inBare(bare.context, url, quick ? '' : markJs, aliases);
      const s: { page?: Page; answer: Mentions } = quick
        ? { answer: { mentions: [], stats: { scanMs: NaN, textNodes: 0, chars: 0, longestChunkMs: NaN } } }
        : await extensionScan(synth, url);
      await s.page?.close();
      rows.push({
        page: name,
        kb: Math.round(statSync(join(CORPUS, name)).size / 1024),
        scan: answer.stats.scanMs,
        floor: floor.ms,
        floorCold: floor.firstMs,
        minimal: minimal.ms,
        markjs: mark.ms,
        synthetic: s.answer.stats.scanMs,
        longFrames,
        longest: Math.max(...[answer.stats.longestChunkMs ?? NaN, s.answer.stats.longestChunkMs ?? NaN].filter(Number.isFinite)),
        mentions: answer.mentions.length,
        startup: answer.stats.startupMs ?? NaN,
        syntheticStartup: s.answer.stats.startupMs ?? NaN,
        longestStartup: Math.max(...[answer.stats.longestStartupMs ?? NaN, s.answer.stats.longestStartupMs ?? NaN].filter(Number.isFinite)),
        waits,
        waitsBare,
      });
    }
    // More loads of the largest pages: one page's scan varies severalfold between loads here.
    const largest = [...rows].sort((a, b) => b.kb - a.kb).slice(0, LARGEST);
    for (const row of largest) {
      const url = server.url(`/corpus/${row.page}`);
      // With a second build, both get LOADS loads of their own here, the one that goes first
      // alternating, each pair next to one least first pass: an A/A run of one build against
      // itself, always in the same order, gave 10.9× against 9.6× (best loads).
      const list: Load[] = [];
      const others: Load[] = [];
      for (let i = 0; i < LOADS; i++) {
        const { minimal } = await inBare(bare.context, url, '', aliases);
        const bareMatch = await bareMatcherPass(bare.context, url, aliases);
        // The floor's start-up, next to this load's least first pass and ours.
        const least = await loadOnce(floorExt, url);
        const pair = other && i % 2 === 1 ? [other, ext] : [ext, other];
        for (const b of pair) {
          if (!b) continue;
          const load = { ...(await loadOnce(b, url)), minimal: minimal.ms, leastStartup: least.total - least.scan, leastInLoad: least.scan, bareMatch };
          (b === ext ? list : others).push(load);
        }
      }
      repeats.set(row.page, list);
      if (other) compared.set(row.page, others);
    }
    // A full rescan after switching the site off and on, on the largest pages; next to it, the
    // same page with the same messages about another site (what the bench's own traffic costs
    // the page) and the page without the extension, all over the same length of page time.
    const biggest = quick ? [] : largest;
    for (const row of biggest) {
      const url = server.url(`/corpus/${row.page}`);
      const rescan = await switchedOffOn(ext, url, SERVED_HOST);
      const traffic = await switchedOffOn(ext, url, OTHER_HOST, rescan.to - rescan.from);
      // The same page without the extension, over the same stretch of page time; and with a
      // sheet of our rules that the page itself removes at the moment we were switched off.
      const bareBeat = await bareWaitsBetween(bare.context, url, rescan.from, rescan.to);
      const removal = await bareWaitsBetween(bare.context, url, rescan.from, rescan.to, true);
      rescans.push({
        page: row.page,
        scan: rescan.again.stats.scanMs,
        longFrames: rescan.lf.ext,
        allLong: rescan.lf.all,
        longest: rescan.again.stats.longestChunkMs ?? NaN,
        waits: rescan.beat.waits,
        longestWait: rescan.beat.longestWait,
        waitsTraffic: traffic.beat.waits,
        longestWaitTraffic: traffic.beat.longestWait,
        waitsBare: bareBeat.waits,
        longestWaitBare: bareBeat.longestWait,
        waitsRemoval: removal.waits,
        longestWaitRemoval: removal.longestWait,
      });
    }
  } finally {
    await Promise.all([ext.close(), bare.close(), synth.close(), floorExt.close(), other?.close()]);
    await server.close();
    await rm(syntheticDir, { recursive: true, force: true });
    await rm(floorDir, { recursive: true, force: true });
  }
  report(rows, rescans, repeats, aliases.length);
  if (compareDir) reportLoads(`${compareDir} (BENCH_COMPARE), same pages, loads alternating with the build above`, compared);
}

/** One load of one page: the extension's start-up + first scan and its first scan alone (ms). */
interface Load {
  total: number;
  scan: number;
  /** Scanning after the first full scan, until the answer (rescans of what the page's own scripts changed): in neither figure above. */
  later: number;
  /** Compiling our content scripts on the page's main thread (renderer trace): part of total. */
  compile: number;
  /** Compiling them on V8's background threads (the streamed content-main.js): not in total. */
  compileOff: number;
  minimal: number;
  /** The least start-up of any content script with our data (support/floor-extension.ts), same load. */
  leastStartup: number;
  /**
   * The same least first pass (minimalColdWalk), made by that floor content script during the page's
   * load, at document_idle, as ours makes its first scan: `minimal` is made after the load, in a
   * fresh isolated world, when nothing else on the machine competes with it.
   */
  leastInLoad: number;
  /** A bare matcher's cold first pass on a load of its own (bareMatcherColdWalk), next to this load's. */
  bareMatch: number;
}

async function loadOnce(ext: ChromiumExtension, url: string): Promise<Omit<Load, 'minimal' | 'leastStartup' | 'leastInLoad' | 'bareMatch'>> {
  const page = await ext.context.newPage();
  const compile = await traceExtensionCompile(page);
  await page.goto(url, { waitUntil: 'load', timeout: 0 });
  const answer = await ext.sendToTab<Mentions>(url, { type: 'page/mentions' });
  const compiled = await compile.stop();
  await page.close();
  // The first full scan alone, as the least first pass is one pass (builds before firstScanMs: all of scanMs).
  const first = answer.stats.firstScanMs ?? answer.stats.scanMs;
  // Start-up as the page sees it: compiling the scripts on its main thread, then what the
  // scripts' own clock counts. The background thread's compile is reported beside it.
  const total = compiled.mainMs + (answer.stats.startupMs ?? NaN) + first;
  return { total, scan: first, later: answer.stats.scanMs - first, compile: compiled.mainMs, compileOff: compiled.offMs };
}

interface Rescan {
  page: string;
  scan: number;
  longFrames: number;
  allLong: number;
  longest: number;
  /** The page's heartbeat during the rescan: waits ≥ 50 ms and the longest. */
  waits: number;
  longestWait: number;
  /** The same page and messages, switching another site (the bench's own traffic), over the same page time. */
  waitsTraffic: number;
  longestWaitTraffic: number;
  /** The same page without the extension, over the same page time. */
  waitsBare: number;
  longestWaitBare: number;
  /** The page without the extension removing a sheet of our rules itself at the switch's moment (bareWaitsBetween). */
  waitsRemoval: number;
  longestWaitRemoval: number;
}

function report(rows: Row[], rescans: Rescan[], repeats: Map<string, Load[]>, aliasCount: number): void {
  console.log(`${rows.length} corpus pages, ${aliasCount} aliases (mark.js gets the same list)\n`);
  console.log('| page | KB | mentions | scan ms | floor ms | cold floor ms | least first pass ms | mark.js ms | 100k-alias scan ms | longest task ms |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of [...rows].sort((a, b) => b.kb - a.kb).slice(0, 10)) {
    console.log(`| ${r.page} | ${r.kb} | ${r.mentions} | ${f(r.scan)} | ${f(r.floor)} | ${f(r.floorCold)} | ${f(r.minimal)} | ${f(r.markjs)} | ${f(r.synthetic)} | ${f(r.longest)} |`);
  }
  const col = (k: keyof Row) => rows.map((r) => r[k] as number);
  const ratio = (a: keyof Row, b: keyof Row) => rows.map((r) => (r[a] as number) / Math.max(r[b] as number, 0.01));
  console.log('\n| measure | median | p95 | target |');
  console.log('|---|---:|---:|---|');
  console.log(`| extension scan (ms) | ${f(median(col('scan')))} | ${f(quantile(col('scan'), 0.95))} | |`);
  console.log(`| floor: bare TreeWalker pass (ms) | ${f(median(col('floor')))} | ${f(quantile(col('floor'), 0.95))} | |`);
  console.log(`| floor, first (cold) pass only (ms) | ${f(median(col('floorCold')))} | ${f(quantile(col('floorCold'), 0.95))} | |`);
  console.log(`| least first pass of any content script: text + parents + shadow hosts, fresh isolated world (ms) | ${f(median(col('minimal')))} | ${f(quantile(col('minimal'), 0.95))} | |`);
  console.log(`| mark.js (ms) | ${f(median(col('markjs')))} | ${f(quantile(col('markjs'), 0.95))} | |`);
  console.log(`| 100k-alias scan (ms) | ${f(median(col('synthetic')))} | ${f(quantile(col('synthetic'), 0.95))} | |`);
  console.log(`| scan / floor | ${f(median(ratio('scan', 'floor')))} | ${f(quantile(ratio('scan', 'floor'), 0.95))} | median ≤ 3 |`);
  console.log(`| scan / cold floor | ${f(median(ratio('scan', 'floorCold')))} | ${f(quantile(ratio('scan', 'floorCold'), 0.95))} | |`);
  console.log(`| least first pass / floor (what no first scan can beat) | ${f(median(ratio('minimal', 'floor')))} | ${f(quantile(ratio('minimal', 'floor'), 0.95))} | |`);
  console.log(`| scan / least first pass | ${f(median(ratio('scan', 'minimal')))} | ${f(quantile(ratio('scan', 'minimal'), 0.95))} | |`);
  console.log(`| mark.js / scan | ${f(median(ratio('markjs', 'scan')))} | ${f(quantile(ratio('markjs', 'scan'), 0.05))} (p5) | ≥ 50 |`);
  console.log(`| 100k-alias / real scan | ${f(median(ratio('synthetic', 'scan')))} | ${f(quantile(ratio('synthetic', 'scan'), 0.95))} | median ≤ 1.5 |`);
  console.log(`| extension's longest task, first scan, real + 100k aliases (ms) | ${f(median(col('longest')))} | ${f(Math.max(...col('longest')))} (max) | max < ${LONG_MS} |`);
  console.log(`| extension's longest task, full rescan after off → on (ms) | ${f(median(rescans.map((r) => r.longest)))} | ${f(Math.max(...rescans.map((r) => r.longest)))} (max) | max < ${LONG_MS} |`);
  console.log(`| content script start-up outside the scan, real matcher (ms) | ${f(median(col('startup')))} | ${f(quantile(col('startup'), 0.95))} | |`);
  console.log(`| same, 100k-alias matcher (ms) | ${f(median(col('syntheticStartup')))} | ${f(quantile(col('syntheticStartup'), 0.95))} | |`);
  console.log(`| extension's longest start-up task, real + 100k aliases (ms) | ${f(median(col('longestStartup')))} | ${f(Math.max(...col('longestStartup')))} (max) | max < ${LONG_MS} |`);
  const worst = [...rows].sort((a, b) => b.longest - a.longest)[0];
  if (worst) console.log(`| (longest task seen on ${worst.page}) | | | |`);
  const longTotal = rows.reduce((t, r) => t + r.longFrames, 0);
  console.log(`| LoAF frames ≥ ${LONG_MS} ms attributed to extension scripts, first scan | ${longTotal} in ${rows.length} pages | | 0 |`);
  const rescanLong = rescans.reduce((t, r) => t + r.longFrames, 0);
  console.log(`| same, full rescan after off → on (${rescans.map((r) => r.page).join(', ')}) | ${rescanLong} | | 0 |`);
  console.log(`| any frame ≥ ${LONG_MS} ms during those rescans (unattributed) | ${rescans.reduce((t, r) => t + r.allLong, 0)} | | 0 |`);
  console.log(`| rescan scan ms (median) | ${f(median(rescans.map((r) => r.scan)))} | | |`);
  const sum = (xs: number[]) => xs.reduce((t, x) => t + x, 0);
  console.log(`| page's 5 ms heartbeat: waits ≥ ${LONG_MS} ms from navigation to the first scan's answer, with / without the extension (all pages) | ${sum(col('waits'))} / ${sum(col('waitsBare'))} | | no more with |`);
  const arms: Array<Array<[waits: number, longest: number]>> = [
    rescans.map((r) => [r.waits, r.longestWait]),
    rescans.map((r) => [r.waitsTraffic, r.longestWaitTraffic]),
    rescans.map((r) => [r.waitsRemoval, r.longestWaitRemoval]),
    rescans.map((r) => [r.waitsBare, r.longestWaitBare]),
  ];
  console.log(
    `| same, during the full rescans after off → on (${rescans.length} largest pages), over the same page time: with us / the same messages about another site / the page without the extension removing a sheet of our rules itself at the switch / no extension: waits; longest wait ms | ` +
      `${arms.map((a) => sum(a.map(([w]) => w))).join(' / ')}; ${arms.map((a) => f(Math.max(0, ...a.map(([, l]) => l)))).join(' / ')} | | no more than the messages alone |`,
  );
  reportLoads('this build', repeats);
}

/**
 * (start-up + scan) / least first pass per page, from the medians of its loads and from the
 * best of them: on a machine whose other work takes the CPU away at random, every wall-clock
 * figure only grows, so the best load of each side is the one least inflated by the load.
 */
function reportLoads(label: string, loads: Map<string, Load[]>): void {
  const rows = [...loads].map(([page, list]) => {
    const pick = (k: keyof Load, by: (xs: number[]) => number) => by(list.map((l) => l[k]));
    const best = (xs: number[]) => Math.min(...xs);
    // Every figure of a load, each taken over the page's loads by `by`.
    const of = (by: (xs: number[]) => number) => Object.fromEntries((Object.keys(list[0]!) as Array<keyof Load>).map((k) => [k, pick(k, by)])) as unknown as Load;
    return { page, median: of(median), best: of(best) };
  });
  const r = (x: Load) => x.total / Math.max(x.minimal, 0.01);
  const s = (x: Load) => x.scan / Math.max(x.minimal, 0.01);
  // What the issue's ratio would be for the least any content script with our data can do.
  const lr = (x: Load) => (x.leastStartup + x.minimal) / Math.max(x.minimal, 0.01);
  // A matcher that decides nothing our scan decides, with the floor's start-up.
  const bm = (x: Load) => x.bareMatch / Math.max(x.minimal, 0.01);
  const bmr = (x: Load) => (x.leastStartup + x.bareMatch) / Math.max(x.minimal, 0.01);
  // Ours against that least: start-up and first pass both counted on both sides.
  const vs = (x: Load) => x.total / Math.max(x.leastStartup + x.minimal, 0.01);
  // The same quotient with the least first pass made when ours is made: by a content script, during the load.
  const inLoad = (x: Load) => x.total / Math.max(x.leastInLoad, 0.01);
  const inLoadVsAfter = (x: Load) => x.leastInLoad / Math.max(x.minimal, 0.01);
  const med = (fn: (x: Load) => number, k: 'median' | 'best') => f(median(rows.map((p) => fn(p[k]))));
  console.log(`\n(start-up + scan) / least first pass, ${label}: ${rows.length} largest pages, ${LOADS} loads each (each cell: median / best of the loads)\n`);
  /** Each figure's column, in order, before the two quotients. */
  const columns: Array<[title: string, key: keyof Load]> = [
    ['least first pass ms', 'minimal'],
    ['the same, made by a content script during the load ms', 'leastInLoad'],
    ['least start-up ms (floor script, compile included)', 'leastStartup'],
    ['our compile + start-up + first scan ms', 'total'],
    ['of it compile ms (main thread)', 'compile'],
    ['compile off the main thread ms (not counted)', 'compileOff'],
    ['our first scan ms', 'scan'],
    ['our later rescans ms (not counted)', 'later'],
  ];
  console.log(`| page | ${columns.map(([title]) => title).join(' | ')} | ours / least first pass | ours / (least start-up + least first pass) |`);
  console.log(`|---|${'---:|'.repeat(columns.length + 2)}`);
  const two = (a: number, b: number) => `${f(a)} / ${f(b)}`;
  /** A row under the pages: its label, then a quotient in the first ratio column (and `last` in the second). */
  const summary = (label: string, ratio: string, last = '') =>
    console.log(`|${[label, ...columns.map(() => ''), ratio, last].map((c) => (c ? ` ${c} ` : ' ')).join('|')}|`);
  const both = (fn: (x: Load) => number) => `${med(fn, 'median')} / ${med(fn, 'best')}`;
  for (const p of rows) {
    console.log(`| ${p.page} | ${columns.map(([, k]) => two(p.median[k], p.best[k])).join(' | ')} | ${two(r(p.median), r(p.best))} | ${two(vs(p.median), vs(p.best))} |`);
  }
  summary('**median over pages**', `**${both(r)}**`, `**${both(vs)}**`);
  summary('first scan alone / least first pass', both(s));
  summary('the floor itself: (least start-up + least first pass) / least first pass', both(lr), '1');
  summary("a bare matcher's first pass (least first pass + one native RegExp of every alias per visible text node, no precision rules; a load of its own) / least first pass", both(bm));
  summary("that bare matcher with the floor's start-up: (least start-up + bare matcher's pass) / least first pass", both(bmr));
  summary("the least first pass made by the floor's content script during the load / the same pass after it, in a fresh world", both(inLoadVsAfter));
  summary('ours / the least first pass made by a content script during the load', both(inLoad));
  summary('target (issue 11)', 'median ≤ 4');
}
