/**
 * The search as it was at another commit, for side-by-side figures: that commit's files
 * extracted with `git archive` into a temporary folder (sharing this checkout's
 * node_modules), its search measured from there and its extension built there.
 * SEARCH_BENCH_BASELINE picks the commit (default: main before issue 13's search work);
 * "none" skips the comparison.
 */
import { execFileSync, execSync } from 'node:child_process';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article, Company } from '../../src/shared/dataset/schema';
import type { SearchResult } from '../../src/shared/messages';
import { ROOT } from '../e2e/support/paths';

/** main as it was before the issue 13 search changes (Chinese summaries, sections, similar). */
const DEFAULT_REF = 'aa0c9dd';

export type Build = (companies: Company[], articles: Article[]) => { search(q: string, limit?: number): SearchResult[]; complete?: Promise<void> };

export interface Baseline {
  ref: string;
  /** The folder the commit was extracted to (its search is measured from there). */
  dir: string;
  /** The commit's built extension (dist/chrome), for the real-browser figures. */
  distChrome: string;
  dispose(): Promise<void>;
}

export async function loadBaseline(): Promise<Baseline | null> {
  const ref = process.env.SEARCH_BENCH_BASELINE ?? DEFAULT_REF;
  if (ref === 'none') return null;
  const commit = execFileSync('git', ['rev-parse', '--short', `${ref}^{commit}`], { cwd: ROOT, encoding: 'utf8' }).trim();
  const dir = await mkdtemp(join(tmpdir(), 'cc-search-baseline-'));
  execSync(`git archive ${commit} | tar -x -C ${JSON.stringify(dir)}`, { cwd: ROOT });
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  execFileSync(process.execPath, ['build.mjs'], { cwd: dir, stdio: 'ignore' });
  return { ref: commit, dir, distChrome: join(dir, 'dist/chrome'), dispose: () => rm(dir, { recursive: true, force: true }) };
}
