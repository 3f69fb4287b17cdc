/**
 * Aho-Corasick automaton vs one alternation RegExp, over the same folded text and rules:
 * compile, decode and scan cost for our alias set (~300) and synthetic sets up to 100k.
 * Text: real pages from ../shared/corpus (tags stripped) + the Korean seeds, or generated
 * mixed en/ko/zh text when ../shared is absent.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createAlternationMatcher } from '../../src/shared/matcher/alternation';
import { buildAutomaton } from '../../src/shared/matcher/build-automaton';
import type { PatternEntry } from '../../src/shared/matcher/entries';
import { createMatcher, type Matcher } from '../../src/shared/matcher/index';
import { synthesizeEntries } from '../../src/shared/matcher/synthesize';
import { foldText } from '../../src/shared/text/fold';
import { benchFixture } from './matcher-fixture';

const SHARED = join(import.meta.dirname, '../../../shared');
const PAGES = ['nytimes-2', 'bug-1255978', 'gmw', 'pixnet', 'qq', 'youth', 'yahoo-4', 'wikipedia', 'ars-1', 'medium-1'];

function stripTags(html: string): string {
  return html
    .replace(/<(script|style|noscript)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\n\s*\n+/g, '\n');
}

function generatedText(): string {
  const lines = [
    'Alibaba said on Tuesday that its Banma unit filed for a Hong Kong listing; Xiaomi and Meituan rose.',
    '알리바바가 반마네트워크의 홍콩 상장을 추진한다. 샤오미는 전기차를, 메이투안에서는 배달을 늘렸다.',
    '阿里巴巴旗下斑马智行向港交所递交上市申请，小米发布新手机，高德地图和美团合作。我喜欢喝小米粥，过斑马线。',
    '斑馬智行與高德地圖合作，美團外送擴張，高德納的書很好看。',
    'アリババとシャオミは新製品を発表した。The quick brown fox jumps over the lazy dog near Amapá.',
  ];
  return Array.from({ length: 3000 }, (_, i) => lines[i % lines.length]).join('\n');
}

function benchText(): { paragraphs: string[]; source: string } {
  if (!existsSync(SHARED)) {
    console.log('(../shared is absent: scanning generated mixed en/ko/zh text instead of real pages)');
    return { paragraphs: generatedText().split('\n'), source: 'generated' };
  }
  const pages = PAGES.map((p) => join(SHARED, 'corpus/pages', `${p}.html`)).filter(existsSync);
  const seeds = readdirSync(join(SHARED, 'seeds')).map((f) => join(SHARED, 'seeds', f));
  const texts = [...pages.map((p) => stripTags(readFileSync(p, 'utf8'))), ...[0, 1, 2].flatMap(() => seeds.map((s) => readFileSync(s, 'utf8')))];
  const paragraphs = texts.join('\n').split('\n').map((s) => s.trim()).filter(Boolean);
  return { paragraphs, source: `${pages.length} corpus pages + Korean seeds x3` };
}

/**
 * CPU time of this process, in ms: the machine is shared (other builds and browsers run
 * beside the benchmark), and wall-clock time would mostly measure them.
 */
const now = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(2)} MB`;

/** Best of several runs (at least `runs`, more while under ~0.5 s), in ms: least disturbed by other load. */
function best(fn: () => void, runs = 5): number {
  let min = Infinity;
  const until = now() + 500;
  for (let i = 0; i < runs || (now() < until && i < 20); i++) {
    const t = now();
    fn();
    min = Math.min(min, now() - t);
  }
  return min;
}

function scan(m: Matcher, paragraphs: string[]): number {
  let hits = 0;
  for (const p of paragraphs) hits += m.find(p).length;
  return hits;
}

/**
 * Scan time per MB for a matcher too slow to run over the whole text (the RegExp with
 * thousands of alternatives): paragraphs in order until the budget is spent.
 */
function sampledScan(m: Matcher, paragraphs: string[], budgetMs: number): { msPerMb: number; hits: number; complete: boolean } {
  let hits = 0;
  let bytes = 0;
  const t = now();
  let i = 0;
  for (; i < paragraphs.length && now() - t < budgetMs; i++) {
    hits += m.find(paragraphs[i]!).length;
    bytes += Buffer.byteLength(paragraphs[i]!, 'utf8') + 1;
  }
  return { msPerMb: (now() - t) / (bytes / 1048576), hits, complete: i === paragraphs.length };
}

interface Row {
  set: string;
  engine: string;
  compileMs: number;
  decodeMs: number | null;
  payload: number | null;
  scanMsPerMb: number;
  hits: number | null;
}

function measure(set: string, entries: PatternEntry[], paragraphs: string[], textMb: number): Row[] {
  const companyIds = Array.from({ length: Math.max(0, ...entries.map((e) => e.company)) + 1 }, (_, i) => `c${i}`);
  let data = buildAutomaton(entries);
  const acCompile = best(() => (data = buildAutomaton(entries)), 3);
  const json = JSON.stringify({ version: set, companyIds, data });
  const parsed = JSON.parse(json) as { version: string; companyIds: string[]; data: unknown };
  let ac = createMatcher(parsed);
  const acDecode = best(() => (ac = createMatcher(parsed)), 3);
  const acHits = scan(ac, paragraphs);
  const acScan = best(() => scan(ac, paragraphs));

  const t = now();
  const re = createAlternationMatcher(entries);
  re.find('x'); // V8 compiles a RegExp lazily, on its first exec
  const reCompile = now() - t;
  const sample = sampledScan(re, paragraphs, 4000);
  const reScan = sample.complete ? best(() => scan(re, paragraphs), 2) / textMb : sample.msPerMb;
  const reHits = sample.complete ? sample.hits : null;
  if (reHits !== null && reHits !== acHits) console.log(`!! ${set}: automaton found ${acHits}, RegExp ${reHits}`);
  return [
    { set, engine: 'Aho-Corasick', compileMs: acCompile, decodeMs: acDecode, payload: json.length, scanMsPerMb: acScan / textMb, hits: acHits },
    { set, engine: sample.complete ? 'RegExp' : 'RegExp (sampled: too slow for the whole text)', compileMs: reCompile, decodeMs: null, payload: null, scanMsPerMb: reScan, hits: reHits },
  ];
}

export async function bench(): Promise<void> {
  const { paragraphs, source } = benchText();
  const bytes = paragraphs.reduce((n, p) => n + Buffer.byteLength(p, 'utf8') + 1, 0);
  const textMb = bytes / 1048576;
  console.log(`text: ${source}, ${paragraphs.length} paragraphs, ${mb(bytes)} UTF-8 (scanned paragraph by paragraph, like text nodes)`);
  const foldMs = best(() => paragraphs.forEach((p) => foldText(p)));
  console.log(`folding alone (NFKC + case + offset map): ${(foldMs / textMb).toFixed(1)} ms/MB\n`);

  const fixture = benchFixture();
  const sets: Array<[string, PatternEntry[]]> = [
    [`ours (${fixture.length})`, fixture],
    ['synthetic 10k', synthesizeEntries(10_000, 1)],
    ['synthetic 100k', synthesizeEntries(100_000, 1)],
  ];
  const rows = sets.flatMap(([name, entries]) => measure(name, entries, paragraphs, textMb));
  const fmt = (x: number | null, d = 1): string => (x === null ? '–' : x.toFixed(d));
  console.log('| aliases | engine | compile ms | payload | decode ms | scan ms/MB | matches |  (CPU time)');
  console.log('|---|---|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const payload = r.payload === null ? '–' : mb(r.payload);
    console.log(`| ${r.set} | ${r.engine} | ${fmt(r.compileMs)} | ${payload} | ${fmt(r.decodeMs)} | ${fmt(r.scanMsPerMb)} | ${r.hits ?? '–'} |`);
  }
  console.log('\nRegExp / Aho-Corasick:');
  for (let i = 0; i < rows.length; i += 2) {
    const [ac, re] = [rows[i]!, rows[i + 1]!];
    console.log(`  ${ac.set}: scan x${(re.scanMsPerMb / ac.scanMsPerMb).toFixed(2)}, compile x${(re.compileMs / (ac.compileMs + ac.decodeMs!)).toFixed(2)} (vs build + decode)`);
  }
}
