/** Browser events other than messages; index.ts registers these at start-up. */
import { runCommand } from './commands';
import { addCompanyUrl, createMenus, lookupQuery } from './menus';
import { openSearch } from './open-search';
import type { Services } from './services';

export function createEventHandlers(s: Services) {
  const report = (what: string) => (error: unknown) => console.error(`[company-context] ${what}:`, error);
  return {
    onInstalled(): Promise<void> {
      return Promise.all([
        createMenus(s.platform.menus, (k) => s.platform.message(k)).catch(report('creating menus')),
        // Seed now rather than on the first request, so the first card shows without the wait.
        s.database.seed().catch(report('seeding')),
      ]).then(() => undefined);
    },
    onMenuClicked(info: { menuItemId: string | number; selectionText?: string }): Promise<unknown> {
      const add = addCompanyUrl(info);
      if (add !== null) return s.platform.tabs.create({ url: s.platform.extensionUrl(add) }).catch(report('opening the settings page'));
      const query = lookupQuery(info);
      return query === null ? Promise.resolve() : openSearch(s.platform, s.pending, query).catch(report('opening search'));
    },
    onCommand(command: string): Promise<unknown> {
      return runCommand(s.platform.tabs, command).catch(report(`command ${command}`));
    },
    onTabUpdated(tabId: number, change: { status?: string; url?: string }): Promise<void> {
      return change.status === 'loading' ? s.badge.loading(tabId, change.url) : Promise.resolve();
    },
    onTabRemoved(tabId: number): Promise<void> {
      return s.badge.removed(tabId);
    },
  };
}
