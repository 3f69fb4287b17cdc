/**
 * Everything we know about one company, each number with its source. Shared by the hover
 * card and the popup: data arrives as props and every action is a callback, so each host
 * wires its own loader and messaging.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Article, Company, Series, Source } from '../dataset/schema';
import type { Origin, ReaderLinkView } from '../messages';
import { articlesById } from './articles';
import { ArticleList } from './ArticleList';
import { Chart } from './Chart';
import { groupByAxis } from './chart-model';
import { orderFacts } from './fact-order';
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
  /** Where facts of packs and the reader's own come from (`db/company`). */
  factOrigins?: Record<string, Origin>;
  /** The reader's note and links on this company. */
  reader?: { note?: string; links: ReaderLinkView[] };
}

/** What the reader wrote about the company: shown as text; only https addresses become links. */
function ReaderNotes({ reader, t }: { reader: DetailData['reader']; t: Translate }) {
  if (!reader || (!reader.note && reader.links.length === 0)) return null;
  return (
    <section class="cc-section cc-reader" aria-label={t('cardReaderNotes')}>
      {reader.note ? <p class="cc-reader-note">{reader.note}</p> : null}
      {reader.links.length ? (
        <ul class="cc-reader-links">
          {reader.links.map((l, i) => (
            <li key={i}>
              {l.url ? (
                <a href={l.url} target="_blank" rel="noopener noreferrer">
                  {l.text}
                </a>
              ) : (
                <span class="cc-reader-text">{l.text}</span>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

export interface DetailActions {
  /** "Search in Company Context" with the company's name. */
  onSearch?(query: string): void;
  /** "Turn off on this site"; omitted where there is no site (the popup's search). */
  onTurnOff?(): void;
  /** "Don't mark “…”": the exact text of the hovered mention goes on the never-mark list (card only). */
  neverMark?: { text: string; run(): void };
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
  /**
   * The card's first view: names, tagline, the first facts and the newest article, with
   * "More" to expand the rest in place. Without it (the popup) everything shows at once.
   */
  compact?: boolean;
  /** The clock that decides which facts are stale (tests pin it). */
  now?: number;
  /** Shown beside "More" (the card's keyboard hint). */
  aside?: ComponentChildren;
}

let nextId = 0;

export function CompanyDetail(props: CompanyDetailProps) {
  const { data, lang, t, actions, compact = false, now = Date.now() } = props;
  const { company, articles } = data;
  const [expanded, setExpanded] = useState(false);
  const [moreId] = useState(() => `cc-more-${++nextId}`);
  const byId = articlesById(articles);
  const name = companyName(company.names, lang);
  const aka = otherNames(company.names, lang);
  const facts = orderFacts(company.facts, now);
  const full = !compact || expanded;
  return (
    <article class="cc-detail" data-company={company.id} data-expanded={full ? '' : undefined} lang={lang}>
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
      <ReaderNotes reader={data.reader} t={t} />
      <FactList facts={facts.first} articles={byId} lang={lang} t={t} now={now} brief={!full} origins={data.factOrigins} />
      {/* The newest article first; the others once the reader asks for more. */}
      <ArticleList articles={articles} lang={lang} t={t} limit={full ? 5 : 1} />
      {compact ? (
        <div class="cc-more-row">
          <button type="button" class="cc-more" aria-expanded={expanded} aria-controls={moreId} onClick={() => setExpanded(!expanded)}>
            {t(expanded ? 'cardLess' : 'cardMore')}
            <span aria-hidden="true">{expanded ? ' ▴' : ' ▾'}</span>
          </button>
          {props.aside}
        </div>
      ) : null}
      {full ? (
        <div class="cc-rest" id={moreId}>
          {groupByAxis(company.series ?? []).map((group) => (
            <div class="cc-section" key={group.map((s) => s.id).join()}>
              <Chart series={group} lang={lang} t={t} />
              {uniqueSources(group).map((source) => (
                <SourceCite key={JSON.stringify(source)} source={source} articles={byId} lang={lang} t={t} />
              ))}
            </div>
          ))}
          <FactList facts={facts.rest} articles={byId} lang={lang} t={t} now={now} label={t('cardMoreFacts')} origins={data.factOrigins} />
          <RelationChips relations={company.relations ?? []} names={props.relatedNames ?? {}} lang={lang} t={t} onSelect={props.onSelectCompany} />
          {actions?.onSearch || actions?.onTurnOff || actions?.neverMark ? (
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
            </footer>
          ) : null}
        </div>
      ) : (
        <div id={moreId} hidden />
      )}
    </article>
  );
}
