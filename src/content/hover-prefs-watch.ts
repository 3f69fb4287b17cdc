/**
 * The reader's hover and highlight choices in this frame, kept current: read from
 * storage.local once per session and followed through storage.onChanged, so a change on
 * the settings page restyles the marks and retimes the card at once, without a reload.
 */
import browser from 'webextension-polyfill';
import { DEFAULT_HOVER_PREFS, HOVER_PREFS_KEY, parseHoverPrefs, type HoverPrefs } from '../shared/hover-prefs';
import { setHighlightStyle } from './highlight-style';

export function watchHoverPrefs(signal: AbortSignal): () => HoverPrefs {
  let prefs = DEFAULT_HOVER_PREFS;
  const apply = (stored: unknown) => {
    if (signal.aborted) return;
    prefs = parseHoverPrefs(stored);
    setHighlightStyle(prefs.style);
  };
  // A page where storage is unavailable (an extension reload in progress) keeps the defaults.
  if (!browser.storage?.local) return () => prefs;
  browser.storage.local.get(HOVER_PREFS_KEY).then((items) => apply(items[HOVER_PREFS_KEY]), () => undefined);
  const onChanged = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'local' && HOVER_PREFS_KEY in changes) apply(changes[HOVER_PREFS_KEY]!.newValue);
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });
  return () => prefs;
}
