/**
 * Keeps the marks true to the page's state where no mutation record tells us: a page may
 * unregister our highlight (CSS.highlights.clear(), delete, set another under our name) or
 * drop our stylesheet (adoptedStyleSheets = []), leaving mentions that are listed and
 * hoverable but not painted; and `document.designMode` turns the whole document into an
 * editor without any DOM change. (contenteditable and hidden are attributes: the observer
 * sees those.)
 *
 * Looked at every half second, a few property reads, and — once there is a mark to keep true
 * (watchInput) — when it matters: the pointer moves (a hover is about to test mentions), focus
 * moves (an edit may start). The two window listeners cost every frame's start-up ~0.2 ms
 * (renderer profile, 12 largest corpus pages), which a page without a mention never needs.
 */
import type { Marker } from './highlighter';

const EVERY_MS = 500;
/** Pointer moves come by the hundred: one look per this many ms is enough. */
const POINTER_MS = 100;

export interface TextStateWatch {
  /** Looks now: for callers about to report mentions (page/mentions). */
  check(): void;
  /** Also looks as the pointer or focus moves, from now on (called with the first mark; once is enough). */
  watchInput(): void;
}

export function watchTextState(doc: Document, signal: AbortSignal, marker: Marker, rescanAll: () => void): TextStateWatch {
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
  let watching = false;
  const watchInput = () => {
    if (watching) return;
    watching = true;
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
  };
  return { check, watchInput };
}
