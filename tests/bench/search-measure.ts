/**
 * One search index measured in a fresh process (search.bench.ts runs this once per index):
 * in one process the first index's memory was still counted when measuring the second.
 * `node --import tsx tests/bench/search-measure.ts [checkout]` measures `checkout`'s
 * src/shared/search (default: this one's) and prints the figures as JSON on its last line.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSearchIndex } from '../../src/shared/search/index';
import type { Build } from './search-baseline';
import { measure } from './search.bench';
import { syntheticDataset } from './search-data';

async function main(): Promise<void> {
  const checkout = process.argv[2];
  const build = checkout
    ? ((await import(pathToFileURL(join(checkout, 'src/shared/search/index.ts')).href)) as { buildSearchIndex: Build }).buildSearchIndex
    : buildSearchIndex;
  const { companies, articles } = syntheticDataset(10_000, 100_000);
  const m = await measure(build, companies, articles);
  process.stdout.write(`\n${JSON.stringify(m)}\n`);
}

void main();
