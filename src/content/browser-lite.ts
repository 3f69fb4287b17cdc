/**
 * content.js only (build.mjs swaps it in for webextension-polyfill in that bundle): the four
 * promise-based calls a content script makes, without the polyfill's 10 KB, evaluated in every
 * frame of every page. Firefox's own `browser` already works this way and is used as it is.
 * Replies keep the polyfill's wire format (its reject envelope), because the background and
 * the popup, which talk to this script, still use the polyfill.
 */
type Listener = (message: unknown, sender: unknown) => unknown;
type ChromeListener = (message: unknown, sender: unknown, send: (reply: unknown) => void) => boolean;
interface Reply {
  __mozWebExtensionPolyfillReject__?: boolean;
  message?: string;
}

/** The part of Chrome's `chrome` object used here. */
interface ChromeApi {
  i18n: { getMessage(key: string, substitutions?: string | string[]): string };
  runtime: {
    lastError?: { message?: string };
    getURL(path: string): string;
    sendMessage(message: unknown, callback: (reply?: Reply) => void): void;
    onMessage: { addListener(l: ChromeListener): void; removeListener(l: ChromeListener): void };
  };
}

const NO_LISTENER = 'The message port closed before a response was received.';

function wrapChrome(c: ChromeApi) {
  const wrapped = new WeakMap<Listener, ChromeListener>();
  return {
    // A getter: reading chrome.i18n builds its binding, and content.js (the entry) never needs it.
    get i18n() {
      return c.i18n;
    },
    runtime: {
      getURL: (path: string) => c.runtime.getURL(path),
      sendMessage: (message: unknown) =>
        new Promise((resolve, reject) => {
          c.runtime.sendMessage(message, (reply?: Reply) => {
            const error = c.runtime.lastError;
            if (error) return error.message === NO_LISTENER ? resolve(undefined) : reject(new Error(error.message));
            if (reply?.__mozWebExtensionPolyfillReject__) return reject(new Error(reply.message));
            resolve(reply);
          });
        }),
      onMessage: {
        addListener(listener: Listener) {
          const w: ChromeListener = (message, sender, send) => {
            let result: unknown;
            try {
              result = listener(message, sender);
            } catch (e) {
              result = Promise.reject(e);
            }
            if (!(result instanceof Promise)) return false;
            result.then(send, (e: Partial<Error> | undefined) =>
              send({ __mozWebExtensionPolyfillReject__: true, message: typeof e?.message === 'string' ? e.message : 'An unexpected error occurred' }),
            );
            return true;
          };
          wrapped.set(listener, w);
          c.runtime.onMessage.addListener(w);
        },
        removeListener(listener: Listener) {
          const w = wrapped.get(listener);
          if (w) c.runtime.onMessage.removeListener(w);
        },
      },
    },
  };
}

/**
 * The API as content scripts use it. A function, for content.js below the top frame: reading `browser` or
 * `chrome` builds the extension's bindings in the frame's world (~0.5 ms of main-thread CPU in
 * the page bench's trace), which a frame that cannot show text never needs.
 */
export function connectBrowser(): ReturnType<typeof wrapChrome> {
  const native = (globalThis as { browser?: { runtime?: { id?: string } } }).browser;
  return native?.runtime?.id ? (native as ReturnType<typeof wrapChrome>) : wrapChrome((globalThis as unknown as { chrome: ChromeApi }).chrome);
}

export default /* @__PURE__ */ connectBrowser();
