/**
 * The context menu: "Look up “%s” in Company Context" on selected text. Menus persist in
 * the browser, so they are (re)created on install/update only; the click listener is
 * registered at every start (index.ts).
 */
import type { Platform } from './platform';

export const LOOKUP_MENU_ID = 'cc-lookup-selection';

export async function createMenus(menus: Platform['menus'], message: Platform['message']): Promise<void> {
  await menus.removeAll();
  await menus.create({ id: LOOKUP_MENU_ID, title: message('menuLookupSelection'), contexts: ['selection'] });
}

/** The query for a menu click, or null when the click is not ours or has no usable text. */
export function lookupQuery(info: { menuItemId: string | number; selectionText?: string }): string | null {
  if (info.menuItemId !== LOOKUP_MENU_ID) return null;
  const text = info.selectionText?.replace(/\s+/g, ' ').trim() ?? '';
  // The search request refuses more than 200 characters; a longer selection is not a name anyway.
  return text ? text.slice(0, 200) : null;
}
