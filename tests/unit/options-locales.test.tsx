/**
 * The settings page in Korean and Simplified Chinese: every string the page shows from its
 * table comes in the reader's language (the files the browser reads), none left in English.
 */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/options/App';
import { makeOptionsTranslate, OPTIONS_MESSAGES } from '../../src/options/strings';
import { localeMessages } from '../../src/shared/ui/locale-messages';
import type { UiLang } from '../../src/shared/ui/lang';
import { fakeBackground, fakeEnv, until } from './options-fakes';
import { useRenderRoot } from './render-root';

const getRoot = useRenderRoot();

/** Every text the page shows to a reader: text nodes, labels, placeholders, titles. */
function shownTexts(root: HTMLElement): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.textContent?.trim()) out.push(n.textContent.trim());
  for (const el of root.querySelectorAll('*')) {
    for (const attr of ['aria-label', 'placeholder', 'title']) {
      const v = el.getAttribute(attr);
      if (v?.trim()) out.push(v.trim());
    }
  }
  return out;
}

describe.each([
  ['ko', '설정'],
  ['zh-Hans', '设置'],
] as const)('the settings page in %s', (lang, word) => {
  it('shows its headings, buttons and labels in that language, none in English', async () => {
    const t = makeOptionsTranslate(localeMessages(lang as UiLang));
    render(<App env={fakeEnv(fakeBackground().transport, { t, lang })} />, getRoot());
    await until(() => getRoot().querySelectorAll('.layer').length > 0);
    // Key names are the same in every language; everything else must be translated.
    const SAME_EVERYWHERE = new Set(['optModifierAlt', 'optModifierControl', 'optModifierShift']);
    const english = new Map<string, string>();
    for (const [key, text] of Object.entries(OPTIONS_MESSAGES)) {
      if (/\$\d/.test(text) || SAME_EVERYWHERE.has(key)) continue; // with data filled in: the locales test compares them
      english.set(text, key);
    }
    const texts = shownTexts(getRoot());
    expect(texts.length).toBeGreaterThan(20);
    expect(texts.filter((s) => english.has(s)).map((s) => `${english.get(s)}: ${s}`)).toEqual([]);
    expect(getRoot().querySelector('h1')?.textContent).toContain(word);
    for (const h2 of getRoot().querySelectorAll('h2')) expect(h2.textContent).not.toMatch(/^[\x20-\x7e]+$/);
  });
});
