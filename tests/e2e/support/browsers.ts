/**
 * Finds the system browsers the e2e tests drive. On a Debian machine where we are root a
 * missing browser is installed with apt; elsewhere we stop with one line saying what to
 * install. A browser test is never skipped silently.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = {
  chromium: [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'],
  firefox: [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'],
} as const;
const APT_PACKAGE = { chromium: 'chromium', firefox: 'firefox-esr' } as const;

export type BrowserName = keyof typeof CANDIDATES;

function find(name: BrowserName): string | undefined {
  return CANDIDATES[name].find((p): p is string => !!p && existsSync(p));
}

export function browserPath(name: BrowserName): string {
  const found = find(name);
  if (found) return found;
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canApt) {
    console.log(`${name} is missing: installing the Debian package ${APT_PACKAGE[name]} …`);
    execFileSync('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${APT_PACKAGE[name]} fonts-noto-cjk`], {
      stdio: 'inherit',
    });
    const installed = find(name);
    if (installed) return installed;
  }
  throw new Error(
    `${name} not found: install it with "sudo apt-get install -y ${APT_PACKAGE[name]}" or set ${name === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH'}`,
  );
}
