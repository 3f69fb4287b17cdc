/** The Platform backed by the real extension APIs (webextension-polyfill). */
import browser from 'webextension-polyfill';
import type { ContentScriptRegistration, ContentScripts, KeyValueArea, Platform } from './platform';

function area(storage: browser.Storage.StorageArea): KeyValueArea {
  return {
    get: (key) => storage.get(key),
    set: (items) => storage.set(items),
    remove: (key) => storage.remove(key),
  };
}

export function browserPlatform(): Platform {
  // storage.session: Chrome 102+, Firefox 115+; older browsers just lose badges on a worker restart.
  const session = (browser.storage as { session?: browser.Storage.StorageArea }).session;
  const action = browser.action as (typeof browser.action & { openPopup?: () => Promise<void> }) | undefined;
  return {
    async readPackaged(path) {
      const response = await fetch(browser.runtime.getURL(path));
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    },
    extensionUrl: (path) => browser.runtime.getURL(path),
    message: (key) => browser.i18n.getMessage(key) || key,
    local: area(browser.storage.local),
    session: session ? area(session) : null,
    tabs: {
      query: (query) => browser.tabs.query(query),
      sendMessage: (tabId, message, options) => browser.tabs.sendMessage(tabId, message, options),
      create: (properties) => browser.tabs.create(properties),
    },
    setBadgeText: (tabId, text) => browser.action.setBadgeText({ tabId, text }),
    openPopup: action?.openPopup ? () => action.openPopup!() : null,
    menus: {
      removeAll: () => browser.contextMenus.removeAll(),
      create: (item) =>
        new Promise<void>((resolve, reject) => {
          // create() reports failure through runtime.lastError in its callback, not by throwing.
          browser.contextMenus.create(item, () => {
            const error = browser.runtime.lastError;
            if (error) reject(new Error(error.message));
            else resolve();
          });
        }),
    },
    now: () => Date.now(),
    contentScripts: contentScripts(),
    async shortcut(command) {
      const all = await browser.commands.getAll();
      return all.find((c) => c.name === command)?.shortcut || null;
    },
  };
}

interface ScriptingApi {
  registerContentScripts(scripts: ContentScriptRegistration[]): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<Array<ContentScriptRegistration & { persistAcrossSessions?: boolean }>>;
}

function contentScripts(): ContentScripts | null {
  const scripting = (browser as unknown as { scripting?: Partial<ScriptingApi> }).scripting;
  if (!scripting?.registerContentScripts || !scripting.unregisterContentScripts || !scripting.getRegisteredContentScripts) return null;
  const api = scripting as ScriptingApi;
  return {
    registered: async (id) => (await api.getRegisteredContentScripts({ ids: [id] }))[0] ?? null,
    register: (script) => api.registerContentScripts([script]),
    unregister: (id) => api.unregisterContentScripts({ ids: [id] }),
  };
}
