/**
 * Many frames cannot show a mention: ad slots of 1×1 pixels, display:none frames, empty
 * about:blank documents. Each would otherwise pay for the matcher (its message and decode),
 * the observer and the card in every page load. A session waits here until its frame could
 * show text: a viewport of some size and a text node that is not blank; then it starts as usual.
 */

/** Past this many elements a document is taken as able to show text without looking further. */
const FEW_ELEMENTS = 64;

/**
 * True when the frame has a usable viewport (4 px a side) and a text node that is not blank
 * or a script's, or an element with an open shadow root (web components keep their text
 * there), or too many elements to be sure cheaply.
 */
export function canShowText(doc: Document): boolean {
  const view = doc.defaultView;
  const body = doc.body;
  if (!view || view.innerWidth < 4 || view.innerHeight < 4 || !body) return false;
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (/\S/.test((n as Text).data) && !/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(n.parentNode!.nodeName)) return true;
  }
  const all = body.getElementsByTagName('*');
  for (let i = 0; i < FEW_ELEMENTS; i++) if (all[i]?.shadowRoot) return true;
  return !!all[FEW_ELEMENTS];
}

/**
 * undefined when the frame can show text now; else a promise settled once it can (never after
 * `signal` aborts). `busy` is told the time of each later check (start-up work of the frame:
 * a frame that mutates while hidden pays one cheap check per batch of mutations).
 */
export function whenFrameCanShowText(doc: Document, signal: AbortSignal, busy?: (ms: number) => void): Promise<void> | undefined {
  if (canShowText(doc)) return undefined;
  return new Promise<void>((resolve) => {
    const stop = new AbortController();
    signal.addEventListener('abort', () => stop.abort());
    const check = () => {
      const since = performance.now();
      if (canShowText(doc)) resolve(stop.abort());
      busy?.(performance.now() - since);
    };
    // Text arriving (a late ad, a script writing the frame), or the frame shown or resized.
    const observer = new MutationObserver(check);
    observer.observe(doc, { childList: true, subtree: true, characterData: true });
    stop.signal.addEventListener('abort', () => observer.disconnect());
    doc.defaultView!.addEventListener('resize', check, stop);
  });
}
