/**
 * `npm start`: build, then show the extension working on the bundled demo page.
 * With a display it opens Chromium (close the window to exit); without one (DISPLAY unset)
 * it runs headless, saves a screenshot and prints its path.
 */
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium } from '../tests/e2e/support/chromium';
import { ARTIFACTS, ROOT } from '../tests/e2e/support/paths';
import { startServer } from '../tests/e2e/support/server';

execFileSync(process.execPath, [join(ROOT, 'build.mjs')], { stdio: 'inherit' });
const server = await startServer();
const demo = server.url('/fixtures/demo.html');
const headless = !process.env.DISPLAY;
const ext = await launchChromium({ headless, viewport: { width: 1100, height: 900 } });
const page = await ext.context.newPage();
await page.goto(demo);
// The content script answers page/mentions only after its first full scan.
const answer = await ext.sendToTab<{ mentions: Array<{ companyId: string }> }>(demo, { type: 'page/mentions' });
const companies = [...new Set(answer.mentions.map((m) => m.companyId))];
console.log(`demo page: ${answer.mentions.length} mentions of ${companies.length} companies (${companies.join(', ')})`);

if (headless) {
  const file = join(ARTIFACTS, 'start', 'demo.png');
  await mkdir(join(ARTIFACTS, 'start'), { recursive: true });
  await page.screenshot({ path: file, fullPage: true });
  console.log(`no display: screenshot of the demo page saved to ${file}`);
  await ext.close();
  await server.close();
} else {
  console.log(`Chromium is open on ${demo} — hover a marked company. Close the window to exit.`);
  await new Promise<void>((resolve) => ext.context.on('close', () => resolve()));
  await server.close();
}
