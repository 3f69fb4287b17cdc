/**
 * Keeps the marks true to the page's state where no mutation record tells us: a page may
 * unregister our highlight (CSS.highlights.clear(), delete, set another under our name) or
 * drop our stylesheet (adoptedStyleSheets = []), leaving mentions that are listed and
 * hoverable but not painted; and `document.designMode` turns the whole document into an
 * editor without any DOM change. (contenteditable and hidden are attributes: the observer
 * sees those.)
 *
 * Looked at when it matters — the pointer moves (a hover is about to test mentions), focus
 * moves (an edit may start) — and every half second otherwise: a few property reads.
 */
import type { Marker } from './highlighter';

const EVERY_MS = 500;
/** Pointer moves come by the hundred: one look per this many ms is enough. */
const POINTER_MS = 100;

/** Returns the check, for callers about to report mentions (page/mentions). */
export function watchTextState(doc: Document, signal: AbortSignal, marker: Marker, rescanAll: () => void): () => void {
  let designOn = doc.designMode === 'on';
  const check = () => {
    if (signal.aborted) return;
    marker.ensure();
    // Rescanning the whole document drops every mark while it is in designMode (the walker
    // reads nothing there) and brings them back once it is not.
    const design = doc.designMode === 'on';
    if (design !== designOn) {
      designOn = design;
      rescanAll();
    }
  };
  const timer = setInterval(check, EVERY_MS);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
  let lastPointer = 0;
  const view = doc.defaultView;
  view?.addEventListener(
    'pointermove',
    (e) => {
      if (e.timeStamp - lastPointer < POINTER_MS) return;
      lastPointer = e.timeStamp;
      check();
    },
    { capture: true, passive: true, signal },
  );
  view?.addEventListener('focusin', check, { capture: true, signal });
  return check;
}
