/**
 * How the scanner treats each element, decided from its tag and a few attributes only:
 * computed style would force layout on pages that are not ours, so "block" means "an
 * element that is not one of the known inline tags".
 */
import { MARK_TAG } from './mark-tag';

export const CARD_HOST_ATTR = 'data-company-context-host';

export const Kind = {
  /** Text flows through it: <b>Ali</b>baba is one word. */
  Inline: 0,
  /** Starts a new run of text (div, p, li, custom elements …). */
  Block: 1,
  /** A line break inside a block: ends the current run. */
  Break: 2,
  /** Never scanned, nor anything under it. */
  Skip: 3,
} as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

const INLINE = new Set(
  ('a abbr acronym b bdi bdo big cite code data del dfn em font i ins kbd label mark nobr q rp rt ruby s samp small ' +
    `span strike strong sub sup time tt u var wbr img ${MARK_TAG}`).split(' '),
);

/** Not text a reader sees, or text that belongs to a form field or the page's own editor. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set(
  ('script style noscript template textarea input select option optgroup datalist iframe object embed ' +
    'canvas video audio head title').split(' '),
);

/** Every element an attribute could make Skip; a walker collects them once per root (see classify). */
export const SKIP_ATTR_SELECTOR = `[contenteditable],[hidden],[${CARD_HOST_ATTR}]`;

/**
 * `mayBeSkipped`: false when the caller knows the element has none of the attributes in
 * SKIP_ATTR_SELECTOR (a walker asks the page for those once, rather than every element).
 */
export function classify(el: Element, mayBeSkipped?: boolean): Kind {
  const tag = el.localName;
  if (SKIPPED_TAGS.has(tag)) return Kind.Skip;
  // Attribute checks only on elements that carry attributes: most text sits in bare tags.
  if ((mayBeSkipped ?? el.hasAttributes()) && isSkippedByAttribute(el)) return Kind.Skip;
  if (INLINE.has(tag)) return Kind.Inline;
  return tag === 'br' ? Kind.Break : Kind.Block;
}

function isSkippedByAttribute(el: Element): boolean {
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const hidden = el.getAttribute('hidden');
  if (hidden !== null && hidden !== 'until-found') return true;
  return el.hasAttribute(CARD_HOST_ATTR);
}

/** True when `node` sits in a region the scanner must never touch (editors, form fields, our card). */
export function isInSkippedRegion(node: Node): boolean {
  const doc = node.ownerDocument ?? (node as Document);
  if (doc.designMode === 'on') return true;
  for (let n: Node | null = node; n; n = parentOrHost(n)) {
    if (n.nodeType === Node.ELEMENT_NODE && classify(n as Element) === Kind.Skip) return true;
  }
  return false;
}

/** The parent in the composed tree (a shadow root's parent is its host). */
export function parentOrHost(n: Node): Node | null {
  return n.parentNode ?? (n instanceof ShadowRoot ? n.host : null);
}

/** The element (or shadow root / document) whose text run contains `node`. */
export function blockOf(node: Node): Node {
  let n: Node = node.nodeType === Node.TEXT_NODE ? (node.parentNode ?? node) : node;
  while (n.nodeType === Node.ELEMENT_NODE) {
    const kind = classify(n as Element);
    if (kind !== Kind.Inline) break;
    const parent = n.parentNode;
    if (!parent) break;
    n = parent;
  }
  return n;
}

/** The document-level elements whose own text runs are too big to rescan on every mutation. */
export function isPageLevel(node: Node): boolean {
  const doc = node.ownerDocument;
  return node.nodeType === Node.DOCUMENT_NODE || node === doc?.body || node === doc?.documentElement;
}
