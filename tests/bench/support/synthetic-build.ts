/**
 * Builds a copy of dist/chrome whose background serves the synthetic 100k-alias patterns.
 * It lives in a temp directory and is never packaged: production code has no such path.
 */
import * as esbuild from 'esbuild';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST_CHROME, ROOT } from '../../e2e/support/paths';

/** `from`: the built extension to copy (dist/chrome unless the bench was pointed at another build). */
export async function buildSyntheticExtension(from = DIST_CHROME): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cc-bench-synthetic-'));
  await cp(from, dir, { recursive: true });
  await esbuild.build({
    entryPoints: [join(ROOT, 'tests/bench/support/synthetic-background.ts')],
    outfile: join(dir, 'background.js'),
    bundle: true,
    format: 'esm',
    minify: true,
    target: ['chrome120'],
    logLevel: 'warning',
  });
  return dir;
}
