/**
 * Key facts: label, value with unit/currency, approximate marker, as-of date (with a visible
 * warning when it is more than three years old) and source.
 */
import type { Article, Fact } from '../dataset/schema';
import { isStale } from './fact-order';
import { factText, formatPeriod } from './format';
import type { Translate } from './i18n';
import { localText, type UiLang } from './lang';
import { SourceCite } from './SourceCite';

export interface FactListProps {
  facts: readonly Fact[];
  articles: ReadonlyMap<string, Article>;
  lang: UiLang;
  t: Translate;
  /** The clock staleness is measured against (tests pin it). */
  now: number;
  /** The section's accessible name; "Key facts" by default. */
  label?: string;
  id?: string;
  /** The card's first view: notes wait for "More" (they are what made it scroll). */
  brief?: boolean;
}

export function FactList({ facts, articles, lang, t, now, label, id, brief = false }: FactListProps) {
  if (facts.length === 0) return null;
  return (
    <section class="cc-section" aria-label={label ?? t('cardKeyFacts')} id={id}>
      <dl class="cc-facts">
        {facts.map((f) => {
          const { value, note } = factText(f, lang);
          const stale = isStale(f.asOf, now);
          return (
            <div class="cc-fact" key={f.id} data-fact={f.id} data-stale={stale ? '' : undefined}>
              <dt>{localText(f.label, lang)}</dt>
              <dd>
                <span class="cc-value">
                  {f.approximate ? <abbr class="cc-approx" title={t('cardApprox')}>~</abbr> : null}
                  {value}
                </span>
                {f.asOf ? (
                  <span class="cc-asof">
                    {' '}
                    {t('cardAsOf', [formatPeriod(f.asOf, lang)])}
                    {stale ? <span class="cc-stale"> · {t('cardStale')}</span> : null}
                  </span>
                ) : null}
                {note && !brief ? <span class="cc-note"> {note}</span> : null}
                <SourceCite source={f.source} articles={articles} lang={lang} t={t} />
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
