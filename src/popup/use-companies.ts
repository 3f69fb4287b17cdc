/**
 * Company records by id, fetched with `db/company` and remembered for the popup's life
 * (suggestions, "on this page" names and the detail view share them).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Response } from '../shared/messages';
import type { Transport } from '../shared/transport';

export type CompanyData = Response<'db/company'>;

const cache = new WeakMap<Transport, Map<string, Promise<CompanyData>>>();

export function loadCompany(transport: Transport, id: string): Promise<CompanyData> {
  let byId = cache.get(transport);
  if (!byId) cache.set(transport, (byId = new Map()));
  let p = byId.get(id);
  if (!p) {
    p = transport.toBackground<'db/company'>({ type: 'db/company', id });
    byId.set(id, p);
    p.catch(() => byId.delete(id));
  }
  return p;
}

/** The companies among `ids` that load, in the order of `ids`; failures are left out. */
export function useCompanies(transport: Transport, ids: readonly string[]): CompanyData[] | null {
  const [loaded, setLoaded] = useState<CompanyData[] | null>(null);
  const key = ids.join(',');
  useEffect(() => {
    let live = true;
    Promise.all(ids.map((id) => loadCompany(transport, id).catch(() => null))).then((all) => {
      if (live) setLoaded(all.filter((c): c is CompanyData => c !== null));
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `ids`
  }, [transport, key]);
  return loaded;
}
