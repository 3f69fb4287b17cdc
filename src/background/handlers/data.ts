/** data/*: the reader's own data (docs/readers-data.md). Every change tells open tabs to rescan. */
import { idFromName } from '../../shared/dataset/csv-list';
import type { Overlay } from '../../shared/dataset/layers-schema';
import { ProtocolError, type Handlers } from '../../shared/router';
import { headerOf } from '../data/backup';
import type { Services } from '../services';

export type DataMessageType =
  | 'data/layers'
  | 'data/import-start'
  | 'data/import-chunk'
  | 'data/import-status'
  | 'data/import-cancel'
  | 'data/pack-set'
  | 'data/pack-remove'
  | 'data/undo'
  | 'data/pack-export'
  | 'data/own'
  | 'data/own-company-save'
  | 'data/own-company-delete'
  | 'data/overlay-save'
  | 'data/never-mark'
  | 'data/backup-export'
  | 'data/storage';

const isEmpty = (o: Overlay): boolean =>
  !o.note && !o.links?.length && !o.neverMark?.length && !Object.values(o.aliases ?? {}).some((l) => l?.length);

type StorageManagerLike = { estimate?(): Promise<{ usage?: number; quota?: number }>; persisted?(): Promise<boolean> };

export function dataHandlers(s: Services): Handlers<DataMessageType> {
  const changed = async <T>(result: T): Promise<T> => {
    await s.layers.changed().catch(() => undefined);
    return result;
  };
  return {
    'data/layers': () => s.layers.layers(),
    'data/import-start': (request) => s.importer.start(request),
    'data/import-chunk': (request) => s.importer.chunk(request),
    'data/import-status': ({ importId }) => s.importer.status(importId),
    'data/import-cancel': async ({ importId }) => ({ cancelled: await s.importer.cancel(importId) }),
    'data/pack-set': async ({ id, enabled, order }) => {
      if (!(await s.reader.setPack(id, { enabled, order }))) throw new ProtocolError(`No pack "${id}" is installed`);
      await changed(null);
      return s.layers.layers();
    },
    'data/pack-remove': async ({ id }) => {
      const undo = await s.reader.removePack(id);
      if (!undo) throw new ProtocolError(`No pack "${id}" is installed`);
      return changed({ undo });
    },
    'data/undo': async ({ token }) => changed({ undone: await s.reader.undo(token) }),
    'data/pack-export': async ({ id }) => {
      const pack = await s.reader.getPack(id);
      if (!pack) throw new ProtocolError(`No pack "${id}" is installed`);
      const companies = (await s.reader.packCompanies(pack.importId)).map((r) => r.company);
      const articles = await s.reader.packArticles(pack.importId);
      return { fileName: `${pack.id}.json`, text: JSON.stringify({ pack: headerOf(pack), companies, articles }, null, 1) };
    },
    'data/own': async () => {
      const snap = await s.reader.snapshot();
      return { companies: snap.own, overlays: snap.overlays, neverMark: snap.neverMark };
    },
    'data/own-company-save': async ({ company }) => {
      const n = company.names;
      const id = company.id ?? idFromName(n.en ?? n.ko ?? n['zh-Hans'] ?? n['zh-Hant'] ?? n.ja ?? '');
      await s.reader.saveOwn({ id, input: { ...company, id }, updatedAt: s.platform.now() });
      return changed({ id });
    },
    'data/own-company-delete': async ({ id }) => {
      const undo = await s.reader.deleteOwn(id);
      if (!undo) throw new ProtocolError(`No company "${id}" of yours`);
      return changed({ undo });
    },
    'data/overlay-save': async ({ companyId, overlay }) => {
      const undo = await s.reader.saveOverlay({ companyId, overlay, updatedAt: s.platform.now() }, isEmpty(overlay));
      return changed(undo ? { companyId, undo } : { companyId });
    },
    'data/never-mark': async ({ word, add }) => changed(await s.reader.neverMark(word, add)),
    'data/backup-export': () => s.backup.exportAll(),
    'data/storage': async () => {
      const storage = (globalThis.navigator as { storage?: StorageManagerLike } | undefined)?.storage;
      const estimate = await storage?.estimate?.().catch(() => undefined);
      const persisted = await storage?.persisted?.().catch(() => null);
      return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted: persisted ?? null };
    },
  };
}

