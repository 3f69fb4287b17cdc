/** The document_start stylesheet is registered for the sites that are on, in the reader's style, and for nothing when marking is off. */
import { describe, expect, it } from 'vitest';
import { EARLY_SHEET_ID, earlySheetFor, earlySheetSync, syncEarlySheet } from '../../src/background/early-sheet';
import type { ContentScriptRegistration, ContentScripts, KeyValueArea } from '../../src/background/platform';

function memoryArea(items: Record<string, unknown> = {}): KeyValueArea & { items: Record<string, unknown> } {
  return {
    items,
    get: async (key) => (key in items ? { [key]: items[key] } : {}),
    set: async (more) => void Object.assign(items, more),
    remove: async (key) => void delete items[key],
  };
}

function fakeScripts(): ContentScripts & { byId: Map<string, ContentScriptRegistration>; calls: string[] } {
  const byId = new Map<string, ContentScriptRegistration>();
  const calls: string[] = [];
  return {
    byId,
    calls,
    registered: async (id) => byId.get(id) ?? null,
    async register(script) {
      calls.push('register');
      // As the browsers do: an id registered twice is an error.
      if (byId.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
      byId.set(script.id, script);
    },
    async unregister(id) {
      calls.push('unregister');
      byId.delete(id);
    },
  };
}

describe('the early sheet registration', () => {
  it('covers every http(s) top frame at document_start in the reader’s style, leaving switched-off sites out', () => {
    expect(earlySheetFor({}, 'underline')).toEqual({
      id: EARLY_SHEET_ID,
      js: ['content-sheet-underline.js'],
      matches: ['http://*/*', 'https://*/*'],
      runAt: 'document_start',
      allFrames: false,
    });
    expect(earlySheetFor({ 'b.example': false, 'a.example': false, 'on.example': true, '*': true }, 'background')).toMatchObject({
      js: ['content-sheet-background.js'],
      excludeMatches: ['*://a.example/*', '*://b.example/*'],
    });
  });

  it('registers nothing when marking is off everywhere, or when an off site cannot be written as a pattern', () => {
    expect(earlySheetFor({ '*': false }, 'underline')).toBeNull();
    expect(earlySheetFor({ '[::1]': false }, 'underline')).toBeNull();
    expect(earlySheetFor({ 'bad host': false }, 'underline')).toBeNull();
  });

  it('follows the stored switches and style, and changes nothing when nothing changed', async () => {
    const local = memoryArea();
    const scripts = fakeScripts();
    await syncEarlySheet(local, scripts);
    expect(scripts.byId.get(EARLY_SHEET_ID)?.js).toEqual(['content-sheet-underline.js']);
    await syncEarlySheet(local, scripts);
    expect(scripts.calls).toEqual(['register']);
    // The reader switches a site off, then picks another style.
    local.items.settings = { 'news.example': false };
    await syncEarlySheet(local, scripts);
    expect(scripts.byId.get(EARLY_SHEET_ID)?.excludeMatches).toEqual(['*://news.example/*']);
    local.items.hoverPrefs = { style: 'hover' };
    await syncEarlySheet(local, scripts);
    expect(scripts.byId.get(EARLY_SHEET_ID)?.js).toEqual(['content-sheet-hover.js']);
    // Marking switched off everywhere: nothing stays registered.
    local.items.settings = { '*': false };
    await syncEarlySheet(local, scripts);
    expect(scripts.byId.size).toBe(0);
  });

  it('replaces a registration an older version left with other fields', async () => {
    const scripts = fakeScripts();
    scripts.byId.set(EARLY_SHEET_ID, { ...earlySheetFor({}, 'underline')!, runAt: 'document_idle', matches: ['https://*/*'] });
    await syncEarlySheet(memoryArea(), scripts);
    expect(scripts.calls).toEqual(['unregister', 'register']);
    expect(scripts.byId.get(EARLY_SHEET_ID)).toEqual(earlySheetFor({}, 'underline'));
  });

  it('runs syncs one at a time, so two changes at once never register the script twice', async () => {
    const local = memoryArea();
    const scripts = fakeScripts();
    const sync = earlySheetSync(local, scripts);
    await Promise.all([sync(), sync(), sync()]);
    expect(scripts.calls).toEqual(['register']);
  });
});
