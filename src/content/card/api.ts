/**
 * The seam between the small content bundle (content.js) and the lazily imported card chunk
 * (card.js: hover detection, Preact, floating-ui, styles). Everything browser-specific is
 * passed in as `CardDeps`, so the chunk bundles no webextension-polyfill and tests can fake it.
 */
import type { DetailData } from '../../shared/ui/CompanyDetail';
import type { UiLang } from '../../shared/ui/lang';
import type { CardController, CardControllerOptions } from './controller';
import type { ExtensionHooks } from './deps';

export interface CardDeps {
  /** The reader's language (readerLang), for labels and content alike. */
  lang: UiLang;
  /** UI strings in `lang`. */
  getMessage(key: string, substitutions?: string[]): string;
  /** The keys of the "next mention" command as the reader set them, null if none. */
  shortcut(): Promise<string | null>;
  /** The settings cog: opens the extension's settings page. */
  openSettings(): void;

  loadCompany(id: string): Promise<DetailData>;
  openSearch(query: string): void;
  turnOffSite(): Promise<void>;
  /** "Don't mark this word": the exact mention text goes on the reader's never-mark list; every tab rescans. */
  neverMark(word: string): Promise<void>;
  /** The card asks to be closed (its close button, or its mention scrolled out of view). */
  requestClose(): void;
  /** The company's content is in the DOM (used to time hover-to-paint). */
  onContentShown(): void;
}

export interface CardRequest {
  companyId: string;
  range: Range;
  /** The mention as written, the card's label until the company has loaded. */
  text: string;
  /** Keyboard/popup open: a labelled dialog that takes focus. Hover: a region that does not. */
  focus: boolean;
}

export interface CardView {
  /** The one host element (`data-company-context-host`); events from inside retarget to it. */
  readonly host: HTMLElement;
  show(request: CardRequest): void;
  /** The pointer rests on a mention: load and lay out its card, invisibly, during the delay. */
  prepare(request: CardRequest): void;
  /** The pointer moved on before the delay ended: drop a prepared card (a visible one stays). */
  discard(): void;
  hide(): void;
  /** The visually hidden summary of the page's mentions, for screen readers (see docs/card.md). */
  summarise(mentions: ReadonlyArray<{ companyId: string; text: string }>): void;
  destroy(): void;
}

export interface CardChunk {
  /** Takes the extension's hooks (see deps.ts); tests build a view from CardDeps directly. */
  createCardView(hooks: ExtensionHooks): CardView;
  /** Starts hover detection and returns the controller content.js drives (open, close). */
  installCardUi(opts: CardControllerOptions): CardController;
}
