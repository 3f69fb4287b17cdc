/**
 * An article the popup does not open straight away (it has no https `url`): its headline,
 * source, summary and, where the source quotes an address, a link to it (plain http marked
 * not secure). The full record comes with a company it covers (`db/company` answers with
 * the company's articles).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Article } from '../shared/dataset/schema';
import type { SearchResult } from '../shared/messages';
import { articleLink } from '../shared/ui/article-link';
import { articleMeta } from '../shared/ui/articles';
import { localText } from '../shared/ui/lang';
import { SourceLink } from '../shared/ui/SourceLink';
import { BackBar } from './BackBar';
import type { PopupEnv } from './env';
import { loadCompany } from './use-companies';

export type ArticleResult = Extract<SearchResult, { kind: 'article' }>;

export function ArticleView({ env, result, onBack }: { env: PopupEnv; result: ArticleResult; onBack(): void }) {
  const [article, setArticle] = useState<Article | null>(null);
  useEffect(() => {
    const covered = result.companies?.[0];
    if (!covered) return;
    let live = true;
    loadCompany(env.transport, covered).then(
      (d) => live && setArticle(d.articles.find((a) => a.id === result.id) ?? null),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [env.transport, result]);
  const link = article ? articleLink(article) : null;

  return (
    <div class="view view-article" data-article={result.id}>
      <BackBar onBack={onBack} t={env.t} />
      <article class="article" lang={article?.language}>
        <h2 class="article-title">{result.title}</h2>
        {article && article.titleEn !== article.title ? <p class="muted" lang="en">{article.titleEn}</p> : null}
        <p class="result-meta">{articleMeta(article ?? result, env.lang)}</p>
        <p class="article-summary" lang={env.lang}>
          {article ? localText(article.summary, env.lang) : result.matched}
        </p>
        {link ? (
          <p class="small article-link">
            <SourceLink link={link} t={env.detailT}>
              {link.href}
            </SourceLink>
          </p>
        ) : article?.textAddress ? (
          // A pack's address that is not https: shown to copy, never linked.
          <p class="small article-address">{article.textAddress}</p>
        ) : article || !result.companies?.length ? (
          // Said once the record is here (or cannot come): a linked article would flash it.
          <p class="muted small">{env.t('popupNoLink')}</p>
        ) : null}
      </article>
    </div>
  );
}
