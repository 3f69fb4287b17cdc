/**
 * Search at scale: a deterministic synthetic dataset of 10,000 companies and 100,000
 * articles (names in Latin, Hangul and Han; summaries in English and Korean), the index
 * build time, and the time per keystroke while typing queries one character (or one IME
 * step) at a time. Targets: keystroke p95 ≤ 16 ms; build well inside the background's
 * start-up. `npx tsx tests/bench/run.ts search`.
 */
import type { Article, Company } from '../../src/shared/dataset/schema';
import { buildSearchIndex } from '../../src/shared/search/index';
import { syntheticDataset } from './search-data';

/** What typing each query looks like, keystroke by keystroke (Korean through its IME steps). */
const TYPING: Record<string, string[]> = {
  'Latin (alibaba)': steps('alibaba'),
  'Latin words (meituan food delivery)': steps('meituan food delivery'),
  'Hangul (샤오미, IME steps)': ['ㅅ', '샤', '샤ㅇ', '샤오', '샤옴', '샤오미'],
  'Choseong (ㅅㅇㅁ)': steps('ㅅㅇㅁ'),
  'Han (美團點評)': steps('美團點評'),
  'Typo (xiaomy)': steps('xiaomy'),
  'Miss (qzxwvk)': steps('qzxwvk'),
};

function steps(s: string): string[] {
  return [...s].map((_, i) => [...s].slice(0, i + 1).join(''));
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]!;
}

export function measure(companies: Company[], articles: Article[], rounds = 5) {
  const t0 = performance.now();
  const index = buildSearchIndex(companies, articles);
  const buildMs = performance.now() - t0;
  const rows: Array<{ name: string; p50: number; p95: number; max: number; top: string }> = [];
  const all: number[] = [];
  for (const [name, keys] of Object.entries(TYPING)) {
    const times: number[] = [];
    let top = '';
    for (let r = 0; r < rounds; r++) {
      for (const q of keys) {
        const s = performance.now();
        const res = index.search(q, 20);
        times.push(performance.now() - s);
        top = res[0] ? `${res[0].kind}:${res[0].id}` : '(none)';
      }
    }
    all.push(...times);
    times.sort((a, b) => a - b);
    rows.push({ name, p50: percentile(times, 0.5), p95: percentile(times, 0.95), max: times[times.length - 1]!, top });
  }
  all.sort((a, b) => a - b);
  return { buildMs, rows, p50: percentile(all, 0.5), p95: percentile(all, 0.95) };
}

export async function bench(): Promise<void> {
  const t0 = performance.now();
  const { companies, articles } = syntheticDataset(10_000, 100_000);
  const genMs = performance.now() - t0;
  const heap0 = process.memoryUsage().heapUsed;
  const m = measure(companies, articles);
  const heap1 = process.memoryUsage().heapUsed;
  const f = (n: number) => n.toFixed(2).padStart(8);
  console.log(`synthetic dataset: ${companies.length} companies, ${articles.length} articles (generated in ${genMs.toFixed(0)} ms)`);
  console.log(`index build: ${m.buildMs.toFixed(0)} ms   heap growth ≈ ${((heap1 - heap0) / 1e6).toFixed(0)} MB\n`);
  console.log('| typing | p50 ms | p95 ms | max ms | top result (full query) |');
  console.log('|---|---:|---:|---:|---|');
  for (const r of m.rows) console.log(`| ${r.name} | ${f(r.p50)} | ${f(r.p95)} | ${f(r.max)} | ${r.top} |`);
  console.log(`| **all keystrokes** | ${f(m.p50)} | ${f(m.p95)} | | target p95 ≤ 16 ms: ${m.p95 <= 16 ? 'met' : 'MISSED'} |`);
}
