/**
 * The companies the current page mentions, most mentioned first. Choosing one scrolls the
 * page to its first mention and opens its card there, then closes the popup.
 */
import type { Transport } from '../shared/transport';
import type { PopupTranslate } from './strings';
import { countMentions, type TabState } from './use-tab';

export interface OnThisPageProps {
  transport: Transport;
  tab: TabState;
  /** Display names by company id, where known (else the spelling found on the page). */
  names: Readonly<Record<string, string>>;
  onDone(): void;
  t: PopupTranslate;
}

export function OnThisPage({ transport, tab, names, onDone, t }: OnThisPageProps) {
  if (tab.status !== 'ready') return null;
  const counts = countMentions(tab.mentions);
  const reveal = (companyId: string) => {
    transport.toTab<'page/reveal'>(tab.tabId, { type: 'page/reveal', companyId }, 0).then(onDone, onDone);
  };
  return (
    <section class="on-page" aria-labelledby="on-page-title">
      <h2 id="on-page-title" class="section-title">
        {t('popupOnThisPage')}
      </h2>
      {counts.length === 0 ? (
        <p class="muted">{t('popupNoMentions')}</p>
      ) : (
        <ul class="chips">
          {counts.map((c) => (
            <li key={c.companyId}>
              <button type="button" class="chip" data-company={c.companyId} onClick={() => reveal(c.companyId)}>
                {names[c.companyId] ?? c.text}
                <span class="count" aria-label={t('popupMentions', [String(c.count)])}>
                  {c.count}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
