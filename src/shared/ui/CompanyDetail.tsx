/**
 * Everything we know about one company, each number with its source. Shared by the hover
 * card and the popup: data arrives as props and every action is a callback, so each host
 * wires its own loader and messaging.
 */
import type { Article, Company, Series, Source } from '../dataset/schema';
import { articlesById } from './articles';
import { ArticleList } from './ArticleList';
import { Chart } from './Chart';
import { groupByAxis } from './chart-model';
import { FactList } from './FactList';
import type { Translate } from './i18n';
import { companyName, localText, otherNames, type UiLang } from './lang';
import { RelationChips } from './RelationChips';
import { SourceCite } from './SourceCite';

/** Series drawn together often cite the same article: cite it once. */
function uniqueSources(series: readonly Series[]): Source[] {
  const seen = new Map<string, Source>();
  for (const s of series) seen.set(JSON.stringify(s.source), s.source);
  return [...seen.values()];
}

export interface DetailData {
  company: Company;
  /** Articles about the company, newest first (as `db/company` answers). */
  articles: Article[];
}

export interface DetailActions {
  /** "Search in Company Context" with the company's name. */
  onSearch?(query: string): void;
  /** "Turn off on this site"; omitted where there is no site (the popup's search). */
  onTurnOff?(): void;
  /** "Don't mark “…”": the exact text of the hovered mention goes on the never-mark list (card only). */
  neverMark?: { text: string; run(): void };
  /** The settings page (the card's cog). */
  onSettings?(): void;
}

export interface CompanyDetailProps {
  data: DetailData;
  lang: UiLang;
  t: Translate;
  /** Display names of related companies by id, where known; ids are prettified otherwise. */
  relatedNames?: Readonly<Record<string, string>>;
  onSelectCompany?(id: string): void;
  actions?: DetailActions;
  /** The id of the element naming the company, for aria-labelledby on the host's container. */
  headingId?: string;
}

export function CompanyDetail(props: CompanyDetailProps) {
  const { data, lang, t, actions } = props;
  const { company, articles } = data;
  const byId = articlesById(articles);
  const name = companyName(company.names, lang);
  const aka = otherNames(company.names, lang);
  return (
    <article class="cc-detail" data-company={company.id} lang={lang}>
      <header class="cc-header">
        <h2 class="cc-name" id={props.headingId}>
          {name}
        </h2>
        {aka.length > 0 ? (
          <p class="cc-aka" title={t('cardOtherNames')}>
            {aka.join(' · ')}
          </p>
        ) : null}
        <p class="cc-tagline">{localText(company.tagline, lang)}</p>
      </header>
      {/* The chart first: trends read at a glance, the facts below carry the detail. */}
      {groupByAxis(company.series ?? []).map((group) => (
        <div class="cc-section" key={group.map((s) => s.id).join()}>
          <Chart series={group} lang={lang} t={t} />
          {uniqueSources(group).map((source) => (
            <SourceCite key={JSON.stringify(source)} source={source} articles={byId} lang={lang} t={t} />
          ))}
        </div>
      ))}
      <FactList facts={company.facts} articles={byId} lang={lang} t={t} />
      <RelationChips relations={company.relations ?? []} names={props.relatedNames ?? {}} lang={lang} t={t} onSelect={props.onSelectCompany} />
      <ArticleList articles={articles} lang={lang} t={t} />
      {actions?.onSearch || actions?.onTurnOff || actions?.neverMark || actions?.onSettings ? (
        <footer class="cc-actions">
          {actions.onSearch ? (
            <button type="button" class="cc-action" data-action="search" onClick={() => actions.onSearch?.(name)}>
              {t('cardSearch')}
            </button>
          ) : null}
          {actions.onTurnOff ? (
            <button type="button" class="cc-action" data-action="turn-off" onClick={() => actions.onTurnOff?.()}>
              {t('cardTurnOff')}
            </button>
          ) : null}
          {actions.neverMark ? (
            <button type="button" class="cc-action" data-action="never-mark" onClick={() => actions.neverMark?.run()}>
              {t('cardNeverMark', [actions.neverMark.text])}
            </button>
          ) : null}
          {actions.onSettings ? (
            <button type="button" class="cc-action" data-action="settings" aria-label={t('cardSettings')} title={t('cardSettings')} onClick={() => actions.onSettings?.()}>
              ⚙
            </button>
          ) : null}
        </footer>
      ) : null}
    </article>
  );
}
