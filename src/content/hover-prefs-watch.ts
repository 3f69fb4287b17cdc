/**
 * The reader's hover and highlight choices in this frame, kept current: read from
 * storage.local and followed through storage.onChanged, so a change on the settings page
 * restyles the marks and retimes the card at once, without a reload. A session starts this
 * with its first mark (session.ts): until then the settings settings/page brought along are
 * enough, and a page that never marks anything never builds the storage API's bindings.
 */
import browser from 'webextension-polyfill';
import { DEFAULT_HOVER_PREFS, HOVER_PREFS_KEY, parseHoverPrefs, type HoverPrefs } from '../shared/hover-prefs';
import { setHighlightStyle } from './highlight-style';

/** `known`: the settings as last seen; `onChange` hears every later value (the next session starts from it). */
export function watchHoverPrefs(signal: AbortSignal, known: HoverPrefs = DEFAULT_HOVER_PREFS, onChange?: (prefs: HoverPrefs) => void): () => HoverPrefs {
  let prefs = known;
  const apply = (stored: unknown) => {
    if (signal.aborted) return;
    prefs = parseHoverPrefs(stored);
    setHighlightStyle(prefs.style);
    onChange?.(prefs);
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
