/**
 * Key facts: label, value with unit/currency, approximate marker, as-of date (with a visible
 * warning when it is more than three years old) and source.
 */
import type { Article, Fact } from '../dataset/schema';
import type { Origin } from '../messages';
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
  /** Fact id -> the layer it comes from (packs and the reader's own; bundled facts need no label). */
  origins?: Readonly<Record<string, Origin>>;
}

/** Where a fact comes from, when that is not the bundled dataset: the pack's name, or "your note". */
function originText(origin: Origin | undefined, t: Translate): string | null {
  if (!origin || origin.kind === 'bundled') return null;
  return origin.kind === 'own' ? t('cardYourNote') : t('cardFromPack', [origin.name]);
}

export function FactList({ facts, articles, lang, t, now, label, id, brief = false, origins }: FactListProps) {
  if (facts.length === 0) return null;
  return (
    <section class="cc-section" aria-label={label ?? t('cardKeyFacts')} id={id}>
      <dl class="cc-facts">
        {facts.map((f) => {
          const { value, note } = factText(f, lang);
          const stale = isStale(f.asOf, now);
          const origin = originText(origins?.[f.id], t);
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
                {origin ? <span class="cc-origin" data-origin={origins![f.id]!.kind}> · {origin}</span> : null}
                <SourceCite source={f.source} articles={articles} lang={lang} t={t} />
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
