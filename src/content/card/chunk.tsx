/**
 * The lazily loaded card chunk (dist/<browser>/card.js, an ES module imported by the
 * content script once the page has a mention). One host and one card, reused for every mention.
 */
import { render } from 'preact';
import { makeTranslate } from '../../shared/ui/i18n';
import detailCss from '../../shared/ui/detail.css';
import type { CardChunk, CardDeps, CardRequest, CardView } from './api';
import { Card } from './Card';
import { createCardController } from './controller';
import cardCss from './card.css';
import { CompanyCache } from './company-cache';
import { extensionDeps } from './deps';
import { createHost } from './host';
import { pageSummary } from './page-summary';
import { follow } from './position';

export const createCardView: CardChunk['createCardView'] = (hooks) => viewFor(extensionDeps(hooks));
export const installCardUi: CardChunk['installCardUi'] = (opts) => createCardController(opts, createCardView);

/** Polite, and always a change (the same company twice in a row is still said twice). */
function say(region: HTMLElement, text: string): void {
  region.textContent = region.textContent === text ? `${text}\u00a0` : text;
}

export function viewFor(deps: CardDeps): CardView {
  const t = makeTranslate(deps.getMessage);
  const { host, mount, live, summary, attach, remove } = createHost(`${cardCss}\n${detailCss}`, deps.getMessage('extName') || 'Company Context');
  const announce = (text: string) => say(live, text);
  const cache = new CompanyCache(deps.loadCompany);
  let stopFollowing: (() => void) | undefined;
  let returnFocus: Element | null = null;
  let seq = 0;
  /** What is rendered: `prepared` while the hover-intent delay runs (laid out, invisible). */
  let drawn: { request: CardRequest; key: number; prepared: boolean } | undefined;

  const draw = (request: CardRequest, prepared: boolean, key = ++seq) => {
    if (key !== drawn?.key) {
      stopFollowing?.();
      stopFollowing = undefined;
    }
    drawn = { request, key, prepared };
    attach();
    const onElement = (el: HTMLElement) => {
      stopFollowing = follow(request.range, el, deps.requestClose);
    };
    render(
      <Card key={key} request={request} prepared={prepared} deps={deps} cache={cache} onElement={onElement} announce={announce} />,
      mount,
    );
  };

  const hide = () => {
    stopFollowing?.();
    stopFollowing = undefined;
    drawn = undefined;
    const hadFocus = document.activeElement === host;
    render(null, mount);
    if (hadFocus) {
      if (returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus({ preventScroll: true });
      else (document.activeElement as HTMLElement | null)?.blur?.();
    }
    returnFocus = null;
  };

  const show = (request: CardRequest) => {
    if (request.focus && document.activeElement !== host) returnFocus = document.activeElement;
    const p = drawn?.prepared ? drawn.request : undefined;
    // The card prepared during the intent delay is already rendered and placed: reveal it.
    if (p && !request.focus && p.companyId === request.companyId && p.range === request.range) draw(request, false, drawn!.key);
    else draw(request, false);
  };

  /**
   * Renders the card invisibly while the pointer rests on a mention, so that when the delay
   * ends only a style changes. Never replaces a visible card.
   */
  const prepare = (request: CardRequest) => {
    cache.prefetch(request.companyId);
    if (!drawn || drawn.prepared) draw(request, true);
  };

  const discard = () => {
    if (drawn?.prepared) hide();
  };

  let summarised = 0;
  const summarise: CardView['summarise'] = (mentions) => {
    const mine = ++summarised;
    void deps.shortcut().then((key) => {
      if (mine !== summarised) return;
      const text = pageSummary(mentions, t, key);
      if (summary.textContent !== text) summary.textContent = text;
      attach();
    });
  };

  return {
    host,
    show,
    hide,
    prepare,
    discard,
    summarise,
    destroy() {
      hide();
      remove();
    },
  };
}
