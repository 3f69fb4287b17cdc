/**
 * Reads an uploaded pack or list as its bytes arrive: decoding (pack-decode.ts), splitting
 * (pack-json.ts, csv-list.ts) and checking (pack-check.ts), entry by entry. Hands out what
 * passed so the caller can stage it; everything the reader must fix ends up in `problems`.
 */
import type { Problem } from '../messages';
import { createCsvReader, idFromName } from './csv-list';
import { createDecoder, EncodingProblem } from './pack-decode';
import { createPackChecker, type CheckResult } from './pack-check';
import { createJsonSplitter, type JsonPart } from './pack-json';
import type { PackArticle, PackCompany, PackHeader } from './pack-schema';
import { parseJson } from './parse-json';

export type PackFormat = 'json' | 'csv';

export interface ReadEntries {
  companies: Array<{ company: PackCompany; links?: string[] }>;
  articles: PackArticle[];
}

/** The format a file name announces, or null: only .json packs and .csv lists are imported. */
export function formatOf(fileName: string): PackFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return ext === 'json' ? 'json' : ext === 'csv' ? 'csv' : null;
}

export function notPackMessage(fileName: string): string {
  return `"${fileName.slice(0, 80)}" is neither a JSON pack (.json) nor a CSV list (.csv).`;
}

/** Yields to the event loop between slices of work (the background stays responsive). */
export type Pause = () => Promise<void>;

const SLICE_MS = 8;
const SPLIT_CHARS = 32 * 1024;

export function createPackReader(fileName: string, format: PackFormat, pause: Pause = async () => {}) {
  const decoder = createDecoder();
  const checker = createPackChecker();
  const splitter = format === 'json' ? createJsonSplitter() : null;
  const csv = format === 'csv' ? createCsvReader() : null;
  let companies = 0;
  let articles = 0;
  let bytes = 0;

  const fileProblem = (message: string) => checker.problem('', message);

  async function takeParts(parts: JsonPart[], out: ReadEntries) {
    let since = performance.now();
    for (const part of parts) {
      if (performance.now() - since > SLICE_MS) {
        await pause();
        since = performance.now();
      }
      const parsed = parseJson(part.text);
      if (!parsed.ok) {
        // Positions inside the part, moved to the file's.
        const line = part.line + parsed.line - 1;
        const column = parsed.line === 1 ? part.column + parsed.column - 1 : parsed.column;
        checker.problem(`line ${line}, column ${column}`, `invalid JSON: ${parsed.reason}`);
        continue;
      }
      if (part.key === 'pack') checker.header_(parsed.value);
      else if (part.key === 'companies' && part.index >= 0) {
        companies++;
        const c = checker.company(parsed.value, part.index);
        if (c && !checker.failed) out.companies.push({ company: c });
      } else if (part.key === 'articles' && part.index >= 0) {
        articles++;
        const a = checker.article(parsed.value, part.index);
        if (a && !checker.failed) out.articles.push(a);
      } else if (part.key === 'companies' || part.key === 'articles') {
        checker.problem(`$.${part.key}`, 'expected a list');
      } else checker.unknownKey(part.key);
    }
  }

  return {
    format,
    get problems(): Problem[] {
      return checker.problems;
    },
    get warnings(): Problem[] {
      return checker.warnings;
    },
    get failed() {
      return checker.failed;
    },
    get header(): PackHeader | undefined {
      return checker.header;
    },
    get counts() {
      return { companies, articles, bytes };
    },
    /**
     * Takes the next bytes; resolves with the entries that passed (none once anything failed:
     * checking goes on, to list every problem, but nothing more is handed out for staging).
     */
    async push(chunk: Uint8Array, last: boolean): Promise<ReadEntries> {
      const out: ReadEntries = { companies: [], articles: [] };
      if (bytes === 0 && chunk.length === 0 && last) {
        fileProblem('The file is empty.');
        return out;
      }
      bytes += chunk.length;
      let text: string;
      try {
        text = decoder.decode(chunk, last);
      } catch (error) {
        if (error instanceof EncodingProblem) fileProblem(error.message);
        else throw error;
        return out;
      }
      if (splitter) {
        if (bytes === chunk.length && text.trim() === '' && last) fileProblem('The file is empty.');
        // The splitter reads character by character: a few tens of KB per task.
        for (let i = 0; i < text.length; i += SPLIT_CHARS) {
          if (i > 0) await pause();
          await takeParts(splitter.feed(text.slice(i, i + SPLIT_CHARS)), out);
        }
        const p = splitter.problem();
        if (p) checker.problem(`line ${p.line}, column ${p.column}`, p.message);
      } else if (csv) {
        const rows = [...csv.feed(text), ...(last ? csv.finish() : [])];
        for (const p of csv.problems.splice(0)) checker.problem(p.where, p.message);
        for (const row of rows) {
          companies++;
          if (!checker.failed) out.companies.push({ company: row.company, links: row.links });
        }
      }
      if (checker.failed) return { companies: [], articles: [] };
      return out;
    },
    /** After the last chunk: the rules across entries. `known`: does another layer have this company id? */
    finish(known: (id: string) => boolean): CheckResult {
      const fileFailed = checker.problems.some((p) => p.where === '');
      const structure = splitter?.finish();
      if (structure && !fileFailed && !checker.problems.some((q) => q.message === structure.message)) {
        checker.problem(`line ${structure.line}, column ${structure.column}`, structure.message);
      }
      // A file that is not a pack at all is not also "missing its header".
      return checker.finish(known, { needHeader: format === 'json' && !fileFailed && !structure });
    },
  };
}

export type PackReader = ReturnType<typeof createPackReader>;

/** The header a CSV list gets: named after its file, versioned by the day it was imported. */
export function csvHeader(fileName: string, now: number): PackHeader {
  const base = fileName.replace(/\.[^.]*$/, '').trim() || 'list';
  return { id: idFromName(base), name: base.slice(0, 200), version: new Date(now).toISOString().slice(0, 10) };
}
