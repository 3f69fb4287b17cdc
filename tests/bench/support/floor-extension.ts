/**
 * The least start-up any content script that marks our dataset's names must make, as a
 * built extension to load side by side with ours (scan bench, 12 largest pages). A copy of the
 * benchmarked build whose content.js is replaced by `floorContent`: it asks the same background
 * for the same settings and matcher in one round trip (the same message ours sends), turns the
 * payload's arrays into typed arrays without checking or expanding anything, registers one
 * empty highlight, observes the document for late content, answers page/mentions — and then
 * makes the least first pass (minimalColdWalk) instead of a scan. It marks nothing and has no
 * card, stylesheet, screen table, validation or skip rules: a lower bound, not a design.
 *
 * Its `startupMs` is counted like ours (busy time of its start-up tasks by its own clock), so
 * (our start-up + scan) / (least start-up + least first pass) compares like with like.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST_CHROME } from '../../e2e/support/paths';
import { MENTION_HIGHLIGHT } from '../../../src/content/highlight-style';
import { minimalColdWalk } from './page-probes';

interface ChromeLike {
  runtime: {
    sendMessage(message: unknown, callback: (reply: unknown) => void): void;
    onMessage: { addListener(l: (message: unknown, sender: unknown, send: (reply: unknown) => void) => boolean): void };
  };
}

/**
 * The floor's content script (stringified into content.js; `walk` is minimalColdWalk). With
 * `names`, it is the least *marker*: after its pass it puts every occurrence of each name in
 * the page's text nodes into one highlight registered under ours (`highlight`), which the
 * stylesheet our background adopts at document_start paints — what any extension showing these
 * marks must at least add to the page, with none of our precision rules, card or summary. The
 * marking is a second walk after minimalColdWalk (which the least first pass shares, so it
 * stays as it is): its one task is longer than a single-walk marker's would be; the floor's
 * own task is the lower bound of that.
 */
export function floorContent(walk: () => { ms: number; nodes: number; chars: number }, names: string[] = [], highlight = ''): void {
  const t0 = performance.now();
  const stats = { scanMs: NaN, textNodes: 0, chars: 0, longestChunkMs: NaN, startupMs: 0, longestStartupMs: 0 };
  const count = (ms: number) => {
    stats.startupMs += ms;
    stats.longestStartupMs = Math.max(stats.longestStartupMs, ms);
  };
  const api = (globalThis as unknown as { chrome: ChromeLike }).chrome;
  let ready!: () => void;
  const scanned = new Promise<void>((resolve) => (ready = resolve));
  api.runtime.onMessage.addListener((message, _sender, send) => {
    if ((message as { type?: unknown } | null)?.type !== 'page/mentions') return false;
    void scanned.then(() => send({ enabled: true, mentions: [], stats }));
    return true;
  });
  api.runtime.sendMessage({ type: 'settings/page', patterns: true }, (reply) => {
    const t = performance.now();
    const data = ((reply as { patterns?: { data?: Record<string, unknown> } } | undefined)?.patterns?.data ?? {}) as Record<string, unknown>;
    const fromBase64 = (Uint8Array as unknown as { fromBase64: (s: string) => Uint8Array }).fromBase64;
    const arrays: Uint8Array[] = [];
    for (const key of ['chars', 'degrees', 'outputs', 'screenBlocks', 'screenValues', 'astral', 'fail']) {
      const value = data[key];
      if (typeof value === 'string') arrays.push(fromBase64(value));
    }
    CSS.highlights.set('company-context-floor', new Highlight());
    new MutationObserver(() => undefined).observe(document, { childList: true, subtree: true, characterData: true });
    count(performance.now() - t);
    const pass = walk();
    if (names.length) {
      const since = performance.now();
      const ranges: Range[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const data = (n as Text).data;
        for (const name of names) {
          for (let at = data.indexOf(name); at >= 0; at = data.indexOf(name, at + name.length)) {
            const range = new Range();
            range.setStart(n, at);
            range.setEnd(n, at + name.length);
            ranges.push(range);
          }
        }
      }
      CSS.highlights.set(highlight, new Highlight(...ranges));
      pass.ms += performance.now() - since;
    }
    stats.scanMs = pass.ms;
    stats.textNodes = pass.nodes;
    stats.chars = pass.chars;
    ready();
  });
  count(performance.now() - t0);
}

/** A copy of `from` (the benchmarked build) with the floor as its content.js; with `marks`, the least marker (see floorContent). */
export async function buildFloorExtension(from = DIST_CHROME, marks: string[] = []): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cc-bench-floor-'));
  await cp(from, dir, { recursive: true });
  const args = `walk, ${JSON.stringify(marks)}, ${JSON.stringify(MENTION_HIGHLIGHT)}`;
  const script = `(() => { var __name = (f) => f; const walk = (${minimalColdWalk.toString()}); (${floorContent.toString()})(${args}); })();\n`;
  await writeFile(join(dir, 'content.js'), script);
  // Ours runs content.js in every frame (its frame gate below the top); the floor runs in the
  // top frame alone: no script at all in the page's other frames, a lower bound there too.
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { content_scripts: { all_frames?: boolean; match_about_blank?: boolean }[] };
  for (const entry of manifest.content_scripts) {
    entry.all_frames = false;
    delete entry.match_about_blank;
  }
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
  return dir;
}
