/**
 * The context menu on selected text: "Look up “%s” in Company Context" and "Add “%s” as a
 * company…". Menus persist in the browser, so they are (re)created on install/update
 * only; the click listener is registered at every start (index.ts).
 */
import type { Platform } from './platform';

export const LOOKUP_MENU_ID = 'cc-lookup-selection';
export const ADD_COMPANY_MENU_ID = 'cc-add-company';

export async function createMenus(menus: Platform['menus'], message: Platform['message']): Promise<void> {
  await menus.removeAll();
  await menus.create({ id: LOOKUP_MENU_ID, title: message('menuLookupSelection'), contexts: ['selection'] });
  await menus.create({ id: ADD_COMPANY_MENU_ID, title: message('menuAddCompany'), contexts: ['selection'] });
}

/** The selection as one line, or '' (the search and the form refuse more than 200 characters). */
function selection(info: { selectionText?: string }): string {
  return info.selectionText?.replace(/\s+/g, ' ').trim().slice(0, 200) ?? '';
}

/** The query for a menu click, or null when the click is not a look-up or has no usable text. */
export function lookupQuery(info: { menuItemId: string | number; selectionText?: string }): string | null {
  if (info.menuItemId !== LOOKUP_MENU_ID) return null;
  return selection(info) || null;
}

/** The settings page, its company form prefilled with the selection (options.html#add=…), or null. */
export function addCompanyUrl(info: { menuItemId: string | number; selectionText?: string }): string | null {
  if (info.menuItemId !== ADD_COMPANY_MENU_ID) return null;
  const text = selection(info);
  return text ? `options.html#add=${encodeURIComponent(text)}` : null;
}
