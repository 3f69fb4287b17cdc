/** Key facts: label, value with unit/currency, approximate marker, as-of date and source. */
import type { Article, Fact } from '../dataset/schema';
import { formatPeriod, formatQuantity } from './format';
import type { Translate } from './i18n';
import { localText, type UiLang } from './lang';
import { SourceCite } from './SourceCite';

export function FactList(props: { facts: readonly Fact[]; articles: ReadonlyMap<string, Article>; lang: UiLang; t: Translate }) {
  const { facts, articles, lang, t } = props;
  if (facts.length === 0) return null;
  return (
    <section class="cc-section" aria-label={t('cardKeyFacts')}>
      <dl class="cc-facts">
        {facts.map((f) => (
          <div class="cc-fact" key={f.id} data-fact={f.id}>
            <dt>{localText(f.label, lang)}</dt>
            <dd>
              <span class="cc-value">
                {f.approximate ? <abbr class="cc-approx" title={t('cardApprox')}>~</abbr> : null}
                {formatQuantity(f, lang)}
              </span>
              {f.asOf ? <span class="cc-asof"> {t('cardAsOf', [formatPeriod(f.asOf, lang)])}</span> : null}
              {f.note ? <span class="cc-note"> {localText(f.note, lang)}</span> : null}
              <SourceCite source={f.source} articles={articles} lang={lang} t={t} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
