/**
 * A CSV list, as keyword-highlighter users keep them: a header row with `name` and any of
 * `aliases` and `negatives` (each `|`-separated), `note`, `url`, `tagline`. Read record by
 * record as the text arrives (papaparse does the RFC 4180 quoting); each record becomes a
 * pack company, the language of every spelling following from its script. Problems name
 * the physical line and column of the field's first character in the file (1-based, in
 * characters; CRLF, CR and LF each end a line), as a text editor shows them: a quoted field
 * spanning lines or blank lines before the header do not shift the lines after them.
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
  /** Where its name field starts. */
  line: number;
}

interface Place {
  line: number;
  column: number;
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

/**
 * Where each field of the record at `start` begins, by RFC 4180: a quote opens quoting only
 * as a field's first character, `""` inside is a quote, and the record ends at a newline
 * outside quotes. (papaparse gives where a record ends, not where its fields start.)
 */
function fieldStarts(text: string, start: number, end: number): number[] {
  const starts = [start];
  let i = start;
  while (i < end) {
    if (text.charCodeAt(i) === 34) {
      for (i++; i < end; i++) {
        if (text.charCodeAt(i) !== 34) continue;
        if (text.charCodeAt(i + 1) !== 34) break;
        i++;
      }
    }
    while (i < end && text[i] !== ',' && text[i] !== '\n') i++;
    if (text[i] !== ',') break;
    starts.push(++i);
  }
  return starts;
}

/** Line and column (1-based, in code points) of offsets into `text`, whose first line is `firstLine`. */
function placesIn(text: string, firstLine: number) {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return {
    lines: lineStarts.length,
    at(offset: number): Place {
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      let column = 1;
      for (const _ of text.slice(lineStarts[lo], offset)) column++;
      return { line: firstLine + lo, column };
    },
  };
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
  /** The physical line the text not yet parsed starts on. */
  let line = 1;
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  const at = (p: Place) => `line ${p.line}, column ${p.column}`;

  /** `place(i)`: where field i starts (past the last field: where the record starts). */
  function fields(record: string[], place: (field: number) => Place): CsvCompany | undefined {
    const cols = header!;
    const get = (c: Column): { text: string; column: number } | undefined => {
      const i = cols.indexOf(c);
      return i >= 0 && record[i] !== undefined ? { text: record[i]!.trim(), column: i } : undefined;
    };
    let ok = true;
    const check = (text: string, column: number, what: string): boolean => {
      const r = v.safeParse(Text, text);
      if (r.success) return true;
      ok = false;
      problems.push({ where: at(place(column)), message: `${what} ${JSON.stringify(text.slice(0, 60))} ${r.issues[0].message}` });
      return false;
    };
    const name = get('name');
    if (!name || name.text === '') {
      problems.push({ where: at(place(Math.min(cols.indexOf('name'), record.length - 1))), message: 'the name is empty' });
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
    const nameLine = place(name.column).line;
    if (first !== undefined) {
      problems.push({ where: at(place(name.column)), message: `duplicate name "${name.text}" (first on line ${first})` });
      return;
    }
    seen.set(id, nameLine);
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
    return { company, links: url?.text ? [url.text] : [], line: nameLine };
  }

  function local(text: string) {
    return { [localLang(text)]: text };
  }

  /** Whole records, line breaks already made `\n`, without the last record's line break. */
  function parse(text: string): CsvCompany[] {
    if (text === '') {
      line += 1; // one blank line
      return [];
    }
    const places = placesIn(text, line);
    line += places.lines;
    const out: CsvCompany[] = [];
    let start = 0;
    Papa.parse<string[]>(text, {
      header: false,
      skipEmptyLines: false,
      delimiter: ',',
      newline: '\n',
      step({ data: record, meta }) {
        const starts = fieldStarts(text, start, meta.cursor);
        const place = (i: number) => places.at(starts[i] ?? start);
        start = meta.cursor;
        if (record.length === 1 && record[0]!.trim() === '') return; // a blank line
        if (!header) {
          header = record.map((h) => {
            const name = h.trim().toLowerCase();
            return (CSV_COLUMNS as readonly string[]).includes(name) ? (name as Column) : null;
          });
          record.forEach((h, i) => {
            if (header![i] === null && h.trim() !== '') problems.push({ where: at(place(i)), message: `unknown column "${h.trim().slice(0, 40)}" (columns: ${CSV_COLUMNS.join(', ')})` });
          });
          if (!header.includes('name')) problems.push({ where: at(place(0)), message: `the header row needs a "name" column (columns: ${CSV_COLUMNS.join(', ')})` });
          return;
        }
        if (record.length > header.length) {
          problems.push({ where: at(place(header.length)), message: `${record.length} fields, but the header has ${header.length}` });
          return;
        }
        if (!header.includes('name')) return;
        const company = fields(record, place);
        if (company) out.push(company);
      },
    });
    return out;
  }

  return {
    problems,
    /** Records complete in the text so far; a record cut by the chunk boundary waits for the rest. */
    feed(text: string): CsvCompany[] {
      // CRLF and a lone CR end a line too; a CR at the end may be half of a CRLF, so it waits.
      const held = (pending + text).endsWith('\r');
      pending = (pending + text).slice(0, held ? -1 : undefined).replace(/\r\n?/g, '\n');
      const end = lastRecordEnd(pending);
      const ready = end < 0 ? null : pending.slice(0, end);
      if (end >= 0) pending = pending.slice(end + 1);
      if (held) pending += '\r';
      return ready === null ? [] : parse(ready);
    },
    finish(): CsvCompany[] {
      const rest = parse(pending.replace(/\r\n?/g, '\n').replace(/\n$/, ''));
      pending = '';
      if (!header) problems.push({ where: at({ line: 1, column: 1 }), message: 'is empty (no header row)' });
      return rest;
    },
  };
}
