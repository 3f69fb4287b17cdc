/**
 * An article without a known link: its headline, source and summary instead. The full
 * record comes with a company it covers (`db/company` answers with the company's articles).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Article } from '../shared/dataset/schema';
import type { SearchResult } from '../shared/messages';
import { localText } from '../shared/ui/lang';
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

  return (
    <div class="view view-article" data-article={result.id}>
      <BackBar onBack={onBack} t={env.t} />
      <article class="article" lang={article?.language}>
        <h2 class="article-title">{result.title}</h2>
        {article && article.titleEn !== article.title ? <p class="muted" lang="en">{article.titleEn}</p> : null}
        <p class="result-meta">
          {result.publisher} · {result.date}
        </p>
        <p class="article-summary" lang={env.lang}>
          {article ? localText(article.summary, env.lang) : result.matched}
        </p>
        <p class="muted small">{article?.urlNote ?? env.t('popupNoLink')}</p>
        {article?.citedUrl ? <p class="muted small cited">{article.citedUrl}</p> : null}
      </article>
    </div>
  );
}
