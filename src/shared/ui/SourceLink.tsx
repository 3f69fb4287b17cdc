/**
 * A link to an article's source, the one way every view (card, popup) opens one: a new tab
 * with `noopener noreferrer` (the page it opens gets no handle on ours and no referrer), and
 * a visible "Not secure" mark inside the link for plain http, so a screen reader hears it as
 * part of the link's name and a sighted reader sees it before clicking.
 */
import type { ComponentChildren } from 'preact';
import type { ArticleLink } from './article-link';
import type { Translate } from './i18n';

export function SourceLink(props: { link: ArticleLink; t: Translate; class?: string; children: ComponentChildren }) {
  const { link, t, children } = props;
  const hint = link.secure ? t('cardOpensNewTab') : `${t('cardOpensNewTab')} ${t('cardNotSecureHint')}`;
  return (
    <a class={props.class} href={link.href} target="_blank" rel="noopener noreferrer" title={`${link.href} ${hint}`} data-secure={String(link.secure)}>
      {children}
      {link.secure ? null : (
        <span class="cc-not-secure">
          {' '}
          <span aria-hidden="true">⚠</span> {t('cardNotSecure')}
        </span>
      )}
    </a>
  );
}
