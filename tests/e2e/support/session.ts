/**
 * One browser with the extension plus the test server, per test file: registers the
 * vitest hooks that start and stop them, and hands back accessors for the tests.
 */
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, type ChromiumExtension, type LaunchOptions } from './chromium';
import { launchFirefox, type FirefoxExtension } from './firefox';
import { startServer, type TestServer } from './server';

export interface Session<B> {
  readonly ext: B;
  readonly server: TestServer;
}

function useSession<B extends { close(): Promise<void> }>(launch: () => Promise<B>): Session<B> {
  let browser: B | undefined;
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startServer();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the ${what} is not started (use it inside a test)`);
    return value;
  };
  return {
    get ext() {
      return started(browser, 'browser');
    },
    get server() {
      return started(server, 'test server');
    },
  };
}

export const useChromium = (options: LaunchOptions = {}): Session<ChromiumExtension> => useSession(() => launchChromium(options));
export const useFirefox = (prefs: Record<string, unknown> = {}): Session<FirefoxExtension> => useSession(() => launchFirefox(prefs));
