/**
 * The popup: a search over companies and articles, the site switches for the current tab
 * and the companies the page mentions. Opening a company shows its detail (the hover
 * card's view) in place, with Back; the search keeps its query and selection meanwhile.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { SearchResult } from '../shared/messages';
import { companyName } from '../shared/ui/lang';
import { ArticleView, type ArticleResult } from './ArticleView';
import { CompanyView } from './CompanyView';
import type { PopupEnv } from './env';
import { OnThisPage } from './OnThisPage';
import { optionId, ResultList } from './ResultList';
import { SearchBox } from './SearchBox';
import { SearchStatus } from './SearchStatus';
import { ShortcutHint } from './ShortcutHint';
import { SiteSwitch } from './SiteSwitch';
import { PRIMARY_IDS, Suggestions } from './Suggestions';
import { useCompanies } from './use-companies';
import { usePendingQuery } from './use-pending-query';
import { useSearch } from './use-search';
import { countMentions, useTab } from './use-tab';

type View = { kind: 'company'; id: string } | { kind: 'article'; result: ArticleResult };

const LIST_ID = 'results';
const NO_RESULTS: SearchResult[] = [];

export function App({ env }: { env: PopupEnv }) {
  const [query, setQuery] = useState(env.initialQuery);
  // The selection belongs to one list of results: a new list starts again at the top,
  // decided while rendering (an effect would run after paint and could undo a quick ↓).
  const [selection, setSelection] = useState<{ of: SearchResult[] | null; index: number }>({ of: null, index: 0 });
  const [stack, setStack] = useState<View[]>([]);
  const { state, retry } = useSearch(env.transport, query);
  const tab = useTab(env.transport, env.tabId);
  usePendingQuery(env.transport, !env.initialQuery, (q) => setQuery((current) => current || q));

  const primaries = useCompanies(env.transport, PRIMARY_IDS);
  const mentionIds = useMemo(
    () => (tab.status === 'ready' ? countMentions(tab.mentions).slice(0, 12).map((c) => c.companyId) : []),
    [tab],
  );
  const mentioned = useCompanies(env.transport, mentionIds);
  const names = Object.fromEntries((mentioned ?? []).map(({ company }) => [company.id, companyName(company.names, env.lang)]));

  const results = state.status === 'done' ? state.results : NO_RESULTS;
  const selected = selection.of === results ? selection.index : 0;
  const setSelected = (index: number) => setSelection({ of: results, index });

  const view = stack[stack.length - 1];
  const push = (v: View) => setStack((s) => [...s, v]);
  const back = () => setStack((s) => s.slice(0, -1));

  // Escape inside a detail goes back (the search field handles its own Escape).
  useEffect(() => {
    if (!view) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        back();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [view]);

  const open = (r: SearchResult) => {
    if (r.kind === 'company') push({ kind: 'company', id: r.id });
    else if (r.url) void env.openTab(r.url);
    else push({ kind: 'article', result: r });
  };

  // One h1 in every state (the detail's company name is an h2 under it).
  const title = <h1 class="visually-hidden">{env.t('popupTitle')}</h1>;
  if (view?.kind === 'company') {
    return (
      <main class="popup">
        {title}
        <CompanyView
          key={view.id}
          env={env}
          id={view.id}
          onBack={back}
          onSelectCompany={(id) => push({ kind: 'company', id })}
          onSearch={(q) => {
            setStack([]);
            setQuery(q);
          }}
        />
      </main>
    );
  }
  if (view?.kind === 'article') {
    return (
      <main class="popup">
        {title}
        <ArticleView env={env} result={view.result} onBack={back} />
      </main>
    );
  }

  const active = results.length > 0 ? Math.min(selected, results.length - 1) : -1;
  return (
    <main class="popup">
      {title}
      <SearchBox
        query={query}
        onQuery={setQuery}
        onMove={(d) => results.length && setSelected((selected + d + results.length) % results.length)}
        onEnter={() => active >= 0 && open(results[active]!)}
        onClose={env.close}
        activeId={active >= 0 ? optionId(active) : undefined}
        listId={LIST_ID}
        expanded={results.length > 0}
        t={env.t}
      />
      {query.trim() ? (
        <>
          <SearchStatus state={state} onRetry={retry} t={env.t} />
          {results.length > 0 ? (
            <ResultList id={LIST_ID} results={results} selected={active} onSelect={setSelected} onOpen={open} lang={env.lang} t={env.t} />
          ) : null}
        </>
      ) : (
        <>
          <OnThisPage transport={env.transport} tab={tab} names={names} onDone={env.close} t={env.t} />
          <Suggestions env={env} companies={primaries} onOpen={(id) => push({ kind: 'company', id })} />
        </>
      )}
      <SiteSwitch transport={env.transport} tab={tab} t={env.t} />
      <ShortcutHint env={env} />
      {env.openOptions ? (
        <button type="button" class="back settings-link" id="open-settings" onClick={env.openOptions}>
          ⚙ {env.t('popupSettings')}
        </button>
      ) : null}
    </main>
  );
}
