/**
 * The lazily loaded card chunk (dist/<browser>/card.js, an ES module imported by the
 * content script on the first hover intent). One host and one card, reused for every mention.
 */
import { render } from 'preact';
import detailCss from '../../shared/ui/detail.css';
import type { CardChunk, CardDeps, CardRequest, CardView } from './api';
import { Card } from './Card';
import cardCss from './card.css';
import { CompanyCache } from './company-cache';
import { createHost } from './host';
import { follow } from './position';

export const createCardView: CardChunk['createCardView'] = (deps: CardDeps): CardView => {
  const { host, mount } = createHost(`${cardCss}\n${detailCss}`);
  const cache = new CompanyCache(deps.loadCompany);
  let stopFollowing: (() => void) | undefined;
  let returnFocus: Element | null = null;
  let seq = 0;

  const hide = () => {
    stopFollowing?.();
    stopFollowing = undefined;
    const hadFocus = document.activeElement === host;
    render(null, mount);
    if (hadFocus) {
      if (returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus({ preventScroll: true });
      else (document.activeElement as HTMLElement | null)?.blur?.();
    }
    returnFocus = null;
  };

  const show = (request: CardRequest) => {
    stopFollowing?.();
    stopFollowing = undefined;
    if (request.focus && document.activeElement !== host) returnFocus = document.activeElement;
    const onElement = (el: HTMLElement) => {
      stopFollowing = follow(request.range, el, deps.requestClose);
    };
    render(<Card key={++seq} request={request} deps={deps} cache={cache} onElement={onElement} />, mount);
  };

  return {
    host,
    show,
    hide,
    prefetch: (id) => cache.prefetch(id),
    destroy() {
      hide();
      host.remove();
    },
  };
};
