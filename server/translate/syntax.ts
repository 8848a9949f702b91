import type { Node } from 'web-tree-sitter';

export type { Node };

/**
 * Named children by tree and node id: web-tree-sitter builds new Node objects on every call,
 * and the translators and the ownership analysis ask for the same children many times.
 */
const childrenCache = new WeakMap<Node['tree'], Map<number, Node[]>>();

/** Named children without comments (tree-sitter types them as possibly null). */
export function kids(node: Node | null): Node[] {
  if (node === null) return [];
  let byId = childrenCache.get(node.tree);
  if (!byId) childrenCache.set(node.tree, (byId = new Map()));
  let children = byId.get(node.id);
  if (!children) byId.set(node.id, (children = node.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment')));
  return children;
}

export function field(node: Node, name: string): Node | null {
  return node.childForFieldName(name);
}

export function fields(node: Node, name: string): Node[] {
  return node.childrenForFieldName(name).filter((n): n is Node => n !== null && n.isNamed && n.type !== 'comment');
}

/** Visits `node` and its descendants depth-first; `visit` returning false skips a subtree. */
export function walk(node: Node, visit: (n: Node) => boolean | void): void {
  if (visit(node) === false) return;
  for (const child of node.namedChildren) if (child !== null) walk(child, visit);
}

/** The operator token of a binary, unary, assignment or inc/dec node. */
export function operatorOf(node: Node): string {
  const op = field(node, 'operator');
  if (op) return op.text;
  for (const child of node.children) {
    if (child !== null && !child.isNamed) return child.text;
  }
  return '';
}

export function point(node: Node): { line: number; column: number } {
  return { line: node.startPosition.row, column: node.startPosition.column };
}

/** The statements of a block (Go's tree-sitter grammar nests them in a statement_list). */
export function statementsOf(node: Node | null): Node[] {
  const list = kids(node).find((n) => n.type === 'statement_list');
  return list ? kids(list) : [];
}

/** Source text shortened to one line of at most 40 characters, for messages. */
export function abbreviate(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 40 ? `${oneLine.slice(0, 37)}...` : oneLine;
}
