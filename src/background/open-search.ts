/**
 * Opens the search for a query: the action popup where the browser lets us open it
 * (the popup fetches the query with tab/pending-search), else popup.html?q=… in a tab.
 */
import type { Response } from '../shared/messages';
import type { PendingSearch } from './pending-search';
import type { Platform } from './platform';

export async function openSearch(
  platform: Pick<Platform, 'openPopup' | 'tabs' | 'extensionUrl'>,
  pending: PendingSearch,
  query: string,
): Promise<Response<'tab/open-search'>> {
  const saved = pending.put(query);
  // Called before any await: Firefox only opens the popup inside the user's gesture.
  const popup = platform.openPopup ? platform.openPopup().then(() => true, () => false) : Promise.resolve(false);
  await saved;
  if (await popup) return { opened: 'popup' };
  await pending.clear();
  await platform.tabs.create({ url: platform.extensionUrl(`popup.html?q=${encodeURIComponent(query)}`) });
  return { opened: 'tab' };
}
