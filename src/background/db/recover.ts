/**
 * The one way handlers reach the database. It opens lazily, restores settings, seeds the
 * packaged dataset when its version differs, and, when the database turns out missing or
 * corrupt (open fails, stores missing, a read throws), deletes it, rebuilds it and runs
 * the request again, so the request that found the damage still gets its answer.
 */
import { deleteDB } from 'idb';
import type { CompiledDataset } from '../../shared/dataset/schema';
import { CorruptDatabaseError, openDatabase } from './open';
import { restoreSettings, type SettingsBackup } from './restore';
import type { CcDatabase } from './schema';
import { SeedError, seedIfStale } from './seed';

export interface DatabaseDeps {
  name: string;
  /** The packaged dataset; failures here are not the database's fault and never trigger a rebuild. */
  loadDataset(): Promise<CompiledDataset>;
  readSettingsBackup(): Promise<SettingsBackup>;
}

export interface Database {
  /**
   * Runs `work` on an open database. With `dataset: true` the packaged dataset is seeded
   * first and `version` is its version; otherwise `version` is null.
   */
  use<T>(work: (db: CcDatabase, version: string | null) => Promise<T>, options?: { dataset?: boolean }): Promise<T>;
  /** Seeds now if the packaged version differs (install/update); resolves to that version. */
  seed(): Promise<string>;
  close(): Promise<void>;
}

export class PackagedDataError extends Error {
  override name = 'PackagedDataError';
}

/** The names IndexedDB gives its failures. */
const IDB_ERROR_NAMES = new Set([
  'UnknownError',
  'InvalidStateError',
  'NotFoundError',
  'VersionError',
  'TransactionInactiveError',
  'AbortError',
  'DataError',
  'ConstraintError',
  'InvalidAccessError',
  'QuotaExceededError',
]);

/**
 * Whether rebuilding could fix it: IndexedDB reports its failures (corruption, a store
 * gone missing, a version it cannot open) as DOMExceptions. A failed seed is retried on
 * the next request instead, and a bug in our own code must not cost the user a database.
 */
function isDatabaseFault(error: unknown): boolean {
  if (error instanceof SeedError || error instanceof PackagedDataError) return false;
  if (error instanceof CorruptDatabaseError || error instanceof DOMException) return true;
  // A DOMException from another realm fails instanceof but keeps its name.
  return error instanceof Error && IDB_ERROR_NAMES.has(error.name);
}

export function createDatabase(deps: DatabaseDeps): Database {
  let connection: Promise<CcDatabase> | undefined;
  let seeded: Promise<string> | undefined;
  let rebuilding: Promise<void> | undefined;

  const forget = (lost: Promise<CcDatabase> | undefined) => {
    if (connection !== lost) return;
    connection = undefined;
    seeded = undefined;
  };

  const connect = (): Promise<CcDatabase> => {
    const connecting: Promise<CcDatabase> = (async () => {
      const backup = await deps.readSettingsBackup();
      const db = await openDatabase(deps.name, { onLost: () => forget(connecting) });
      await restoreSettings(db, backup);
      return db;
    })();
    return connecting;
  };

  const seedOnce = (db: CcDatabase): Promise<string> =>
    (seeded ??= (async () => {
      let dataset: CompiledDataset;
      try {
        dataset = await deps.loadDataset();
      } catch (error) {
        throw new PackagedDataError(`Cannot read the packaged dataset: ${String(error)}`, { cause: error });
      }
      await seedIfStale(db, dataset);
      return dataset.version;
    })().catch((error: unknown) => {
      seeded = undefined; // let the next request try again
      throw error;
    }));

  const ready = async (withDataset: boolean) => {
    if (rebuilding) await rebuilding;
    const current = (connection ??= connect());
    current.catch(() => forget(current));
    const db = await current;
    const version = withDataset ? await seedOnce(db) : null;
    return { db, current, version };
  };

  const rebuild = (broken: Promise<CcDatabase> | undefined) =>
    (rebuilding ??= (async () => {
      forget(broken);
      const db = await broken?.catch(() => undefined);
      db?.close();
      await deleteDB(deps.name);
    })().finally(() => {
      rebuilding = undefined;
    }));

  const use: Database['use'] = async (work, options) => {
    const withDataset = options?.dataset ?? false;
    let attempt: Promise<CcDatabase> | undefined;
    try {
      const { db, current, version } = await ready(withDataset);
      attempt = current;
      return await work(db, version);
    } catch (error) {
      if (!isDatabaseFault(error)) throw error;
      await rebuild(attempt ?? connection);
      const { db, version } = await ready(withDataset);
      return work(db, version);
    }
  };

  return {
    use,
    seed: () => use(async (_db, version) => version ?? '', { dataset: true }),
    async close() {
      const db = await connection?.catch(() => undefined);
      connection = undefined;
      seeded = undefined;
      db?.close();
    },
  };
}
