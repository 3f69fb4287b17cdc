/** The results as a listbox: companies and articles, the matched part marked. */
import type { SearchResult } from '../shared/messages';
import { Highlighted } from './Highlighted';
import type { PopupTranslate } from './strings';

export interface ResultListProps {
  id: string;
  results: SearchResult[];
  selected: number;
  onSelect(index: number): void;
  onOpen(result: SearchResult): void;
  t: PopupTranslate;
}

export const optionId = (i: number) => `result-${i}`;

export function ResultList({ id, results, selected, onSelect, onOpen, t }: ResultListProps) {
  return (
    <ul id={id} class="results" role="listbox" aria-label={t('popupResults')}>
      {results.map((r, i) => (
        <li
          key={`${r.kind}:${r.id}`}
          id={optionId(i)}
          role="option"
          aria-selected={i === selected}
          class={`result result-${r.kind}`}
          data-id={r.id}
          data-kind={r.kind}
          // Only a moving pointer selects: Chrome also sends mousemove when the list changes
          // under a resting pointer, which would steal the keyboard's selection.
          onMouseMove={(e) => (e.movementX !== 0 || e.movementY !== 0) && i !== selected && onSelect(i)}
          // mousedown keeps focus in the search field, so the keyboard keeps working
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onOpen(r)}
        >
          <span class="result-kind" aria-hidden="true">
            {r.kind === 'company' ? '◆' : '¶'}
          </span>
          <span class="result-body">
            {/* The title carries the marks when it is what matched; else a second line shows what did. */}
            <span class="result-title">
              {r.kind === 'company' ? <span class="visually-hidden">{t('popupCompany')}: </span> : null}
              {r.matched === r.title ? <Highlighted text={r.matched} ranges={r.ranges} /> : r.title}
            </span>
            {r.matched !== r.title ? (
              <span class="result-sub">
                <Highlighted text={r.matched} ranges={r.ranges} />
              </span>
            ) : null}
            {r.kind === 'article' ? (
              <span class="result-meta">
                {t('popupArticle')} · {r.publisher ? `${r.publisher} · ` : ''}{r.date}
                {r.url ? <span class="visually-hidden"> ({t('popupOpensNewTab')})</span> : null}
              </span>
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
