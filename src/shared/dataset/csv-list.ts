/**
 * A CSV list, as keyword-highlighter users keep them: a header row with `name` and any of
 * `aliases` and `negatives` (each `|`-separated), `note`, `url`, `tagline`. Read record by
 * record as the text arrives (papaparse does the RFC 4180 quoting); each record becomes a
 * pack company, the language of every spelling following from its script. Problems name
 * the line and column (1-based, the header is line 1).
 */
import Papa from 'papaparse';
import * as v from 'valibot';
import type { Problem } from '../messages';
import type { PackCompany } from './pack-schema';
import { langOfScript } from '../text/script-lang';
import { LANGS, Text, type Lang } from './schema';

export const CSV_COLUMNS = ['name', 'aliases', 'negatives', 'note', 'url', 'tagline'] as const;
type Column = (typeof CSV_COLUMNS)[number];

export interface CsvCompany {
  company: PackCompany;
  /** The `url` column, as written (the background decides whether it is a link). */
  links: string[];
  line: number;
}

export { langOfScript };

function localLang(text: string): 'en' | 'ko' | 'zh' {
  const lang = langOfScript(text);
  return lang === 'ko' ? 'ko' : lang === 'en' ? 'en' : 'zh';
}

/** FNV-1a, for an id when the name has no Latin letters to make a slug from. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

export function idFromName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug.length >= 2 ? slug : `c-${hash(name)}`;
}

/** Index of the first newline that ends a record (an even number of quotes before it), from the end. */
function lastRecordEnd(text: string): number {
  let quotes = 0;
  let end = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34) quotes++;
    else if (ch === 10 && quotes % 2 === 0) end = i;
  }
  return end;
}

export function createCsvReader() {
  let pending = '';
  let header: Array<Column | null> | null = null;
  let line = 1;
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  const at = (l: number, col: number) => `line ${l}, column ${col}`;

  function fields(record: string[], recordLine: number): CsvCompany | undefined {
    const cols = header!;
    const get = (c: Column): { text: string; column: number } | undefined => {
      const i = cols.indexOf(c);
      return i >= 0 && record[i] !== undefined ? { text: record[i]!.trim(), column: i + 1 } : undefined;
    };
    let ok = true;
    const check = (text: string, column: number, what: string): boolean => {
      const r = v.safeParse(Text, text);
      if (r.success) return true;
      ok = false;
      problems.push({ where: at(recordLine, column), message: `${what} ${JSON.stringify(text.slice(0, 60))} ${r.issues[0].message}` });
      return false;
    };
    const name = get('name');
    if (!name || name.text === '') {
      problems.push({ where: at(recordLine, (cols.indexOf('name') ?? 0) + 1), message: 'the name is empty' });
      return;
    }
    if (!check(name.text, name.column, 'name')) return;
    const list = (c: Column) => {
      const f = get(c);
      if (!f || f.text === '') return [];
      return f.text
        .split('|')
        .map((s) => s.trim())
        .filter((s) => s !== '' && check(s, f.column, c === 'aliases' ? 'alias' : 'negative word'));
    };
    const aliases = list('aliases');
    const negatives = list('negatives');
    const note = get('note');
    const tagline = get('tagline');
    if (note?.text) check(note.text, note.column, 'note');
    if (tagline?.text) check(tagline.text, tagline.column, 'tagline');
    const url = get('url');
    const id = idFromName(name.text);
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push({ where: at(recordLine, name.column), message: `duplicate name "${name.text}" (first on line ${first})` });
      return;
    }
    seen.set(id, recordLine);
    if (!ok) return;
    const byLang: Partial<Record<Lang, string[]>> = {};
    for (const a of aliases) (byLang[langOfScript(a)] ??= []).push(a);
    const company: PackCompany = {
      id,
      names: { [langOfScript(name.text)]: name.text },
      aliases: Object.fromEntries(LANGS.filter((l) => byLang[l]).map((l) => [l, byLang[l]])),
      tagline: local(tagline?.text || note?.text || name.text),
      description: local(note?.text || tagline?.text || name.text),
      facts: [],
    };
    if (negatives.length) company.negatives = negatives;
    return { company, links: url?.text ? [url.text] : [], line: recordLine };
  }

  function local(text: string) {
    return { [localLang(text)]: text };
  }

  function parse(text: string): CsvCompany[] {
    if (text === '') return [];
    const result = Papa.parse<string[]>(text.replace(/\r\n/g, '\n'), { header: false, skipEmptyLines: false, delimiter: ',', newline: '\n' });
    const out: CsvCompany[] = [];
    for (const record of result.data) {
      const recordLine = line;
      line += 1 + record.reduce((n, f) => n + (f.match(/\n/g)?.length ?? 0), 0);
      if (record.length === 1 && record[0]!.trim() === '') continue; // a blank line
      if (!header) {
        header = record.map((h) => {
          const name = h.trim().toLowerCase();
          return (CSV_COLUMNS as readonly string[]).includes(name) ? (name as Column) : null;
        });
        record.forEach((h, i) => {
          if (header![i] === null && h.trim() !== '') problems.push({ where: at(recordLine, i + 1), message: `unknown column "${h.trim().slice(0, 40)}" (columns: ${CSV_COLUMNS.join(', ')})` });
        });
        if (!header.includes('name')) problems.push({ where: at(recordLine, 1), message: `the header row needs a "name" column (columns: ${CSV_COLUMNS.join(', ')})` });
        continue;
      }
      if (record.length > header.length) {
        problems.push({ where: at(recordLine, header.length + 1), message: `${record.length} fields, but the header has ${header.length}` });
        continue;
      }
      if (!header.includes('name')) continue;
      const company = fields(record, recordLine);
      if (company) out.push(company);
    }
    return out;
  }

  return {
    problems,
    /** Records complete in the text so far; a record cut by the chunk boundary waits for the rest. */
    feed(text: string): CsvCompany[] {
      pending += text;
      const end = lastRecordEnd(pending);
      if (end < 0) return [];
      const ready = pending.slice(0, end + 1).replace(/\r?\n$/, '');
      pending = pending.slice(end + 1);
      return parse(ready);
    },
    finish(): CsvCompany[] {
      const rest = parse(pending.replace(/\r?\n$/, ''));
      pending = '';
      if (!header) problems.push({ where: at(1, 1), message: 'is empty (no header row)' });
      return rest;
    },
  };
}
