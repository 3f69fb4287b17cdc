/**
 * The sending half of the protocol, and the only module that touches the browser's
 * messaging API. UI code depends on the `Transport` interface so tests can swap in a fake.
 */
import browser from 'webextension-polyfill';
import type { BackgroundMessageType, PageMessageType, Request, Response } from './messages';
import type { Sender } from './router';

export interface Transport {
  toBackground<K extends BackgroundMessageType>(request: Request<K>): Promise<Response<K>>;
  toTab<K extends PageMessageType>(tabId: number, request: Request<K>, frameId?: number): Promise<Response<K>>;
}

export const browserTransport: Transport = {
  toBackground(request) {
    return browser.runtime.sendMessage(request) as Promise<never>;
  },
  toTab(tabId, request, frameId) {
    return browser.tabs.sendMessage(tabId, request, frameId === undefined ? undefined : { frameId }) as Promise<never>;
  },
};

/**
 * Registers a router on runtime.onMessage. Returning the promise (rather than calling
 * sendResponse) is what the polyfill needs to forward the answer or the error.
 */
export function listen(
  dispatch: (message: unknown, sender: Sender) => Promise<unknown>,
  signal?: AbortSignal,
): void {
  const listener = (message: unknown, sender: browser.Runtime.MessageSender) =>
    dispatch(message, sender as Sender);
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
