/**
 * Launches Firefox ESR through puppeteer-core over WebDriver BiDi and installs the built
 * extension as a temporary add-on (DESIGN.md §2). BiDi cannot open moz-extension:// pages
 * directly, so tests observe the extension through the pages it works on.
 */
import puppeteer, { type Browser } from 'puppeteer-core';
import { browserPath } from './browsers';
import { DIST_FIREFOX } from './paths';

export interface FirefoxExtension {
  browser: Browser;
  addonId: string;
  close(): Promise<void>;
}

/** `prefs`: extra Firefox preferences for this browser (e.g. how soon an idle event page is stopped). */
export async function launchFirefox(prefs: Record<string, unknown> = {}): Promise<FirefoxExtension> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserPath('firefox'),
    headless: true,
    extraPrefsFirefox: {
      // No network but loopback here: keep Firefox from phoning home at start-up.
      'network.dns.disableIPv6': true,
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      ...prefs,
    },
  });
  const addonId = await browser.installExtension(DIST_FIREFOX);
  return {
    browser,
    addonId,
    async close() {
      await browser.close();
    },
  };
}
