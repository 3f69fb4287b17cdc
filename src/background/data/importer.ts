/**
 * Imports a pack or list as the settings page sends it, chunk by chunk: each chunk is
 * decoded, split, checked and staged (rows under the import's own id, which nothing reads)
 * before the answer goes back, so the answer is the progress report. After the last chunk
 * the rules across entries run; then the pack goes live in one small transaction, or the
 * staged rows are deleted and the reader gets every problem. The pack that was there
 * before is untouched until that last transaction, whatever happens.
 */
import { createPackReader, csvHeader, formatOf, notPackMessage, type PackReader } from '../../shared/dataset/pack-reader';
import type { PackHeader } from '../../shared/dataset/pack-schema';
import { fromBase64 } from '../../shared/matcher/base64';
import { IMPORT_MAX_BYTES, type ImportStatus, type Request } from '../../shared/messages';
import type { PackRecord } from './reader-db';
import type { ReaderStore } from './reader-store';
import { pause } from './sliced';

export interface ImporterDeps {
  reader: ReaderStore;
  /** Whether a company id exists in another layer (bundled, packs, own): relations to it are kept. */
  knownCompanies(): Promise<(id: string) => boolean>;
  /** After a pack went live. */
  changed(): Promise<unknown>;
  packInfo(p: PackRecord): NonNullable<ImportStatus['pack']>;
  now(): number;
  newId(): string;
  /** Backups: handed the whole text once it arrived (backups are not streamed). */
  restoreBackup?(text: string, mode: 'replace' | 'merge'): Promise<{ problems: ImportStatus['problems'] }>;
}

interface Session {
  status: ImportStatus;
  request: Request<'data/import-start'>;
  reader?: PackReader;
  header?: PackHeader;
  packId?: string;
  nextSeq: number;
  facts: number;
  staged: boolean;
  backupText?: string[];
  /** Chunks are handled one at a time, in order. */
  busy: Promise<unknown>;
}

const MB = 1024 * 1024;
const STAGE_ROWS = 200;


export function createImporter(deps: ImporterDeps) {
  const sessions = new Map<string, Session>();

  const snapshot = (s: Session): ImportStatus => ({ ...s.status, problems: [...s.status.problems], warnings: [...s.status.warnings] });

  async function fail(s: Session, message?: string): Promise<ImportStatus> {
    if (message) s.status.problems.push({ where: '', message });
    s.status.state = 'failed';
    if (s.staged) await deps.reader.dropImport(s.status.importId);
    sessions.delete(s.status.importId);
    return snapshot(s);
  }

  /** The pack id this import installs as, or a conflict the reader must decide. */
  async function settleId(s: Session, header: PackHeader): Promise<'ok' | 'conflict'> {
    const installed = await deps.reader.packIds();
    if (!installed.has(header.id) || s.request.onConflict === 'replace') {
      s.packId = header.id;
      return 'ok';
    }
    const existing = await deps.reader.getPack(header.id);
    if (!s.request.onConflict) {
      if (existing) s.status.existing = deps.packInfo(existing);
      return 'conflict';
    }
    let n = 2;
    while (installed.has(`${header.id}-${n}`)) n++;
    s.packId = `${header.id}-${n}`;
    return 'ok';
  }

  async function handle(s: Session, request: Request<'data/import-chunk'>): Promise<ImportStatus> {
    if (s.status.state !== 'receiving') return snapshot(s);
    if (request.seq !== s.nextSeq) return fail(s, `Chunk ${request.seq} arrived, ${s.nextSeq} was expected: import the file again.`);
    s.nextSeq++;
    const bytes = new Uint8Array(fromBase64(request.base64, 1));
    s.status.bytes += bytes.length;
    if (s.status.bytes > s.status.total || s.status.bytes > IMPORT_MAX_BYTES) {
      return fail(s, `The file is larger than announced or than the limit (${IMPORT_MAX_BYTES / MB} MB).`);
    }
    if (s.backupText) {
      s.backupText.push(new TextDecoder().decode(bytes, { stream: !request.last }));
      if (!request.last) return snapshot(s);
      const restored = await deps.restoreBackup!(s.backupText.join(''), s.request.restore ?? 'replace');
      s.status.problems.push(...restored.problems);
      s.status.state = restored.problems.length ? 'failed' : 'done';
      sessions.delete(s.status.importId);
      return snapshot(s);
    }
    const reader = s.reader!;
    const entries = await reader.push(bytes, request.last);
    s.status.companies = reader.counts.companies;
    s.status.articles = reader.counts.articles;
    if (!s.header && reader.header) {
      s.header = reader.header;
      if ((await settleId(s, reader.header)) === 'conflict') {
        s.status.state = 'conflict';
        if (s.staged) await deps.reader.dropImport(s.status.importId);
        sessions.delete(s.status.importId);
        return snapshot(s);
      }
    }
    if (!reader.failed && (entries.companies.length || entries.articles.length)) {
      if (!s.staged) {
        await deps.reader.beginImport(s.status.importId);
        s.staged = true;
      }
      for (const c of entries.companies) s.facts += c.company.facts.length;
      const rows = entries.companies.map((c) => ({
        id: c.company.id,
        company: c.company,
        ...(c.links?.length ? { links: c.links } : {}),
        ...(reader.format === 'csv' ? { filled: filledOf(c.company) } : {}),
      }));
      // Several small staging transactions: queuing (and cloning) a thousand rows at once is one long task.
      for (let i = 0; i < Math.max(rows.length, entries.articles.length); i += STAGE_ROWS) {
        if (i > 0) await pause();
        await deps.reader.stage(s.status.importId, rows.slice(i, i + STAGE_ROWS), entries.articles.slice(i, i + STAGE_ROWS));
      }
    }
    if (!request.last) {
      s.status.problems = [...reader.problems];
      return snapshot(s);
    }
    const result = reader.finish(await deps.knownCompanies());
    s.status.problems = [...result.problems];
    s.status.warnings = [...result.warnings];
    if (result.problems.length || !s.header || !s.packId) return fail(s);
    s.status.state = 'committing';
    const record: PackRecord = {
      ...s.header,
      id: s.packId,
      importId: s.status.importId,
      enabled: true,
      order: 0,
      installedAt: deps.now(),
      format: reader.format,
      counts: { companies: reader.counts.companies, articles: reader.counts.articles, facts: s.facts },
      warnings: result.warnings.slice(0, 100),
    };
    if (!s.staged) await deps.reader.beginImport(s.status.importId); // an empty pack is still a pack
    await deps.reader.commitPack(record);
    s.status.state = 'done';
    s.status.pack = deps.packInfo(record);
    sessions.delete(s.status.importId);
    await deps.changed();
    return snapshot(s);
  }

  return {
    async start(request: Request<'data/import-start'>): Promise<ImportStatus> {
      const importId = deps.newId();
      const purpose = request.purpose ?? 'pack';
      const format = purpose === 'backup' ? 'backup' : formatOf(request.fileName);
      const status: ImportStatus = {
        importId,
        state: 'receiving',
        fileName: request.fileName,
        bytes: 0,
        total: request.size,
        companies: 0,
        articles: 0,
        problems: [],
        warnings: [],
        ...(format ? { format } : {}),
      };
      const s: Session = { status, request, nextSeq: 0, facts: 0, staged: false, busy: Promise.resolve() };
      // Refused before a single byte is read: the size is announced first.
      if (request.size > IMPORT_MAX_BYTES) {
        return fail(s, `The file is ${(request.size / MB).toFixed(1)} MB; the limit is ${IMPORT_MAX_BYTES / MB} MB.`);
      }
      if (request.size === 0) return fail(s, 'The file is empty.');
      if (!format) return fail(s, notPackMessage(request.fileName));
      if (format === 'backup') s.backupText = [];
      else {
        s.reader = createPackReader(request.fileName, format, pause);
        if (format === 'csv') {
          s.header = csvHeader(request.fileName, deps.now());
          if ((await settleId(s, s.header)) === 'conflict') {
            status.state = 'conflict';
            return snapshot(s);
          }
        }
      }
      sessions.set(importId, s);
      return snapshot(s);
    },

    chunk(request: Request<'data/import-chunk'>): Promise<ImportStatus> {
      const s = sessions.get(request.importId);
      if (!s) return Promise.resolve(interrupted(request.importId));
      const next = s.busy.then(() => handle(s, request)).catch(async (error: unknown) => fail(s, `The import failed: ${String(error)}`));
      s.busy = next;
      return next;
    },

    status(importId: string): ImportStatus {
      const s = sessions.get(importId);
      return s ? snapshot(s) : interrupted(importId);
    },

    async cancel(importId: string): Promise<boolean> {
      const s = sessions.get(importId);
      if (!s) return false;
      await s.busy.catch(() => undefined);
      s.status.state = 'cancelled';
      sessions.delete(importId);
      if (s.staged) await deps.reader.dropImport(importId);
      return true;
    },
  };
}

/** The worker was stopped during the import (or it never started): nothing of it is kept. */
function interrupted(importId: string): ImportStatus {
  return {
    importId,
    state: 'failed',
    fileName: '',
    bytes: 0,
    total: 0,
    companies: 0,
    articles: 0,
    problems: [{ where: '', message: 'This import was interrupted (the browser stopped the extension in the middle). Nothing of it was kept: import the file again.' }],
    warnings: [],
  };
}

/** CSV companies get their tagline and description from the name or note when the list has none. */
function filledOf(c: { tagline: unknown; description: unknown; names: Record<string, string | undefined> }): Array<'tagline' | 'description'> {
  const name = Object.values(c.names).find(Boolean);
  const text = (t: unknown) => Object.values(t as Record<string, string>)[0];
  const out: Array<'tagline' | 'description'> = [];
  if (text(c.tagline) === name) out.push('tagline');
  if (text(c.description) === name) out.push('description');
  return out;
}

export type Importer = ReturnType<typeof createImporter>;
