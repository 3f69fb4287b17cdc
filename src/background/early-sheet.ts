/**
 * Keeps the document_start stylesheet script (content-sheet-<style>.js, src/content/early-sheet.ts)
 * registered for exactly the sites that are on: adopted before a page is built, our
 * `::highlight()` rules cost the page nothing when the first mention is marked, where adopting
 * them then restyles every element (1.1 s of CPU on a page of 200,000 elements; `npx tsx
 * tests/bench/run.ts sheet`). A switched-off site must never get it — removing it later would
 * cost that restyle — so the registration follows the switches and the reader's highlight
 * style, read from the settings mirror in storage.local (which every change, a restore
 * included, rewrites).
 */
import { HOVER_PREFS_KEY, parseHoverPrefs, type HighlightStyle } from '../shared/hover-prefs';
import { GLOBAL_KEY } from './db/schema';
import type { ContentScriptRegistration, ContentScripts, KeyValueArea } from './platform';
import { readBackup } from './settings';

export const EARLY_SHEET_ID = 'company-context-early-sheet';

/** The pages our content scripts run in (manifest.json). */
const MATCHES = ['http://*/*', 'https://*/*'];

/** A host a match pattern can name as it is; anything else (an IPv6 literal, a stray character) cannot be left out reliably. */
const PLAIN_HOST = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i;

/**
 * The registration the switches and the style call for; null when none may exist: marking
 * is off everywhere, or an off site cannot be written as a match pattern (then no page gets
 * the early sheet, and the content script adopts its sheet with the first mention as before).
 */
export function earlySheetFor(switches: Record<string, boolean>, style: HighlightStyle): ContentScriptRegistration | null {
  if (switches[GLOBAL_KEY] === false) return null;
  const off = Object.keys(switches).filter((host) => host !== GLOBAL_KEY && switches[host] === false).sort();
  if (off.some((host) => !PLAIN_HOST.test(host))) return null;
  return {
    id: EARLY_SHEET_ID,
    js: [`content-sheet-${style}.js`],
    matches: MATCHES,
    ...(off.length ? { excludeMatches: off.map((host) => `*://${host}/*`) } : {}),
    runAt: 'document_start',
    allFrames: false,
  };
}

/** Field by field, ours only (a browser adds fields of its own): a registration left by an older version is replaced. */
const same = (a: ContentScriptRegistration, b: ContentScriptRegistration) =>
  a.js.join() === b.js.join() &&
  a.matches.join() === b.matches.join() &&
  (a.excludeMatches ?? []).join() === (b.excludeMatches ?? []).join() &&
  a.runAt === b.runAt &&
  a.allFrames === b.allFrames;

/**
 * Syncs run one after another (two at once could both find nothing registered and register
 * twice); a failed one is logged and leaves the next to try again.
 */
export function earlySheetSync(local: KeyValueArea, scripts: ContentScripts): () => Promise<void> {
  let last = Promise.resolve();
  return () =>
    (last = last.then(() =>
      syncEarlySheet(local, scripts).catch((error: unknown) => console.warn('[company-context] document_start stylesheet not registered:', error)),
    ));
}

/** Brings the registration in line with storage.local's switches and style (idempotent; call it on every change and at start). */
export async function syncEarlySheet(local: KeyValueArea, scripts: ContentScripts): Promise<void> {
  const switches = await readBackup(local);
  const prefs = await local.get(HOVER_PREFS_KEY);
  const want = earlySheetFor(switches, parseHoverPrefs(prefs[HOVER_PREFS_KEY]).style);
  const have = await scripts.registered(EARLY_SHEET_ID);
  if (have && want && same(have, want)) return;
  if (have) await scripts.unregister(EARLY_SHEET_ID);
  if (want) await scripts.register(want);
}
