/** The frame's scan cost, as page/mentions reports it (types from the protocol). */
import type { ScanStats } from '../shared/messages';

export function createStats(): ScanStats {
  return { scanMs: 0, textNodes: 0, chars: 0 };
}

/** Rounded for the wire: microseconds are noise, and the popup shows milliseconds. */
export function snapshot(stats: ScanStats): ScanStats {
  return { scanMs: Math.round(stats.scanMs * 100) / 100, textNodes: stats.textNodes, chars: stats.chars };
}
