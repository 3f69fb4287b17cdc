/**
 * Finds a bundled or pack company to edit (an extra alias for Xiaomi, a never-mark word, a
 * note): the popup's own search, companies only.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SearchResult } from '../shared/messages';
import { companyName } from '../shared/ui/lang';
import type { OptionsEnv } from './env';

export function CompanyPicker({ env, onPick }: { env: OptionsEnv; onPick(id: string, name: string): void }) {
  const { transport, t } = env;
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Array<Extract<SearchResult, { kind: 'company' }>>>([]);
  useEffect(() => {
    const q = query.trim();
    if (!q) return setResults([]);
    let live = true;
    transport.toBackground<'db/search'>({ type: 'db/search', query: q, limit: 20 }).then(
      (r) => live && setResults(r.results.filter((x) => x.kind === 'company').slice(0, 8)),
      () => live && setResults([]),
    );
    return () => {
      live = false;
    };
  }, [transport, query]);
  return (
    <div class="picker">
      <label for="opt-pick">{t('optPickLabel')}</label>
      <input id="opt-pick" type="search" value={query} autoComplete="off" aria-describedby="opt-pick-hint" onInput={(e) => setQuery(e.currentTarget.value)} />
      <p class="hint" id="opt-pick-hint">
        {t('optPickHint')}
      </p>
      {results.length ? (
        <ul class="chips" aria-label={t('optPickResults')}>
          {results.map((r) => {
            const name = companyName(r.names, env.lang);
            return (
              <li key={r.id}>
                <button type="button" class="chip" data-company={r.id} onClick={() => onPick(r.id, name)}>
                  {name}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
