/**
 * Every mention the extension reports (page/mentions) on each corpus page, for the exact-list
 * test. Also runnable on its own to print today's list for any build:
 *   npx tsx tests/corpus/collect-mentions.ts [extension dir, default dist/chrome]
 */
import { readdirSync } from 'node:fs';
import { launchChromium } from '../e2e/support/chromium';
import { CORPUS, DIST_CHROME } from '../e2e/support/paths';
import { startServer } from '../e2e/support/server';
import { blockRemote, readPage } from './corpus-page';
import { inPool } from './pool';

export type PageMentions = Record<string, string[]>;

interface MentionsAnswer {
  mentions: Array<{ companyId: string; text: string }>;
}

/** page file name -> ["companyId: text", …] in document order, pages without mentions left out. */
export async function collectMentions(extension: string, tabs = 4): Promise<PageMentions> {
  const pages = readdirSync(CORPUS).filter((f) => f.endsWith('.html')).sort();
  const server = await startServer();
  const ext = await launchChromium({ extension });
  try {
    await blockRemote(ext.context);
    const found = await inPool(pages, tabs, async (name) => {
      const url = server.url(`/corpus/${name}`);
      let list: string[] = [];
      await readPage(ext.context, url, async () => {
        const answer = await ext.sendToTab<MentionsAnswer>(url, { type: 'page/mentions' });
        list = answer.mentions.map((m) => `${m.companyId}: ${m.text}`);
      });
      return [name, list] as const;
    });
    return Object.fromEntries(found.filter(([, list]) => list.length > 0));
  } finally {
    await ext.close();
    await server.close();
  }
}

if (process.argv[1]?.endsWith('collect-mentions.ts')) {
  console.log(JSON.stringify(await collectMentions(process.argv[2] ?? DIST_CHROME), null, 2));
}
