/**
 * Loads a company for the card: loading, error (with retry) and ready states, plus the
 * display names of its related companies for the chips (fetched after, never blocking).
 */
import { useEffect, useState } from 'preact/hooks';
import type { DetailData } from '../../shared/ui/CompanyDetail';
import { companyName, type UiLang } from '../../shared/ui/lang';

export type CompanyState =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'ready'; data: DetailData; names: Record<string, string> };

export function useCompany(id: string, load: (id: string) => Promise<DetailData>, lang: UiLang, attempt: number): CompanyState {
  const [state, setState] = useState<CompanyState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    load(id).then(
      (data) => {
        if (!live) return;
        setState({ status: 'ready', data, names: {} });
        const related = [...new Set((data.company.relations ?? []).map((r) => r.company))];
        void Promise.allSettled(related.map((rid) => load(rid))).then((results) => {
          if (!live) return;
          const names: Record<string, string> = {};
          for (const r of results) if (r.status === 'fulfilled') names[r.value.company.id] = companyName(r.value.company.names, lang);
          if (Object.keys(names).length > 0) setState({ status: 'ready', data, names });
        });
      },
      () => live && setState({ status: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [id, load, lang, attempt]);
  return state;
}
