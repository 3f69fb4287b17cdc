/** A fact's citation: the article's title (a link when it has an address), publisher and date. */
import type { Article, Source } from '../dataset/schema';
import { articleLink } from './article-link';
import { articleMeta, articleTitle } from './articles';
import type { Translate } from './i18n';
import type { UiLang } from './lang';
import { SourceLink } from './SourceLink';

export function SourceCite(props: { source: Source; articles: ReadonlyMap<string, Article>; lang: UiLang; t: Translate }) {
  const { source, articles, lang, t } = props;
  if (source.kind === 'general') return <cite class="cc-source">{t('cardGeneralKnowledge')}</cite>;
  const article = articles.get(source.article);
  if (!article) return null;
  const link = articleLink(article);
  const title = articleTitle(article, lang);
  const meta = articleMeta(article, lang, ', ');
  return (
    <cite class="cc-source" data-article={article.id} title={`${title} — ${meta}`}>
      {link ? (
        <SourceLink link={link} t={t}>
          {title}
        </SourceLink>
      ) : (
        <span>{title}</span>
      )}
      <span class="cc-meta">
        {' — '}
        {meta}
      </span>
    </cite>
  );
}
