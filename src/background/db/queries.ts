/** Read-only queries the handlers need; each runs in one transaction. */
import type { Article, Company } from '../../shared/dataset/schema';
import type { CcDatabase } from './schema';

/** Newest first. Dates are YYYY[-MM[-DD]], so string order is date order; ties by id keep it stable. */
export function newestFirst(a: Article, b: Article): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export async function readCompany(
  db: CcDatabase,
  id: string,
): Promise<{ company: Company; articles: Article[] } | null> {
  const tx = db.transaction(['companies', 'articles'], 'readonly');
  const [company, articles] = await Promise.all([
    tx.objectStore('companies').get(id),
    tx.objectStore('articles').index('by-company').getAll(id),
    tx.done,
  ]);
  if (!company) return null;
  return { company, articles: articles.sort(newestFirst) };
}

export async function readAll(db: CcDatabase): Promise<{ companies: Company[]; articles: Article[] }> {
  const tx = db.transaction(['companies', 'articles'], 'readonly');
  const [companies, articles] = await Promise.all([
    tx.objectStore('companies').getAll(),
    tx.objectStore('articles').getAll(),
    tx.done,
  ]);
  return { companies, articles };
}
