/** The real data/ folder, loaded the way build.mjs loads it, compiled into the matcher the extension uses. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataset } from '../../src/shared/dataset/load';
import type { Company } from '../../src/shared/dataset/schema';
import type { CompiledPatterns } from '../../src/shared/messages';
import { compilePatterns } from '../../src/shared/matcher/compile';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function realCompanies(): Company[] {
  const dir = join(ROOT, 'data');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .map((file) => ({ path: `data/${relative(dir, file).split('\\').join('/')}`, text: readFileSync(file, 'utf8') }));
  const { dataset, errors } = loadDataset(files);
  if (!dataset) throw new Error(`data/ is invalid: ${errors.map((e) => e.message).join('; ')}`);
  return dataset.companies;
}

export function realPatterns(): CompiledPatterns {
  return compilePatterns(realCompanies(), 'eval');
}
