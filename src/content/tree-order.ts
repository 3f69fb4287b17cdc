import { parentOrHost } from './skip-rules';

/**
 * Document order across shadow trees. Range.compareBoundaryPoints refuses ranges of two
 * different trees, so a node in a shadow root is placed where its host stands.
 */
function treePath(node: Node): Node[] {
  const path = [node];
  let root = node.getRootNode();
  while (root instanceof ShadowRoot) {
    path.unshift(root.host);
    root = root.host.getRootNode();
  }
  return path;
}

/** Negative when (a, ao) comes before (b, bo) in the composed document. */
export function compareComposed(a: Node, ao: number, b: Node, bo: number): number {
  if (a === b) return ao - bo;
  const pa = treePath(a);
  const pb = treePath(b);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    const pos = x.compareDocumentPosition(y);
    if (pos & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
    if (pos & Node.DOCUMENT_POSITION_PRECEDING) return 1;
    return 0;
  }
  // One is the host of the other's shadow tree: the host's own text comes first.
  return pa.length - pb.length;
}

/** `container.contains(node)`, looking through shadow roots. */
export function containsComposed(container: Node, node: Node): boolean {
  for (let n: Node | null = node; n; n = parentOrHost(n)) {
    if (n === container) return true;
  }
  return false;
}
