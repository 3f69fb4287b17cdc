/**
 * One JSON file with everything the reader made: packs (whole), own companies, overlays,
 * the never-mark list, the bundled layer's switch, per-site switches and hover settings.
 * A restore is checked completely first (every pack entry by the import's own rules); only
 * then are its packs staged and everything swapped in by one transaction, so a refused or
 * interrupted restore changes nothing.
 *
 * Site switches and hover preferences live outside the reader's database (the dataset
 * database and storage.local), which no transaction spans. So the swap also stores them as
 * a `restore-settings` record: committing it is the moment the restore happens. Writing
 * them out is idempotent and rolled forward (`settle`) until the record is gone: right
 * after the swap, and, if the background stopped in between, at its next start before any
 * switch is read or written (services.ts gates the settings on `settled`).
 */
import * as v from 'valibot';
import { OwnCompanyInput, Overlay } from '../../shared/dataset/layers-schema';
import { createPackChecker } from '../../shared/dataset/pack-check';
import type { PackArticle, PackCompany, PackHeader } from '../../shared/dataset/pack-schema';
import { parseJson } from '../../shared/dataset/parse-json';
import { describeIssues } from '../../shared/dataset/schema-issues';
import type { Problem } from '../../shared/messages';
import { importRange, type OverlayRecord, type OwnRecord, type PackCompanyRow, type PackRecord, type ReaderMeta } from './reader-db';
import type { ReaderStore } from './reader-store';
import { pause } from './sliced';

export const BACKUP_FORMAT = 'company-context-backup';
export const BACKUP_VERSION = 1;

const Timestamp = v.pipe(v.number(), v.integer(), v.minValue(0));

const BackupShape = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: v.optional(v.string()),
  bundledEnabled: v.boolean(),
  sites: v.record(v.string(), v.boolean()),
  /** Extension storage the settings page keeps (hover preferences), as stored. */
  storage: v.optional(v.record(v.string(), v.unknown())),
  packs: v.array(
    v.object({
      pack: v.unknown(),
      enabled: v.boolean(),
      order: v.pipe(v.number(), v.integer()),
      format: v.picklist(['json', 'csv']),
      companies: v.array(v.unknown()),
      articles: v.array(v.unknown()),
      extras: v.optional(v.record(v.string(), v.object({ links: v.optional(v.array(v.string())), filled: v.optional(v.array(v.picklist(['tagline', 'description']))) }))),
    }),
  ),
  own: v.array(v.strictObject({ id: v.string(), input: OwnCompanyInput, updatedAt: Timestamp })),
  overlays: v.array(v.strictObject({ companyId: v.string(), overlay: Overlay, updatedAt: Timestamp })),
  neverMark: v.array(v.string()),
});
type Backup = v.InferOutput<typeof BackupShape>;
type PendingSettings = Extract<ReaderMeta, { key: 'restore-settings' }>;

export interface BackupDeps {
  reader: ReaderStore;
  sites(): Promise<Record<string, boolean>>;
  setSites(sites: Record<string, boolean>, replace: boolean): Promise<void>;
  storageKeys: readonly string[];
  readStorage(key: string): Promise<unknown>;
  writeStorage(items: Record<string, unknown>): Promise<void>;
  removeStorage(keys: string[]): Promise<void>;
  now(): number;
  newId(): string;
  changed(): Promise<unknown>;
}

interface CheckedPack {
  header: PackHeader;
  entry: Backup['packs'][number];
  companies: PackCompany[];
  articles: PackArticle[];
}

export function createBackup(deps: BackupDeps) {
  /** This worker life's roll-forward; reset when one fails, so the next caller retries. */
  let settling: Promise<void> | undefined;

  /** Writes out a committed restore's settings, then forgets them. Idempotent. */
  async function applyPending(): Promise<boolean> {
    const d = await deps.reader.db();
    const pending = (await d.get('meta', 'restore-settings')) as PendingSettings | undefined;
    if (!pending) return false;
    await deps.setSites(pending.sites, pending.replace);
    if (Object.keys(pending.storage).length) await deps.writeStorage(pending.storage);
    if (pending.removeStorage.length) await deps.removeStorage(pending.removeStorage);
    // Only this record: a restore committed meanwhile left its own, still to be applied.
    const tx = d.transaction('meta', 'readwrite');
    const now = (await tx.store.get('restore-settings')) as PendingSettings | undefined;
    if (now?.token === pending.token) await tx.store.delete('restore-settings');
    await tx.done;
    return true;
  }

  /** Resolves once no committed restore has settings left to write (once per worker life). */
  function settled(): Promise<void> {
    return (settling ??= applyPending().then(
      async (applied) => {
        if (applied) await deps.changed();
      },
      (error: unknown) => {
        settling = undefined;
        throw error;
      },
    ));
  }

  async function exportAll(): Promise<{ fileName: string; text: string }> {
    await settled();
    const s = await deps.reader.snapshot();
    const packs: Backup['packs'] = [];
    for (const p of s.packs) {
      const rows = await deps.reader.packCompanies(p.importId);
      const extras: NonNullable<Backup['packs'][number]['extras']> = {};
      for (const r of rows) if (r.links || r.filled?.length) extras[r.id] = { links: r.links, filled: r.filled };
      packs.push({
        pack: headerOf(p),
        enabled: p.enabled,
        order: p.order,
        format: p.format,
        companies: rows.map((r) => r.company),
        articles: await deps.reader.packArticles(p.importId),
        extras,
      });
    }
    const storage: Record<string, unknown> = {};
    for (const key of deps.storageKeys) {
      const value = await deps.readStorage(key);
      if (value !== undefined) storage[key] = value;
    }
    const backup: Backup = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: new Date(deps.now()).toISOString(),
      bundledEnabled: s.bundledEnabled,
      sites: await deps.sites(),
      storage,
      packs,
      own: s.own,
      overlays: s.overlays,
      neverMark: s.neverMark,
    };
    const day = new Date(deps.now()).toISOString().slice(0, 10);
    return { fileName: `company-context-backup-${day}.json`, text: JSON.stringify(backup) };
  }

  /** Every problem of the file, or the checked backup. Nothing is written. */
  async function check(text: string): Promise<{ problems: Problem[]; backup?: Backup; packs?: CheckedPack[] }> {
    const parsed = parseJson(text.replace(/^\uFEFF/, ''));
    if (!parsed.ok) return { problems: [{ where: `line ${parsed.line}, column ${parsed.column}`, message: `invalid JSON: ${parsed.reason}` }] };
    const raw = parsed.value as Record<string, unknown> | null;
    if (!raw || typeof raw !== 'object' || raw.format !== BACKUP_FORMAT) {
      return { problems: [{ where: '$.format', message: `is not a Company Context backup (expected "format": "${BACKUP_FORMAT}")` }] };
    }
    if (typeof raw.version === 'number' && raw.version > BACKUP_VERSION) {
      return { problems: [{ where: '$.version', message: `This backup was made by a newer version of Company Context (backup format ${raw.version}; this one reads format ${BACKUP_VERSION}). Update the extension, then restore it.` }] };
    }
    const shape = v.safeParse(BackupShape, raw);
    if (!shape.success) return { problems: describeIssues(shape.issues).map((i) => ({ where: i.path, message: i.message })) };
    const backup = shape.output;
    const problems: Problem[] = [];
    const packs: CheckedPack[] = [];
    const ids = new Set<string>();
    for (const [k, entry] of backup.packs.entries()) {
      const checker = createPackChecker();
      const at = (p: Problem): Problem => ({ where: `$.packs[${k}]${p.where.slice(1)}`, message: p.message });
      const header = checker.header_(entry.pack);
      const companies: PackCompany[] = [];
      const articles: PackArticle[] = [];
      for (const [i, c] of entry.companies.entries()) {
        const ok = checker.company(c, i);
        if (ok) companies.push(ok);
        if (i % 200 === 199) await pause();
      }
      for (const [i, a] of entry.articles.entries()) {
        const ok = checker.article(a, i);
        if (ok) articles.push(ok);
        if (i % 500 === 499) await pause();
      }
      const result = checker.finish(() => true, { needHeader: true });
      problems.push(...result.problems.map(at));
      if (header && ids.has(header.id)) problems.push({ where: `$.packs[${k}].pack.id`, message: `duplicate pack id "${header.id}"` });
      if (header) {
        ids.add(header.id);
        packs.push({ header, entry, companies, articles });
      }
    }
    if (problems.length) return { problems };
    return { problems, backup, packs };
  }

  async function restore(text: string, mode: 'replace' | 'merge'): Promise<{ problems: Problem[] }> {
    const checked = await check(text);
    if (!checked.backup || !checked.packs) return { problems: checked.problems };
    // An earlier restore's settings first: a merge applies on top of them.
    await settled();
    const backup = checked.backup;
    // Stage every pack under a new import id; nothing reads these rows until the swap below.
    const staged: PackRecord[] = [];
    try {
      for (const p of checked.packs) {
        const importId = deps.newId();
        await deps.reader.beginImport(importId);
        staged.push({
          ...p.header,
          importId,
          enabled: p.entry.enabled,
          order: p.entry.order,
          installedAt: deps.now(),
          format: p.entry.format,
          counts: { companies: p.companies.length, articles: p.articles.length, facts: p.companies.reduce((n, c) => n + c.facts.length, 0) },
          warnings: [],
        });
        const rows: Array<Omit<PackCompanyRow, 'importId'>> = p.companies.map((c) => ({ id: c.id, company: c, ...(p.entry.extras?.[c.id] ?? {}) }));
        for (let i = 0; i < Math.max(rows.length, p.articles.length); i += 500) {
          await deps.reader.stage(importId, rows.slice(i, i + 500), p.articles.slice(i, i + 500));
        }
      }
      await swap(backup, staged, mode);
    } catch (error) {
      for (const p of staged) await deps.reader.dropImport(p.importId).catch(() => undefined);
      throw error;
    }
    // Committed: what is left is writing the settings out, which start-up retries if need be.
    settling = applyPending().then(
      () => undefined,
      (error: unknown) => {
        settling = undefined; // the next read of a switch tries again
        console.warn('[company-context] restored settings not written yet, retried later:', error);
      },
    );
    await settling;
    await deps.changed();
    return { problems: [] };
  }

  function pendingOf(backup: Backup, mode: 'replace' | 'merge', token: string): PendingSettings {
    const storage = Object.fromEntries(Object.entries(backup.storage ?? {}).filter(([k]) => deps.storageKeys.includes(k)));
    // Replace means the backup's state: a preference it lacks goes back to its default.
    const removeStorage = mode === 'replace' ? deps.storageKeys.filter((k) => !(k in storage)) : [];
    return { key: 'restore-settings', token, sites: backup.sites, replace: mode === 'replace', storage, removeStorage };
  }

  /** The one transaction that makes a restore visible. */
  async function swap(backup: Backup, staged: PackRecord[], mode: 'replace' | 'merge'): Promise<void> {
    const d = await deps.reader.db();
    const tx = d.transaction(['packs', 'imports', 'own', 'overlays', 'meta'], 'readwrite');
    const packs = tx.objectStore('packs');
    const imports = tx.objectStore('imports');
    const meta = tx.objectStore('meta');
    const before = await packs.getAll();
    const retired: string[] = [];
    const retire = async (p: PackRecord) => {
      retired.push(p.importId);
      await imports.put({ importId: p.importId, packId: p.id, state: 'retired', startedAt: p.installedAt });
      await packs.delete(p.id);
    };
    const incoming = new Set(staged.map((p) => p.id));
    for (const p of before) if (mode === 'replace' || incoming.has(p.id)) await retire(p);
    let order = mode === 'merge' ? before.filter((p) => !incoming.has(p.id) && !p.removed).reduce((m, p) => Math.max(m, p.order + 1), 0) : 0;
    for (const p of [...staged].sort((a, b) => a.order - b.order)) {
      await packs.put({ ...p, order: order++ });
      await imports.put({ importId: p.importId, packId: p.id, state: 'live', startedAt: p.installedAt });
    }
    if (mode === 'replace') {
      await tx.objectStore('own').clear();
      await tx.objectStore('overlays').clear();
    }
    for (const r of backup.own as OwnRecord[]) await tx.objectStore('own').put(r);
    for (const r of backup.overlays as OverlayRecord[]) await tx.objectStore('overlays').put(r);
    const never = await meta.get('never-mark');
    const words = mode === 'merge' && never?.key === 'never-mark' ? never.words : [];
    await meta.put({ key: 'never-mark', words: [...new Set([...words, ...backup.neverMark])] });
    await meta.put({ key: 'bundled', enabled: backup.bundledEnabled });
    await meta.delete('undo');
    await meta.put(pendingOf(backup, mode, deps.newId()));
    const rev = await meta.get('revision');
    await meta.put({ key: 'revision', value: (rev?.key === 'revision' ? rev.value : 0) + 1 });
    await tx.done;
    for (const id of retired) await deps.reader.dropImport(id);
  }

  return { exportAll, check, restore, settled };
}

export function headerOf(p: PackRecord): PackHeader {
  const h: PackHeader = { id: p.id, name: p.name, version: p.version };
  if (p.description) h.description = p.description;
  if (p.license) h.license = p.license;
  if (p.source) h.source = p.source;
  return h;
}

export { importRange };
