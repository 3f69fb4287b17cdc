/**
 * `npm run bench`: every benchmark, side by side in one run, each printing its own table.
 * A section is a module in this folder exporting `bench(): Promise<void>`; timings are
 * reported, never asserted (shared machines make timed assertions flaky).
 */
import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2).filter((a) => a !== '--');
const sections = (await readdir(here)).filter((f) => f.endsWith('.bench.ts')).sort();
for (const file of sections) {
  const name = file.replace(/\.bench\.ts$/, '');
  if (only.length && !only.includes(name)) continue;
  console.log(`\n## ${name}\n`);
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { bench(): Promise<void> };
  await mod.bench();
}
