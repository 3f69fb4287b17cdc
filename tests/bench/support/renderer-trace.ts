/**
 * What the page's main thread really did while the extension worked: the renderer's trace
 * (devtools.timeline), task by task, with each task's wall time and the thread's own CPU time
 * (tdur: what a task cost whatever the machine's load), and what ran inside it: the
 * extension's script (FunctionCall from chrome-extension://, with the function's name), style
 * recalculation (UpdateLayoutTree, with the elements it restyled), layout, garbage collection.
 * The bench's wall-clock "longest task" cannot tell one un-sliced operation from preemption
 * by another process; this can.
 */
import type { Page } from 'playwright-core';
import { recordTrace } from './trace-recorder';

interface TraceEvent {
  ph: string;
  name: string;
  cat: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string; functionName?: string; frame?: string }; elementCount?: number; beginData?: { frame?: string } };
}

export interface TaskPart {
  name: string;
  ms: number;
  cpuMs: number;
  detail?: string;
}

export interface RendererTask {
  /** Page time (performance.now() of the page) when it began, ms. */
  at: number;
  wallMs: number;
  cpuMs: number;
  /** The task's direct children, with ours (chrome-extension:// scripts) marked. */
  parts: TaskPart[];
  ours: boolean;
}

const INTERESTING = new Set(['FunctionCall', 'UpdateLayoutTree', 'Layout', 'MajorGC', 'MinorGC', 'V8.GC_MC_BACKGROUND', 'ParseHTML', 'EvaluateScript', 'TimerFire', 'EventDispatch', 'ScheduleStyleRecalculation', 'InvalidateLayout', 'v8.compile', 'RunMicrotasks']);
const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', ...(process.env.TRACE_INVALIDATIONS ? ['disabled-by-default-devtools.timeline.invalidationTracking'] : [])].join(',');

/** Starts tracing through a session on `page`; stop() answers the main-thread tasks of the page's renderer ≥ `minMs` (wall or CPU). */
export async function traceRenderer(page: Page): Promise<{ stop(minMs?: number): Promise<RendererTask[]> }> {
  const trace = await recordTrace<TraceEvent>(await page.context().newCDPSession(page), CATEGORIES, (ev) => /^[XMIRi]$/.test(ev.ph));
  return {
    async stop(minMs = 30) {
      const events = await trace.stop();
      if (process.env.TRACE_INVALIDATIONS) {
        const counts = new Map<string, number>();
        for (const e of events) if (/Invalidation|ScheduleStyle|InvalidateLayout/.test(e.name)) {
          const d = (e.args as { data?: Record<string, unknown> } | undefined)?.data ?? {};
          const k = `${e.name} ${String(d.reason ?? '')} ${String(d.nodeName ?? '')} ${JSON.stringify(d.stackTrace ?? '').slice(0, 300)}`;
          counts.set(k, (counts.get(k) ?? 0) + 1);
        }
        for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(n, k);
      }
      return tasksOf(events, minMs);
    },
  };
}

/** The renderer main threads ("pid:tid") among the trace's thread_name metadata. */
function rendererMainThreads(events: TraceEvent[]): Set<string> {
  return new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
}

function tasksOf(events: TraceEvent[], minMs: number): RendererTask[] {
  // The page's renderer: the thread that ran its navigationStart-ish marks; simplest, the
  // CrRendererMain thread with the most extension FunctionCalls or, failing that, the busiest.
  const mains = rendererMainThreads(events);
  const key = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const busy = new Map<string, number>();
  for (const e of events) if (e.ph === 'X' && mains.has(key(e)) && e.name === 'FunctionCall' && e.args?.data?.url?.startsWith('chrome-extension://')) busy.set(key(e), (busy.get(key(e)) ?? 0) + (e.dur ?? 0));
  // Without our scripts (a bare page): the busiest renderer main thread.
  if (busy.size === 0) for (const e of events) if (e.ph === 'X' && mains.has(key(e)) && e.name === 'ThreadControllerImpl::RunTask') busy.set(key(e), (busy.get(key(e)) ?? 0) + (e.tdur ?? 0));
  const thread = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!thread) return [];
  const onThread = events.filter((e) => e.ph === 'X' && key(e) === thread).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  // The page's clock: a navigationStart mark's ts is the page's time origin.
  const origin = events.filter((e) => e.name === 'navigationStart' && e.pid === Number(thread.split(':')[0])).map((e) => e.ts).pop() ?? 0;
  const tasks: RendererTask[] = [];
  for (let i = 0; i < onThread.length; i++) {
    const t = onThread[i]!;
    if (t.name !== 'ThreadControllerImpl::RunTask') continue;
    const end = t.ts + (t.dur ?? 0);
    if ((t.dur ?? 0) / 1000 < minMs && (t.tdur ?? 0) / 1000 < minMs) continue;
    const parts: TaskPart[] = [];
    let covered = t.ts;
    for (let j = i + 1; j < onThread.length && onThread[j]!.ts < end; j++) {
      const c = onThread[j]!;
      if (c.name === 'RunTask' || c.name === 'ThreadControllerImpl::RunTask') continue;
      // Direct children, and inside them what names the cost: scripts (ours by URL), style, layout, GC.
      const nested = c.ts < covered;
      if (nested && !INTERESTING.has(c.name)) continue;
      if (!nested) covered = c.ts + (c.dur ?? 0);
      const url = c.args?.data?.url;
      const detail =
        c.name === 'UpdateLayoutTree'
          ? `${c.args?.elementCount ?? '?'} elements`
          : c.name === 'Layout'
            ? `${JSON.stringify((c.args as { beginData?: Record<string, unknown> } | undefined)?.beginData ?? {}).replace(/"frame":"[^"]*",?/, '').slice(0, 120)}`
            : url ? `${url.replace(/^chrome-extension:\/\/[^/]+/, 'ext:')} ${c.args?.data?.functionName ?? ''}`.trim() : undefined;
      parts.push({ name: nested ? `  ${c.name}` : c.name, ms: (c.dur ?? 0) / 1000, cpuMs: (c.tdur ?? 0) / 1000, detail });
    }
    tasks.push({
      at: (t.ts - origin) / 1000,
      wallMs: (t.dur ?? 0) / 1000,
      cpuMs: (t.tdur ?? 0) / 1000,
      parts: parts.filter((p) => p.ms >= 1),
      // A frame where only a trivial callback of ours ran (a requestAnimationFrame) is the page's frame.
      ours: parts.some((p) => p.detail?.startsWith('ext:') && p.cpuMs >= 1),
    });
  }
  return tasks;
}

export interface TraceSummary {
  /** The longest time our script ran in one task, thread CPU ms (FunctionCall from chrome-extension://). */
  ourScriptCpuMs: number;
  /**
   * Tasks where our script ran (≥ 1 ms CPU) and the task took ≥ 50 ms of CPU in all: our
   * script, or the frame rendered right after it in the same task. Code run from a microtask
   * checkpoint carries no FunctionCall with a URL: such work counts as the page's.
   */
  ourLongTasks: number;
  /** Style recalculations of ≥ 50 ms CPU: how many, the longest, and how many elements that one restyled. */
  longStyles: number;
  longestStyleCpuMs: number;
  longestStyleElements: number;
  /** Layouts of ≥ 50 ms CPU. */
  longLayouts: number;
  /** Every task ≥ 50 ms CPU, for the record. */
  longTasks: RendererTask[];
}

export function summarise(tasks: RendererTask[]): TraceSummary {
  const ourCpu = (t: RendererTask) => t.parts.filter((p) => p.detail?.startsWith('ext:')).reduce((s, p) => Math.max(s, p.cpuMs), 0);
  const styles = tasks.flatMap((t) => t.parts.filter((p) => p.name.trim() === 'UpdateLayoutTree' && p.cpuMs >= 50));
  const longestStyle = styles.reduce<TaskPart | undefined>((m, p) => (!m || p.cpuMs > m.cpuMs ? p : m), undefined);
  return {
    ourScriptCpuMs: tasks.reduce((m, t) => Math.max(m, ourCpu(t)), 0),
    ourLongTasks: tasks.filter((t) => t.ours && t.cpuMs >= 50).length,
    longStyles: styles.length,
    longestStyleCpuMs: longestStyle?.cpuMs ?? 0,
    longestStyleElements: Number.parseInt(longestStyle?.detail ?? '0', 10) || 0,
    longLayouts: tasks.flatMap((t) => t.parts.filter((p) => p.name.trim() === 'Layout' && p.cpuMs >= 50)).length,
    longTasks: tasks.filter((t) => t.cpuMs >= 50),
  };
}

/** One line per task for a report: "wall/cpu ms: part ms (detail), …". */
export function describeTask(t: RendererTask): string {
  const parts = t.parts.map((p) => `${p.name} ${p.ms.toFixed(0)}/${p.cpuMs.toFixed(0)}${p.detail ? ` (${p.detail})` : ''}`).join(', ');
  return `@${t.at.toFixed(0)} ms: ${t.wallMs.toFixed(1)} wall / ${t.cpuMs.toFixed(1)} cpu ms${t.ours ? ' [ours]' : ''}: ${parts}`;
}

/** What compiling our content scripts cost, by thread (see traceExtensionCompile). */
export interface CompileCost {
  /** On the renderer's main thread: the page waits for it. */
  mainMs: number;
  /** On V8's background threads (a streamed module, content-main.js): the page does not. */
  offMs: number;
}

/** Main-thread events of compiling a script: a classic one whole, a streamed module's finishing steps. */
const MAIN_COMPILE = new Set(['v8.compile', 'v8.compileModule', 'v8.streamingCompile.start', 'v8.streamingCompile.complete']);

/**
 * Thread CPU the renderer spent compiling our content scripts (compile trace events with a
 * chrome-extension:// URL), from start() to stop(). It happens before the script's first line
 * runs, so no clock of the script's own (startupMs) can see it, yet the page waits for what runs
 * on its main thread like for any other work of ours. A classic content script is compiled
 * there (v8.compile); a module that a content script imports (content-main.js) is streamed:
 * compiled on a background thread (v8.parseOnBackground), with a few tenths of a millisecond of
 * finishing on the main thread (v8.streamingCompile.complete, v8.compileModule).
 */
export async function traceExtensionCompile(page: Page): Promise<{ stop(): Promise<CompileCost> }> {
  const keep = (ev: TraceEvent) =>
    (ev.ph === 'M' && ev.name === 'thread_name') ||
    (ev.ph === 'X' && (MAIN_COMPILE.has(ev.name) || ev.name === 'v8.parseOnBackground') && JSON.stringify(ev.args ?? {}).includes('chrome-extension://'));
  const trace = await recordTrace(await page.context().newCDPSession(page), 'v8,disabled-by-default-v8.compile', keep);
  return {
    stop: async () => {
      const events = await trace.stop();
      const mains = rendererMainThreads(events);
      const cost: CompileCost = { mainMs: 0, offMs: 0 };
      for (const ev of events) {
        if (ev.ph !== 'X') continue;
        const ms = (ev.tdur ?? ev.dur ?? 0) / 1000;
        if (mains.has(`${ev.pid}:${ev.tid}`) && MAIN_COMPILE.has(ev.name)) cost.mainMs += ms;
        else if (ev.name === 'v8.parseOnBackground') cost.offMs += ms;
      }
      return cost;
    },
  };
}
