/**
 * The card. Opened from the keyboard or the popup it is a labelled non-modal dialog that
 * takes focus (so a screen reader announces it by moving there); opened by hover or touch it
 * is a labelled region that never takes focus, and its name and tagline are said through the
 * host's polite live region instead (docs/card.md, "Screen readers"). It shows the first view
 * of the company detail (More expands in place), a loading state, or an error with a retry.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CompanyDetail } from '../../shared/ui/CompanyDetail';
import { makeTranslate } from '../../shared/ui/i18n';
import { companyName, localText } from '../../shared/ui/lang';
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
  /** Says a line through the live region (hover opens only). */
  announce?(text: string): void;
}

let nextId = 0;

export function Card({ request, deps, cache, prepared = false, onElement, announce }: CardProps) {
  const t = useMemo(() => makeTranslate(deps.getMessage), [deps]);
  const [companyId, setCompanyId] = useState(request.companyId);
  const [attempt, setAttempt] = useState(0);
  const [turnedOff, setTurnedOff] = useState(false);
  const [shortcut, setShortcut] = useState<string | null>(null);
  const [headingId] = useState(() => `cc-card-name-${++nextId}`);
  const state = useCompany(companyId, cache, deps.lang, attempt);
  const ref = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    if (ref.current) onElement(ref.current);
  }, []);
  useEffect(() => {
    if (request.focus) ref.current?.focus({ preventScroll: true });
    let live = true;
    void deps.shortcut().then((s) => live && setShortcut(s));
    return () => {
      live = false;
    };
  }, []);
  const ready = state.status === 'ready' ? state.data : null;
  useLayoutEffect(() => {
    if (ready && !prepared) deps.onContentShown();
  }, [ready, prepared]);
  useEffect(() => {
    // A focused dialog is announced by the focus move; a hover card by the live region.
    if (!ready || prepared || request.focus) return;
    announce?.(`${companyName(ready.company.names, deps.lang)}. ${localText(ready.company.tagline, deps.lang)}`);
  }, [ready, prepared]);

  const label = ready ? companyName(ready.company.names, deps.lang) : request.text;
  return (
    <div
      ref={ref}
      class="cc-card"
      role={request.focus ? 'dialog' : 'region'}
      aria-modal={request.focus ? 'false' : undefined}
      aria-labelledby={ready ? headingId : undefined}
      aria-label={ready ? undefined : label}
      aria-busy={state.status === 'loading'}
      tabIndex={-1}
      data-state={state.status}
      data-prepared={prepared ? '' : undefined}
      lang={deps.lang}
    >
      <div class="cc-toolbar">
        <button type="button" class="cc-icon" data-action="settings" aria-label={t('cardSettings')} title={t('cardSettings')} onClick={() => deps.openSettings()}>
          <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
            <path
              fill="currentColor"
              d="M19.4 13a7.8 7.8 0 0 0 0-2l2.1-1.6-2-3.5-2.5 1a7.6 7.6 0 0 0-1.7-1L15 3.3h-4l-.4 2.6a7.6 7.6 0 0 0-1.7 1l-2.5-1-2 3.5L6.6 11a7.8 7.8 0 0 0 0 2l-2.1 1.6 2 3.5 2.5-1c.5.4 1.1.7 1.7 1l.4 2.6h4l.4-2.6c.6-.3 1.2-.6 1.7-1l2.5 1 2-3.5L19.4 13zM13 15.5a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7z"
              transform="translate(-1 0)"
            />
          </svg>
        </button>
        <button type="button" class="cc-icon cc-close" aria-label={t('cardClose')} title={t('cardClose')} onClick={() => deps.requestClose()}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
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
          key={companyId}
          data={state.data}
          lang={deps.lang}
          t={t}
          compact
          headingId={headingId}
          aside={
            shortcut ? (
              <p class="cc-shortcut">
                <kbd>{shortcut}</kbd>
                {t('cardShortcut', [''])}
              </p>
            ) : null
          }
          relatedNames={state.names}
          onSelectCompany={setCompanyId}
          actions={{
            onSearch: (q) => deps.openSearch(q),
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
