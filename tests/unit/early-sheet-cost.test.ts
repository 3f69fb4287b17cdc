/**
 * The document_start stylesheet script (content-sheet-*.js) runs on the page's main thread
 * before the content script: its run is start-up of ours, handed to the content script's
 * start-up record exactly once, and nothing where no early sheet ran.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { adoptEarlySheet, earlySheetMs } from '../../src/content/early-sheet-record';
import { dropEarlySheet, highlightCss } from '../../src/content/highlight-style';

afterEach(() => {
  dropEarlySheet(document);
  vi.restoreAllMocks();
});

describe('the early sheet\'s cost', () => {
  it('is nothing where no early sheet ran', () => {
    expect(earlySheetMs()).toBe(0);
  });

  it('is the early script\'s own run, counted once', () => {
    let clock = 100;
    // Each read of the clock moves it on by 0.75 ms: the run is the two reads around the adoption.
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 0.75));
    adoptEarlySheet(document, 'underline', highlightCss('underline'));
    expect(document.adoptedStyleSheets).toHaveLength(1);
    expect(earlySheetMs()).toBe(0.75);
    expect(earlySheetMs()).toBe(0);
  });
});
