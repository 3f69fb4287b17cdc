/** A fact's citation: the article's title, publisher and date; a link only for https. */
import type { Article, Source } from '../dataset/schema';
import { articleTitle } from './articles';
import { formatPeriod, safeHttpsUrl } from './format';
import type { Translate } from './i18n';
import type { UiLang } from './lang';

export function SourceCite(props: { source: Source; articles: ReadonlyMap<string, Article>; lang: UiLang; t: Translate }) {
  const { source, articles, lang, t } = props;
  if (source.kind === 'general') return <cite class="cc-source">{t('cardGeneralKnowledge')}</cite>;
  const article = articles.get(source.article);
  if (!article) return null;
  const href = safeHttpsUrl(article.url);
  const title = articleTitle(article, lang);
  return (
    <cite class="cc-source" data-article={article.id} title={`${title} — ${article.publisher}, ${formatPeriod(article.date, lang)}`}>
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {title}
        </a>
      ) : (
        <span>{title}</span>
      )}
      <span class="cc-meta">
        {' — '}
        {article.publisher}, {formatPeriod(article.date, lang)}
      </span>
      {!href && article.citedUrl ? <span class="cc-cited-url"> {article.citedUrl}</span> : null}
    </cite>
  );
}
