/**
 * Writes the packaged dataset into the database. Everything the dataset owns (companies,
 * articles and the version stamp) is replaced in ONE transaction: if the worker dies or a
 * write fails half way, IndexedDB rolls back to the previous dataset, and the version
 * stamp still differs, so the next start seeds again. Settings are not touched.
 */
import type { CompiledDataset } from '../../shared/dataset/schema';
import type { CcDatabase } from './schema';

export class SeedError extends Error {
  override name = 'SeedError';
}

export async function storedVersion(db: CcDatabase): Promise<string | null> {
  const meta = await db.get('meta', 'dataset');
  return meta?.key === 'dataset' ? meta.version : null;
}

/** Seeds when the stored version differs; resolves to true when it wrote. */
export async function seedIfStale(db: CcDatabase, dataset: CompiledDataset, now = Date.now()): Promise<boolean> {
  if ((await storedVersion(db)) === dataset.version) return false;
  const tx = db.transaction(['companies', 'articles', 'meta'], 'readwrite');
  tx.done.catch(() => undefined);
  try {
    const companies = tx.objectStore('companies');
    const articles = tx.objectStore('articles');
    // Queue every request synchronously: awaiting anything else here would let the
    // transaction commit early. A put that throws (bad key) must abort, not commit a half.
    const writes: Promise<unknown>[] = [];
    const queue = (request: Promise<unknown>) => {
      // Requests queued before a throw reject with AbortError; tx.done reports the failure once.
      request.catch(() => undefined);
      writes.push(request);
    };
    queue(companies.clear());
    queue(articles.clear());
    for (const c of dataset.companies) queue(companies.put(c));
    for (const a of dataset.articles) queue(articles.put(a));
    queue(tx.objectStore('meta').put({ key: 'dataset', version: dataset.version, seededAt: now }));
    await Promise.all([...writes, tx.done]);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted or finished: IndexedDB rolled it back on its own.
    }
    throw new SeedError(`Seeding dataset ${dataset.version} failed: ${String(error)}`, { cause: error });
  }
  return true;
}
