import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPTIONS_MESSAGES } from '../../src/options/strings';
import { POPUP_MESSAGES } from '../../src/popup/strings';
import { UI_MESSAGES } from '../../src/shared/ui/i18n';

const LOCALES = ['en', 'ko', 'zh_CN'] as const;
const read = (locale: string) =>
  JSON.parse(readFileSync(join(__dirname, '../../src/_locales', locale, 'messages.json'), 'utf8')) as Record<
    string,
    { message: string; placeholders?: Record<string, { content: string }> }
  >;
/** The $1-style substitutions a message really uses, with named $PLACEHOLDERS$ expanded as the browser does. */
const substitutions = (m: { message: string; placeholders?: Record<string, { content: string }> }) =>
  (m.message.replace(/\$(\w+)\$/g, (_, name: string) => m.placeholders?.[name.toLowerCase()]?.content ?? '').match(/\$\d/g) ?? []).sort();
const manifestKeys = [...readFileSync(join(__dirname, '../../manifest.json'), 'utf8').matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
const codeKeys = [...Object.keys(UI_MESSAGES), ...Object.keys(POPUP_MESSAGES), ...Object.keys(OPTIONS_MESSAGES)];

describe('UI strings', () => {
  it.each(LOCALES)('%s has every key the manifest and the UI use, none empty', (locale) => {
    const messages = read(locale);
    for (const key of [...manifestKeys, ...codeKeys]) {
      expect(messages[key]?.message, `${locale}: ${key}`).toBeTruthy();
    }
  });

  it.each(LOCALES)('%s keeps the substitutions of the English fallback', (locale) => {
    const messages = read(locale);
    const fallback: Record<string, string> = { ...UI_MESSAGES, ...POPUP_MESSAGES, ...OPTIONS_MESSAGES };
    for (const key of codeKeys) {
      const wanted = (fallback[key]!.match(/\$\d/g) ?? []).sort();
      expect(substitutions(messages[key]!), `${locale}: ${key}`).toEqual(wanted);
    }
  });

  it('has the same keys in every locale', () => {
    const en = Object.keys(read('en')).sort();
    for (const locale of LOCALES) expect(Object.keys(read(locale)).sort()).toEqual(en);
  });
});
