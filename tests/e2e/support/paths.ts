import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const DIST_CHROME = join(ROOT, 'dist/chrome');
export const DIST_FIREFOX = join(ROOT, 'dist/firefox');
export const FIXTURES = join(ROOT, 'tests/fixtures');
/** ../shared sits beside the checkout on our machines and in CI; a clone elsewhere lacks it. */
export const SHARED = resolve(ROOT, '../shared');
export const CORPUS = join(SHARED, 'corpus/pages');
export const HAS_CORPUS = existsSync(CORPUS);
export const ARTIFACTS = join(ROOT, 'test-results');
