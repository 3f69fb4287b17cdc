/**
 * The results as a listbox: companies and articles, each labelled with its kind in words,
 * the matched part marked. A company shows its name in the reader's language, the spelling
 * that matched beside it when different, and its tagline; matches that are only part of a
 * longer word, or a typo, say so.
 */
import type { SearchResult } from '../shared/messages';
import type { UiLang } from '../shared/ui/lang';
import { Highlighted } from './Highlighted';
import { companyText, type CompanyResult } from './result-text';
import type { PopupTranslate } from './strings';

export interface ResultListProps {
  id: string;
  results: SearchResult[];
  selected: number;
  onSelect(index: number): void;
  onOpen(result: SearchResult): void;
  lang: UiLang;
  t: PopupTranslate;
}

export const optionId = (i: number) => `result-${i}`;

export function ResultList({ id, results, selected, onSelect, onOpen, lang, t }: ResultListProps) {
  return (
    <ul id={id} class="results" role="listbox" aria-label={t('popupResults')}>
      {results.map((r, i) => (
        <li
          key={`${r.kind}:${r.id}`}
          id={optionId(i)}
          role="option"
          aria-selected={i === selected}
          class={`result result-${r.kind}${r.similar ? ' result-similar' : ''}${r.similar && !results[i - 1]?.similar ? ' result-similar-first' : ''}`}
          data-id={r.id}
          data-kind={r.kind}
          // Only a moving pointer selects: Chrome also sends mousemove when the list changes
          // under a resting pointer, which would steal the keyboard's selection.
          onMouseMove={(e) => (e.movementX !== 0 || e.movementY !== 0) && i !== selected && onSelect(i)}
          // mousedown keeps focus in the search field, so the keyboard keeps working
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onOpen(r)}
        >
          {/* A word, not a symbol: it is read out as the first part of the option's name. */}
          <span class="result-kind">{r.kind === 'company' ? t('popupCompany') : t('popupArticle')}</span>
          <span class="result-body">
            {r.kind === 'company' ? <CompanyRow r={r} lang={lang} /> : <ArticleRow r={r} t={t} />}
            {r.similar ? <span class="result-note">{t('popupSimilarMatch')}</span> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}

function CompanyRow({ r, lang }: { r: CompanyResult; lang: UiLang }) {
  const { name, spelling, tagline } = companyText(r, lang);
  return (
    <>
      <span class="result-title">
        {spelling === undefined ? <Highlighted text={r.matched} ranges={r.ranges} /> : name}
        {spelling !== undefined ? (
          <span class="result-spelling">
            <span aria-hidden="true"> · </span>
            <span lang={r.matchedLang}>
              <Highlighted text={spelling} ranges={r.ranges} />
            </span>
          </span>
        ) : null}
      </span>
      <span class="result-sub">{tagline}</span>
    </>
  );
}

function ArticleRow({ r, t }: { r: Extract<SearchResult, { kind: 'article' }>; t: PopupTranslate }) {
  const meta = [r.publisher, r.date].filter((part) => !!part).join(' · ');
  return (
    <>
      {/* The title carries the marks when it is what matched; else a second line shows what did. */}
      <span class="result-title">{r.matched === r.title ? <Highlighted text={r.matched} ranges={r.ranges} /> : r.title}</span>
      {r.matched !== r.title ? (
        <span class="result-sub">
          <Highlighted text={r.matched} ranges={r.ranges} />
        </span>
      ) : null}
      <span class="result-meta">
        {meta}
        {r.url ? <span class="visually-hidden"> ({t('popupOpensNewTab')})</span> : null}
      </span>
    </>
  );
}
