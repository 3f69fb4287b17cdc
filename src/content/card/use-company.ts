/**
 * Loads a company for the card: loading, error (with retry) and ready states, plus the
 * display names of its related companies for the chips (fetched after, never blocking).
 * Anything already in the cache renders in the first frame, without a loading flash.
 */
import { useEffect, useState } from 'preact/hooks';
import type { DetailData } from '../../shared/ui/CompanyDetail';
import { companyName, type UiLang } from '../../shared/ui/lang';
import type { CompanyCache } from './company-cache';

export type CompanyState =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'ready'; data: DetailData; names: Record<string, string> };

function relatedIds(data: DetailData): string[] {
  return [...new Set((data.company.relations ?? []).map((r) => r.company))];
}

function knownNames(data: DetailData, cache: CompanyCache, lang: UiLang): Record<string, string> {
  const names: Record<string, string> = {};
  for (const id of relatedIds(data)) {
    const related = cache.peek(id);
    if (related) names[id] = companyName(related.company.names, lang);
  }
  return names;
}

function cached(id: string, cache: CompanyCache, lang: UiLang): CompanyState {
  const data = cache.peek(id);
  return data ? { status: 'ready', data, names: knownNames(data, cache, lang) } : { status: 'loading' };
}

export function useCompany(id: string, cache: CompanyCache, lang: UiLang, attempt: number): CompanyState {
  const [state, setState] = useState<CompanyState>(() => cached(id, cache, lang));
  useEffect(() => {
    let live = true;
    const now = cached(id, cache, lang);
    setState(now);
    const withNames = (data: DetailData) => {
      const ids = relatedIds(data);
      if (ids.every((r) => cache.peek(r))) return;
      void Promise.allSettled(ids.map((r) => cache.get(r))).then(() => {
        if (live) setState({ status: 'ready', data, names: knownNames(data, cache, lang) });
      });
    };
    if (now.status === 'ready') withNames(now.data);
    else
      cache.get(id).then(
        (data) => {
          if (!live) return;
          setState({ status: 'ready', data, names: knownNames(data, cache, lang) });
          withNames(data);
        },
        () => live && setState({ status: 'error' }),
      );
    return () => {
      live = false;
    };
  }, [id, cache, lang, attempt]);
  return state;
}
