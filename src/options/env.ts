/**
 * Everything the settings page needs from the browser, behind one interface: the real one
 * in index.tsx, a fake in unit tests.
 */
import type { HoverPrefs } from '../shared/hover-prefs';
import type { Transport } from '../shared/transport';
import type { UiLang } from '../shared/ui/lang';
import type { OptionsTranslate } from './strings';

export interface StorageInfo {
  /** Bytes used and available to the extension's origin; null where the browser does not say. */
  estimate(): Promise<{ usage: number; quota: number } | null>;
  persisted(): Promise<boolean>;
  /** Asks the browser not to evict the extension's data; true when granted. */
  persist(): Promise<boolean>;
}

export interface PrefsStore {
  get(): Promise<HoverPrefs>;
  set(prefs: HoverPrefs): Promise<void>;
}

export interface OptionsEnv {
  transport: Transport;
  t: OptionsTranslate;
  lang: UiLang;
  prefs: PrefsStore;
  storage: StorageInfo;
  /** Saves `text` as a file the reader downloads. */
  download(filename: string, text: string, type: string): void;
  /** Text from `#add=<text>` (the context menu's "Add … as a company"), read once at start. */
  addText: string | null;
}
