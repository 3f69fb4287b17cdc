/** The matcher of the bundled dataset (data/), as the content script receives it, and every alias it holds. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataset } from '../../src/shared/dataset/load';
import { compilePatterns } from '../../src/shared/matcher/compile';
import { createMatcher } from '../../src/shared/matcher/index';

const DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../data');
const files = readdirSync(DATA_DIR, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => join(e.parentPath, e.name))
  .map((file) => ({ path: `data/${relative(DATA_DIR, file)}`, text: readFileSync(file, 'utf8') }));
const { dataset } = loadDataset(files);
export const companies = dataset!.companies;
/** Through JSON, as a message carries it. */
export const compiled = JSON.parse(JSON.stringify(compilePatterns(companies, 't'))) as ReturnType<typeof compilePatterns>;
export const matcher = createMatcher(compiled);
export const aliases = [...new Set(companies.flatMap((c) => [...Object.values(c.names), ...Object.values(c.aliases).flat()]).filter((a): a is string => !!a))];
