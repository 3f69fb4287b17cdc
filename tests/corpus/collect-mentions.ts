/**
 * Prints every mention the extension reports (page/mentions) on each corpus page, to review
 * the checked list in expected-mentions.ts against any build:
 *   npx tsx tests/corpus/collect-mentions.ts [extension dir, default dist/chrome]
 */
import { readdirSync } from 'node:fs';
import { launchChromium } from '../e2e/support/chromium';
import { CORPUS, DIST_CHROME } from '../e2e/support/paths';
import { startServer } from '../e2e/support/server';
import { blockRemote, readMarkedPage } from './corpus-page';
import { inPool } from './pool';

const pages = readdirSync(CORPUS).filter((f) => f.endsWith('.html')).sort();
const server = await startServer();
const ext = await launchChromium({ extension: process.argv[2] ?? DIST_CHROME });
try {
  await blockRemote(ext.context);
  const found = await inPool(pages, 4, async (name) => [name, (await readMarkedPage(ext, server.url(`/corpus/${name}`))).mentions] as const);
  console.log(JSON.stringify(Object.fromEntries(found.filter(([, list]) => list.length > 0)), null, 2));
} finally {
  await ext.close();
  await server.close();
}
