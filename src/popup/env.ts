/**
 * Everything the popup needs from the browser, behind one interface: the real one in
 * index.tsx, a fake in unit tests.
 */
import type { Translate } from '../shared/ui/i18n';
import type { UiLang } from '../shared/ui/lang';
import type { Transport } from '../shared/transport';
import type { PopupTranslate } from './strings';

export interface PopupEnv {
  transport: Transport;
  /** The tab the popup acts for: `?tab=` when given, else the active tab; null if none. */
  tabId: Promise<number | null>;
  /** A query to start with (`?q=`, then the background's pending context-menu query). */
  initialQuery: string;
  openTab(url: string): Promise<void>;
  close(): void;
  /** The settings page (runtime.openOptionsPage); absent in tests that do not need it. */
  openOptions?(): void;
  lang: UiLang;
  t: PopupTranslate;
  /** The shared detail view's strings. */
  detailT: Translate;
  /** The keys of the "next mention" command as the reader set them (commands.getAll), null if none. */
  shortcut: Promise<string | null>;
}
