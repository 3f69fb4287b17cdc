/**
 * The mutation storm alone, several loads, the builds side by side: a page appending a
 * paragraph every 10 ms for 20 s (every tenth mentions two companies), and how many it
 * managed with each build and without any extension. The page bench runs the same storm
 * once per side, after the extreme pages in the same browser; one load there moved by ±2 points
 * between runs, too much to decide a ≥ 95 % target on.
 *
 *   npx tsx tests/bench/run.ts storm     (BENCH_LOADS per build, default 3; BENCH_STORM_S, default 20;
 *                                         BENCH_COMPARE=<built extension dir> adds a second build)
 */
import { launchChromium, type ChromiumExtension } from '../e2e/support/chromium';
import { DIST_CHROME } from '../e2e/support/paths';
import { startServer } from '../e2e/support/server';
import { mutationStormPage, stormAppended } from './support/extreme-pages';

const LOADS = Number(process.env.BENCH_LOADS ?? 3);
const STORM_S = Number(process.env.BENCH_STORM_S ?? 20);

async function appended(b: ChromiumExtension, url: string): Promise<number> {
  const page = await b.context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 0 });
  const n = await stormAppended(page, STORM_S);
  await page.close();
  return n;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function bench(): Promise<void> {
  const server = await startServer();
  const url = server.page('/x/storm.html', mutationStormPage(STORM_S));
  const builds: Array<{ label: string; dir: string | null }> = [
    { label: 'this build', dir: process.env.BENCH_EXTENSION ?? DIST_CHROME },
    ...(process.env.BENCH_COMPARE ? [{ label: process.env.BENCH_COMPARE, dir: process.env.BENCH_COMPARE }] : []),
    { label: 'no extension', dir: null },
  ];
  const browsers = await Promise.all(builds.map((b) => launchChromium({ extension: b.dir })));
  const counts = builds.map(() => [] as number[]);
  try {
    // Round-robin, one load of each side per round: the machine's moments fall on all alike.
    for (let i = 0; i < LOADS; i++) for (const [k, b] of browsers.entries()) counts[k]!.push(await appended(b, url));
  } finally {
    await Promise.all(browsers.map((b) => b.close()));
    await server.close();
  }
  const bare = median(counts[counts.length - 1]!);
  console.log(`Mutation storm: a paragraph every 10 ms for ${STORM_S} s, ${LOADS} loads per side, round-robin\n`);
  console.log('| build | paragraphs appended, each load | median | throughput against no extension | target |');
  console.log('|---|---|---:|---:|---|');
  for (const [k, b] of builds.entries()) {
    const m = median(counts[k]!);
    const target = b.dir === null ? '' : '≥ 95 %';
    console.log(`| ${b.label} | ${counts[k]!.join(', ')} | ${m} | ${((100 * m) / bare).toFixed(1)} % | ${target} |`);
  }
}
