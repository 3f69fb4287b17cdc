/**
 * Many frames cannot show a mention: ad slots of 1×1 pixels, display:none frames, empty
 * about:blank documents. Each would otherwise pay for the matcher (its message and decode),
 * the observer and the card in every page load. A session waits here until its frame could
 * show text: a viewport of some size and a text node that is not blank; then it starts as usual.
 *
 * Written for the frames that fail: in a frame's fresh isolated world, the first touch of each
 * DOM interface builds its bindings (the document and a tree walker ~0.45 ms of main-thread CPU
 * together, in the page bench's renderer trace), so the viewport, a property of the global, is
 * read first, and a frame too small to show anything waits for `resize` without touching the
 * document at all.
 */

/** Past this many elements a document is taken as able to show text without looking further. */
const FEW_ELEMENTS = 64;

/** 4 px a side: not a 1×1 ad slot, not a display:none frame (0×0). */
const hasViewport = (view: Window) => view.innerWidth >= 4 && view.innerHeight >= 4;

/**
 * A text node that is not blank or a script's, or an element with an open shadow root (web
 * components keep their text there), or too many elements to be sure cheaply.
 */
function hasText(doc: Document): boolean {
  const body = doc.body;
  // The usual empty frame (about:blank, an ad slot not filled yet): no walker to build.
  if (!body?.firstChild) return false;
  // The usual top frame (an article: thousands of elements) is answered by this lookup alone.
  // item(), never all[i]: an index on a live collection counts the whole collection first
  // (9 ms on a page of 200,000 elements), item() walks only as far as it must (0.6 ms).
  const all = body.getElementsByTagName('*');
  if (all.item(FEW_ELEMENTS)) return true;
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (/\S/.test((n as Text).data) && !/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(n.parentNode!.nodeName)) return true;
  }
  for (let i = 0; i < FEW_ELEMENTS; i++) if (all.item(i)?.shadowRoot) return true;
  return false;
}

/** True when `view`'s frame has a usable viewport and something that may be text (see hasText); the document is read only if the viewport is usable. */
export function canShowText(view: Window): boolean {
  return hasViewport(view) && hasText(view.document);
}

/**
 * undefined when `view`'s frame can show text now; else a promise settled once it can (never
 * after `signal` aborts). `busy` is told the time of each later check (start-up work of the
 * frame: a frame that mutates while it has a viewport pays one cheap check per batch of
 * mutations).
 *
 * Given the window rather than its document so that a frame too small to show anything never
 * reads `document` (see above).
 */
export function whenFrameCanShowText(view: Window, signal?: AbortSignal, busy?: (ms: number) => void): Promise<void> | undefined {
  if (canShowText(view)) return undefined;
  return new Promise<void>((resolve) => {
    let observer: MutationObserver | undefined;
    const stop = () => {
      observer?.disconnect();
      view.removeEventListener('resize', check);
    };
    // While the viewport is too small only `resize` can change the verdict (a hidden frame
    // shown, an ad slot grown); once it is usable, text arriving can too (a late ad, a script
    // writing an about:blank frame), so mutations are watched from then on.
    const watchMutations = () => {
      observer = new MutationObserver(check);
      observer.observe(view.document, { childList: true, subtree: true, characterData: true });
    };
    function check() {
      const since = performance.now();
      if (hasViewport(view)) {
        if (hasText(view.document)) {
          stop();
          resolve();
        } else if (!observer) watchMutations();
      }
      busy?.(performance.now() - since);
    }
    signal?.addEventListener('abort', stop, { once: true });
    view.addEventListener('resize', check);
    if (hasViewport(view)) watchMutations();
  });
}
