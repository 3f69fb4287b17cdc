/**
 * The card: a labelled region on hover, a focused dialog when opened from the keyboard. It
 * shows the company detail, a loading state, or an error with a retry; chips switch company.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CompanyDetail } from '../../shared/ui/CompanyDetail';
import { makeTranslate } from '../../shared/ui/i18n';
import { companyName } from '../../shared/ui/lang';
import type { CardDeps, CardRequest } from './api';
import type { CompanyCache } from './company-cache';
import { useCompany } from './use-company';

export interface CardProps {
  request: CardRequest;
  deps: CardDeps;
  cache: CompanyCache;
  /** Rendered ahead of the hover-intent delay's end: laid out but invisible and silent. */
  prepared?: boolean;
  /** Receives the card element once, for positioning. */
  onElement(el: HTMLElement): void;
}

export function Card({ request, deps, cache, prepared = false, onElement }: CardProps) {
  const t = useMemo(() => makeTranslate(deps.getMessage), [deps]);
  const [companyId, setCompanyId] = useState(request.companyId);
  const [attempt, setAttempt] = useState(0);
  const [turnedOff, setTurnedOff] = useState(false);
  const state = useCompany(companyId, cache, deps.lang, attempt);
  const ref = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    if (ref.current) onElement(ref.current);
  }, []);
  useEffect(() => {
    if (request.focus) ref.current?.focus({ preventScroll: true });
  }, []);
  useLayoutEffect(() => {
    if (state.status === 'ready' && !prepared) deps.onContentShown();
  }, [state.status === 'ready' ? state.data : null, prepared]);

  const label = state.status === 'ready' ? companyName(state.data.company.names, deps.lang) : request.text;
  return (
    <div
      ref={ref}
      class="cc-card"
      role={request.focus ? 'dialog' : 'region'}
      aria-label={label}
      aria-busy={state.status === 'loading'}
      tabIndex={-1}
      data-state={state.status}
      data-prepared={prepared ? '' : undefined}
    >
      <button type="button" class="cc-close" aria-label={t('cardClose')} title={t('cardClose')} onClick={() => deps.requestClose()}>
        ×
      </button>
      {state.status === 'loading' ? (
        <p class="cc-status" role="status">
          {t('cardLoading')}
        </p>
      ) : state.status === 'error' ? (
        <div class="cc-status cc-error" role="alert">
          <p>{t('cardError')}</p>
          <button type="button" class="cc-action" data-action="retry" onClick={() => setAttempt((n) => n + 1)}>
            {t('cardRetry')}
          </button>
        </div>
      ) : (
        <CompanyDetail
          data={state.data}
          lang={deps.lang}
          t={t}
          relatedNames={state.names}
          onSelectCompany={setCompanyId}
          actions={{
            onSearch: (q) => deps.openSearch(q),
            onSettings: () => deps.openOptions(),
            neverMark: {
              text: request.text,
              run: () => {
                deps.requestClose();
                void deps.neverMark(request.text);
              },
            },
            ...(turnedOff
              ? {}
              : {
                  onTurnOff: () => {
                    setTurnedOff(true);
                    void deps.turnOffSite();
                  },
                }),
          }}
        />
      )}
    </div>
  );
}
