/**
 * Text that stands in for missing data ("Publisher not named in the seed", "n/a", "TODO")
 * must never reach a reader: missing data is absent (null, or the field left out) and the
 * interface decides what to say. `placeholderReason` recognises such text.
 */

/** Whole values that only say "no value here" (compared trimmed, lower-cased, without a final full stop). */
const WHOLE = new Set([
  'unknown', 'n/a', 'na', 'none', 'null', 'undefined', 'nil', 'tbd', 'tbc', 'todo', 'fixme', 'placeholder',
  'not known', 'not available', 'not given', 'not named', 'unnamed', 'untitled',
  '?', '??', '???', '-', '--', '–', '—', '…', '...', 'x', 'xx', 'xxx',
  '미상', '알 수 없음', '없음', '정보 없음',
  '未知', '不详', '不詳', '无', '無', '暂无', '待定',
]);

/** Markers that betray a placeholder or our own editorial jargon anywhere in a text. */
const INSIDE: readonly [RegExp, string][] = [
  [/\b(?:TODO|FIXME|TBD|XXX)\b/, 'a to-do marker'],
  [/lorem ipsum|\bplaceholder\b/i, 'placeholder wording'],
  [/\{\{[^}]*\}\}|\$\{[^}]*\}/, 'an unfilled template slot'],
  // "the seed" is the project's word for its source texts; a reader does not know it.
  [/\bnot (?:named|given|stated|known|specified) in the (?:seed|source)\b/i, 'a note about the source standing in for a value'],
  [/\b(?:the|our) seeds?\b(?!\s+(?:round|funding|stage|investment|capital))|\bseed (?:article|text|file)s?\b/i, 'editorial jargon ("the seed")'],
  [/시드\s?(?:기사|텍스트|파일)|种子(?:文章|文本|文件)/, 'editorial jargon ("the seed")'],
];

/** Why the text is a placeholder, or null when it is real content. */
export function placeholderReason(text: string): string | null {
  const whole = text.trim().toLowerCase().replace(/[.。]$/, '');
  if (WHOLE.has(whole)) return 'a placeholder value';
  for (const [pattern, reason] of INSIDE) if (pattern.test(text)) return reason;
  return null;
}

/** Editorial fields: notes for the dataset's writers, never rendered, so they may speak of "the seed". */
export const EDITORIAL_FIELDS: ReadonlySet<string> = new Set(['urlNote', 'dateNote', 'seed']);
