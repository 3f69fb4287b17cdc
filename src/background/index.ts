/**
 * Background entry (service worker on Chrome, event page on Firefox). Every listener is
 * registered synchronously here, at start-up: a worker woken by an event only delivers
 * that event to listeners that exist by the end of its first run.
 */
import browser from 'webextension-polyfill';
import { buildSearchIndex } from '../shared/search/index';
import { backgroundRequestSchemas } from '../shared/messages';
import { createRouter } from '../shared/router';
import { listen } from '../shared/transport';
import { createEventHandlers } from './events';
import { createHandlers } from './handlers';
import { browserPlatform } from './platform-browser';
import { createServices } from './services';
import { earlySheetSync } from './early-sheet';
import { BACKUP_KEY } from './settings';
import { HOVER_PREFS_KEY } from '../shared/hover-prefs';

const services = createServices(browserPlatform(), { buildSearchIndex });
const events = createEventHandlers(services);
// A restore the previous background life committed but had not finished writing out (backup.ts).
void services.backup.settled().catch((error: unknown) => console.warn('[company-context] restored settings not written yet:', error));

listen(createRouter(backgroundRequestSchemas, createHandlers(services)));
// The document_start stylesheet follows the switches and the style (early-sheet.ts): checked at
// every start of the background, and whenever the settings mirror or the hover settings change.
const platform = services.platform;
if (platform.contentScripts) {
  const sync = earlySheetSync(platform.local, platform.contentScripts);
  void sync();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && (BACKUP_KEY in changes || HOVER_PREFS_KEY in changes)) void sync();
  });
}
browser.runtime.onInstalled.addListener(() => void events.onInstalled());
browser.contextMenus.onClicked.addListener((info) => void events.onMenuClicked(info));
browser.commands.onCommand.addListener((command) => void events.onCommand(command));
browser.tabs.onUpdated.addListener((tabId, change) => void events.onTabUpdated(tabId, change));
browser.tabs.onRemoved.addListener((tabId) => void events.onTabRemoved(tabId));
