/**
 * `node` itself when it is an element, else its parent element: the element holding a text
 * node, or a mark's range start. Its own module so the card chunk (hover/tone.ts) bundles this
 * line and not the skip rules.
 */
export function elementOf(node: Node): Element | null {
  return node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
}
