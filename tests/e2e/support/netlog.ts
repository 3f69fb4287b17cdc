/**
 * Reads a Chromium NetLog (--log-net-log) and lists every URL request that was started,
 * with its initiator. This is the browser's own record of network activity, covering the
 * service worker, extension pages and content scripts alike.
 */
import { readFile } from 'node:fs/promises';

export interface LoggedRequest {
  url: string;
  /** An origin like chrome-extension://abc or http://127.0.0.1:1234, or "not an origin" (browser-internal). */
  initiator: string;
}

interface NetLog {
  constants: { logEventTypes: Record<string, number> };
  events: Array<{ type: number; params?: { url?: string; initiator?: string } }>;
}

export async function readNetLog(file: string): Promise<LoggedRequest[]> {
  const text = await readFile(file, 'utf8');
  // Chromium may be killed before it writes the closing brackets; the events are still there.
  const log = JSON.parse(text.trimEnd().endsWith('}') ? text : `${text.trimEnd().replace(/,$/, '')}]}`) as NetLog;
  const startJob = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events
    .filter((e) => e.type === startJob && e.params?.url)
    .map((e) => ({ url: e.params!.url!, initiator: e.params!.initiator ?? '' }));
}
