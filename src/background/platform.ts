/**
 * The slice of the extension APIs the background uses, as small interfaces: the real
 * implementation (platform-browser.ts) wraps webextension-polyfill, unit tests pass fakes.
 */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface TabInfo {
  id?: number;
  url?: string;
}

export interface MenuItem {
  id: string;
  title: string;
  contexts: Array<'selection'>;
}

/** A content script registered at run time (scripting.registerContentScripts). */
export interface ContentScriptRegistration {
  id: string;
  js: string[];
  matches: string[];
  excludeMatches?: string[];
  runAt: 'document_start' | 'document_end' | 'document_idle';
  allFrames: boolean;
}

export interface ContentScripts {
  registered(id: string): Promise<ContentScriptRegistration | null>;
  register(script: ContentScriptRegistration): Promise<void>;
  unregister(id: string): Promise<void>;
}

export interface Platform {
  /** A file packaged with the extension, parsed as JSON (data/dataset.json, data/patterns.json). */
  readPackaged(path: string): Promise<unknown>;
  /** The absolute URL of a packaged page (popup.html?q=…). */
  extensionUrl(path: string): string;
  /** A localised string from _locales. */
  message(key: string): string;
  /** Survives restarts: the settings mirror. */
  local: KeyValueArea;
  /** Survives a worker restart but not a browser restart; null where the browser lacks it. */
  session: KeyValueArea | null;
  tabs: {
    query(query: { active?: boolean; currentWindow?: boolean }): Promise<TabInfo[]>;
    sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
    create(properties: { url: string }): Promise<unknown>;
  };
  setBadgeText(tabId: number, text: string): Promise<void>;
  /** action.openPopup where the browser has it; it may still throw (no window, no gesture). */
  openPopup: (() => Promise<void>) | null;
  menus: {
    removeAll(): Promise<void>;
    create(item: MenuItem): Promise<void>;
  };
  now(): number;
  /** Content scripts registered at run time; null where the browser lacks scripting.registerContentScripts. */
  contentScripts: ContentScripts | null;
  /** The keys bound to a manifest command (commands.getAll); absent or null where unknown or unset. */
  shortcut?(command: string): Promise<string | null>;
}
