/** The latest articles about the company; only https addresses become links, in a new tab. */
import type { Article } from '../dataset/schema';
import { articleTitle } from './articles';
import { formatPeriod, safeHttpsUrl } from './format';
import type { Translate } from './i18n';
import type { UiLang } from './lang';

export function ArticleList(props: { articles: readonly Article[]; lang: UiLang; t: Translate; limit?: number }) {
  const { articles, lang, t, limit = 5 } = props;
  if (articles.length === 0) return null;
  return (
    <section class="cc-section" aria-label={t('cardArticles')}>
      <h3 class="cc-h">{t('cardArticles')}</h3>
      <ul class="cc-articles">
        {articles.slice(0, limit).map((a) => {
          const href = safeHttpsUrl(a.url);
          const title = articleTitle(a, lang);
          return (
            <li key={a.id} data-article={a.id}>
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer" title={`${title} ${t('cardOpensNewTab')}`}>
                  {title}
                </a>
              ) : (
                <span class="cc-article-title">{title}</span>
              )}
              <span class="cc-meta">
                {a.publisher} · {formatPeriod(a.date, lang)}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
