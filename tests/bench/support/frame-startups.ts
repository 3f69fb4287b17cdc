/**
 * The 46-frame page's start-up per frame, two ways: our own clock (page/mentions' startupMs,
 * asked of every frame; a frame that cannot show text does not listen, so only those that can
 * answer) and the page's side, the renderer's trace. The trace gives the main
 * thread's own CPU time (tdur, which the machine's load does not inflate the way it does wall
 * time) of every top-level event running our scripts in that frame: EvaluateScript of
 * content.js (compile + run; in a frame's first content script this includes creating the
 * extension's isolated world) and FunctionCall into content.js / content-main.js (the message
 * listener, the observers, timers and idle callbacks). content-main.js's v8.compileModule and
 * v8.evaluateModule (in the extension's world) carry no frame: they are summed per load, and
 * the trace column of the frames that load it lacks them. Its parse runs off the main thread
 * (v8.parseOnBackground) and is left out.
 */
import type { ChromiumExtension } from '../../e2e/support/chromium';

interface TraceEvent {
  ph: string;
  name: string;
  tid: number;
  pid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string; frame?: string }; worldName?: string };
}

export interface FrameRow {
  url: string;
  startupMs: number;
  longest: number;
  /** Main-thread CPU time of our scripts in this frame, from the trace. */
  traceMs: number;
}

const OURS = /^chrome-extension:\/\/[^/]+\/content(-main|-frame)?\.js/;

/** Top-level events only: an event inside another counted one on the same thread is not counted twice. */
function ourEvents(events: TraceEvent[]): TraceEvent[] {
  const picked = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        (((e.name === 'EvaluateScript' || e.name === 'FunctionCall' || e.name === 'v8.compileModule') && OURS.test(e.args?.data?.url ?? '')) ||
          (e.name === 'v8.evaluateModule' && !!e.args?.worldName)),
    )
    .sort((a, b) => a.ts - b.ts);
  const out: TraceEvent[] = [];
  const openUntil = new Map<string, number>();
  for (const e of picked) {
    const thread = `${e.pid}:${e.tid}`;
    if ((openUntil.get(thread) ?? -1) > e.ts) continue;
    openUntil.set(thread, e.ts + (e.dur ?? 0));
    out.push(e);
  }
  return out;
}

interface FrameTree {
  frame: { id: string; url: string; urlFragment?: string };
  childFrames?: FrameTree[];
}

/** One load of the page: every frame's own clock and its trace time; `moduleMs` for the load. */
export async function frameStartups(ext: ChromiumExtension, url: string): Promise<{ rows: FrameRow[]; moduleMs: number }> {
  const page = await ext.context.newPage();
  const cdp = await ext.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    for (const ev of e.value as unknown as TraceEvent[]) events.push(ev);
  });
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8', transferMode: 'ReportEvents' } as never);
  await page.goto(url, { waitUntil: 'load', timeout: 0 });
  await ext.sendToTab(url, { type: 'page/mentions' });
  const answers = await ext.worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === u)!;
    const frames = (await chrome.webNavigation.getAllFrames({ tabId: tab.id! })) ?? [];
    return Promise.all(
      frames.map(async (fr) => {
        const a = (await chrome.tabs.sendMessage(tab.id!, { type: 'page/mentions' }, { frameId: fr.frameId }).catch(() => null)) as { stats: { startupMs?: number; longestStartupMs?: number } } | null;
        return { url: fr.url, startupMs: a?.stats.startupMs ?? NaN, longest: a?.stats.longestStartupMs ?? NaN };
      }),
    );
  }, url);
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: FrameTree };
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  await page.close();

  // Trace time per frame id, then per URL (in frame-tree order, so repeated URLs pair up in order).
  const perFrame = new Map<string, number>();
  let moduleMs = 0;
  for (const e of ourEvents(events)) {
    const ms = (e.tdur ?? e.dur ?? 0) / 1000;
    if (e.name === 'v8.compileModule' || e.name === 'v8.evaluateModule') moduleMs += ms;
    else if (e.args?.data?.frame) perFrame.set(e.args.data.frame, (perFrame.get(e.args.data.frame) ?? 0) + ms);
  }
  const traceByUrl = new Map<string, number[]>();
  const walk = (t: FrameTree) => {
    const u = t.frame.url + (t.frame.urlFragment ?? '');
    traceByUrl.set(u, [...(traceByUrl.get(u) ?? []), perFrame.get(t.frame.id) ?? 0]);
    for (const c of t.childFrames ?? []) walk(c);
  };
  walk(frameTree);
  // Frames with the same URL (about:blank, about:srcdoc) are of one kind: any pairing serves.
  const rows = answers.map((a) => ({ ...a, traceMs: traceByUrl.get(a.url)?.shift() ?? NaN }));
  return { rows, moduleMs };
}

const median = (xs: number[]) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
};
const f = (x: number, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '–');

/**
 * Loads the page `loads` times with each build (alternating, so the machine's load falls on
 * both alike) and prints one table, the builds side by side in each cell.
 */
export async function printFrameStartups(builds: Array<{ label: string; ext: ChromiumExtension }>, url: string, loads: number): Promise<void> {
  const runs = builds.map(() => [] as Array<Awaited<ReturnType<typeof frameStartups>>>);
  for (let i = 0; i < loads; i++) for (const [b, build] of builds.entries()) runs[b]!.push(await frameStartups(build.ext, url));
  const kind = (u: string) =>
    u === url ? 'top page' : u.includes('hidden') ? 'hidden (display:none)' : u.includes('tiny') ? 'tiny (1×1)' : u.includes('frame-text') ? 'text' : u.includes('frame-empty') ? 'empty' : u.startsWith('about:srcdoc') ? 'srcdoc' : 'about:blank';
  const labels = builds.map((b) => b.label).join(' / ');
  const first = runs[0]![0]?.rows ?? [];
  console.log(
    `\n**46 frames** (${first.length} frames per load, ${first.filter((r) => Number.isFinite(r.startupMs)).length} of them answering, ${loads} loads per build; each cell ${labels}): ` +
      "start-up per frame outside the scan, by our clock (startupMs) and by the renderer's trace (main-thread CPU of our scripts in the frame). " +
      'A frame that cannot show text does not listen for messages (content.js below the top frame), so it has no own clock (–) and its trace is the measure; ' +
      'the own-clock medians cover the frames that answer.\n',
  );
  console.log('| frames | count | median start-up ms, our clock | max ms, our clock | median ms, trace | max ms, trace | target |');
  console.log('|---|---:|---:|---:|---:|---:|---|');
  const all = runs.map((r) => r.flatMap((l) => l.rows));
  const cell = (pick: (rows: FrameRow[]) => number) => all.map((rows) => f(pick(rows))).join(' / ');
  for (const k of [...new Set(all[0]!.map((r) => kind(r.url)))]) {
    const of = (rows: FrameRow[]) => rows.filter((r) => kind(r.url) === k);
    const cannot = k.startsWith('hidden') || k.startsWith('tiny') || k === 'empty' || k === 'about:blank';
    console.log(
      `| ${k} | ${of(all[0]!).length / loads} | ${cell((rows) => median(of(rows).map((r) => r.startupMs)))} | ${cell((rows) => Math.max(...of(rows).map((r) => r.startupMs)))} | ` +
        `${cell((rows) => median(of(rows).map((r) => r.traceMs)))} | ${cell((rows) => Math.max(...of(rows).map((r) => r.traceMs)))} | ${cannot ? '≤ 1 ms (cannot show a mention)' : ''} |`,
    );
  }
  console.log(`| all frames | ${all[0]!.length / loads} | ${cell((rows) => median(rows.map((r) => r.startupMs)))} | ${cell((rows) => Math.max(...rows.map((r) => r.startupMs)))} | ${cell((rows) => median(rows.map((r) => r.traceMs)))} | ${cell((rows) => Math.max(...rows.map((r) => r.traceMs)))} | median ≤ 4 ms |`);
  const perLoad = (pick: (l: Awaited<ReturnType<typeof frameStartups>>) => number) => runs.map((r) => f(median(r.map(pick)), 1)).join(' / ');
  console.log(`| total of the page's frames, median per load | | ${perLoad((l) => l.rows.reduce((t, r) => t + (Number.isFinite(r.startupMs) ? r.startupMs : 0), 0))} | | ${perLoad((l) => l.rows.reduce((t, r) => t + (Number.isFinite(r.traceMs) ? r.traceMs : 0), 0))} | | |`);
  console.log(`| content-main.js compile + evaluation (v8.compileModule + v8.evaluateModule, no frame id), median per load | | | | ${perLoad((l) => l.moduleMs)} | | |`);
}
