/**
 * A CDP session on the extension's service worker, reached through a page's session
 * (Playwright opens none on workers): Target.attachToTarget without flattening, then every
 * command wrapped in Target.sendMessageToTarget. The packs bench samples the worker's heap
 * with it (performance.memory does not exist in a service worker) and, when asked, profiles.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { recordTrace } from './trace-recorder';

export interface WorkerCdp {
  send<T = unknown>(method: string, params?: Record<string, unknown>): Promise<T>;
  detach(): Promise<void>;
}

export async function attachToServiceWorker(context: BrowserContext, page: Page, urlPart: string): Promise<WorkerCdp> {
  const cdp: CDPSession = await context.newCDPSession(page);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(urlPart));
  if (!target) throw new Error(`no service worker target matching ${urlPart}`);
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
  let nextId = 1;
  const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  cdp.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
    if (e.sessionId !== sessionId) return;
    const m = JSON.parse(e.message) as { id?: number; result?: unknown; error?: { message: string } };
    const w = m.id === undefined ? undefined : waiting.get(m.id);
    if (!w) return;
    waiting.delete(m.id!);
    if (m.error) w.reject(new Error(m.error.message));
    else w.resolve(m.result);
  });
  return {
    send<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
        cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
      });
    },
    async detach() {
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
      await cdp.detach().catch(() => undefined);
    },
  };
}

/** Samples Runtime.getHeapUsage (used bytes) until stopped; answers the peak. */
export function sampleHeap(cdp: WorkerCdp, everyMs = 100): { stop(): Promise<{ peak: number; samples: number }> } {
  let peak = 0;
  let samples = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const u = await cdp.send<{ usedSize: number }>('Runtime.getHeapUsage').catch(() => undefined);
      if (u) {
        samples++;
        peak = Math.max(peak, u.usedSize);
      }
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { peak, samples };
    },
  };
}

interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

export interface WorkerTasks {
  tasks: number;
  /** Longest task by wall time and by the thread's own CPU time (the latter is what the worker did, whatever the machine's load). */
  longestWallMs: number;
  longestCpuMs: number;
  over50Cpu: number;
  /** The worker thread's CPU time summed over every task (IndexedDB's own work runs in the browser process, not counted). */
  cpuMs: number;
  /** Tasks of 30 ms CPU or more: start and length in µs, on the clock CPU profiles use too. */
  long: Array<{ ts: number; dur: number; tdur: number }>;
}

/**
 * Records the browser's top-level task trace (a page session can start it; it covers every
 * process) and, when stopped, answers the tasks of the service worker's thread.
 */
export async function traceWorkerTasks(context: BrowserContext, page: Page): Promise<{ stop(): Promise<WorkerTasks> }> {
  const trace = await recordTrace<TraceEvent>(await context.newCDPSession(page), 'toplevel', (ev) => ev.ph === 'X' || ev.ph === 'M');
  return {
    async stop() {
      const events = await trace.stop();
      const workerThreads = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && /ServiceWorker/i.test(e.args?.name ?? '')).map((e) => `${e.pid}:${e.tid}`));
      const tasks = events.filter((e) => e.ph === 'X' && /RunTask/.test(e.name) && workerThreads.has(`${e.pid}:${e.tid}`));
      const ms = (us: number | undefined) => (us ?? 0) / 1000;
      return {
        tasks: tasks.length,
        // reduce, not Math.max(...): a quarter of a million tasks overflows the stack.
        longestWallMs: tasks.reduce((m, t) => Math.max(m, ms(t.dur)), 0),
        longestCpuMs: tasks.reduce((m, t) => Math.max(m, ms(t.tdur)), 0),
        over50Cpu: tasks.filter((t) => ms(t.tdur) >= 50).length,
        cpuMs: tasks.reduce((sum, t) => sum + ms(t.tdur), 0),
        long: tasks.filter((t) => ms(t.tdur) >= 30).map((t) => ({ ts: t.ts, dur: t.dur ?? 0, tdur: t.tdur ?? 0 })),
      };
    },
  };
}
