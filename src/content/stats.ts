/** The frame's scan cost, as page/mentions reports it (types from the protocol). */
import type { ScanStats } from '../shared/messages';

export function createStats(): ScanStats {
  return { scanMs: 0, textNodes: 0, chars: 0, longestChunkMs: 0 };
}

export interface StartupRecord {
  ms: number;
  longest: number;
}

/**
 * This frame's start-up work so far (see ScanStats.startupMs). content.js (the entry) and
 * content-main.js (the rest, imported later) each bundle their own copy of this module; the
 * rest joins the entry's record (joinStartup) so one total counts both.
 */
let startup: StartupRecord = { ms: 0, longest: 0 };

/** This bundle's record, for handing to the rest. */
export function startupRecord(): StartupRecord {
  return startup;
}

/** Adds what this bundle counted so far to `shared` and counts into it from now on. */
export function joinStartup(shared: StartupRecord): void {
  if (shared === startup) return;
  shared.ms += startup.ms;
  shared.longest = Math.max(shared.longest, startup.longest);
  startup = shared;
}

/** Rounded for the wire: microseconds are noise, and the popup shows milliseconds. */
export function snapshot(stats: ScanStats): ScanStats {
  const ms = (x = 0) => Math.round(x * 100) / 100;
  return {
    scanMs: ms(stats.scanMs),
    textNodes: stats.textNodes,
    chars: stats.chars,
    longestChunkMs: ms(stats.longestChunkMs),
    ...(stats.firstScanMs === undefined ? {} : { firstScanMs: ms(stats.firstScanMs) }),
    startupMs: ms(startup.ms),
    longestStartupMs: ms(startup.longest),
  };
}

/** Counts one start-up task's busy time (scanning done inside it excluded: that is in scanMs). */
export function addStartup(ms: number): void {
  startup.ms += ms;
  startup.longest = Math.max(startup.longest, ms);
}

/** One task's worth of scanning work: counted in the total and in the longest task. */
export function addBusy(stats: ScanStats, ms: number): void {
  stats.scanMs += ms;
  stats.longestChunkMs = Math.max(stats.longestChunkMs ?? 0, ms);
}
