/** The latest articles about the company; each with an address is a link (see SourceLink). */
import type { Article } from '../dataset/schema';
import { articleLink } from './article-link';
import { articleMeta, articleTitle } from './articles';
import type { Translate } from './i18n';
import type { UiLang } from './lang';
import { SourceLink } from './SourceLink';

export function ArticleList(props: { articles: readonly Article[]; lang: UiLang; t: Translate; limit?: number }) {
  const { articles, lang, t, limit = 5 } = props;
  if (articles.length === 0) return null;
  return (
    <section class="cc-section" aria-label={t('cardArticles')}>
      <h3 class="cc-h">{t('cardArticles')}</h3>
      <ul class="cc-articles">
        {articles.slice(0, limit).map((a) => {
          const link = articleLink(a);
          const title = articleTitle(a, lang);
          return (
            <li key={a.id} data-article={a.id}>
              {link ? (
                <SourceLink link={link} t={t}>
                  {title}
                </SourceLink>
              ) : (
                <span class="cc-article-title">{title}</span>
              )}
              {link || !a.textAddress ? null : <span class="cc-meta cc-address">{a.textAddress}</span>}
              <span class="cc-meta">{articleMeta(a, lang)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
