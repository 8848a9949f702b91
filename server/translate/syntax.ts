import { copyTree, MAX_NESTING, namedKids, type SyntaxNode, type SyntaxTree } from '../parse/syntax-tree.js';
import type { SourceParser } from '../parse/source-parser.js';

/** A node of a plain tree (server/parse/syntax-tree.ts): every tree is read once, then only JavaScript. */
export type Node = SyntaxNode;
export type { SourceParser, SyntaxTree };
export { copyTree };

/** Why code nested deeper than the plain tree goes is not translated. */
export const TOO_DEEP_MESSAGE = `nested more than ${MAX_NESTING.toLocaleString('en')} levels deep: not translated`;

/** Named children without comments. */
export function kids(node: Node | null): Node[] {
  return node === null ? [] : namedKids(node);
}

export function field(node: Node, name: string): Node | null {
  return node.childForFieldName(name);
}

// Indexed loops here and in the walks below: they run for most nodes, and each `for...of` would allocate an iterator.
export function fields(node: Node, name: string): Node[] {
  const children = node.children;
  const out: Node[] = [];
  for (let i = 0; i < children.length; i++) {
    const n = children[i]!;
    if (n.fieldName === name && n.isNamed && n.type !== 'comment') out.push(n);
  }
  return out;
}

/** Visits `node` and its descendants depth-first; `visit` returning false skips a subtree. */
export function walk(node: Node, visit: (n: Node) => boolean | void): void {
  if (visit(node) === false) return;
  const children = node.namedChildren;
  for (let i = 0; i < children.length; i++) walk(children[i]!, visit);
}

/** One user of a shared walk (`walkTogether`): told as the walk enters and leaves each named node. */
export interface TreeVisitor {
  /** false: this visitor skips the node's subtree (it is still told when the walk leaves the node). */
  enter(node: Node): boolean | void;
  leave(node: Node): void;
}

/** One depth-first walk over the named nodes under `root` for several visitors, each skipping subtrees on its own. */
export function walkTogether(root: Node, visitors: readonly TreeVisitor[]): void {
  /** For each visitor, the node whose subtree it skips, or null. */
  const skipping: (Node | null)[] = visitors.map(() => null);
  let active = visitors.length;
  const visit = (node: Node): void => {
    for (let i = 0; i < visitors.length; i++) {
      if (skipping[i] === null && visitors[i]!.enter(node) === false) {
        skipping[i] = node;
        active--;
      }
    }
    if (active > 0) {
      const children = node.namedChildren;
      for (let i = 0; i < children.length; i++) visit(children[i]!);
    }
    for (let i = 0; i < visitors.length; i++) {
      if (skipping[i] === node) {
        skipping[i] = null;
        active++;
      }
      if (skipping[i] === null) visitors[i]!.leave(node);
    }
  };
  visit(root);
}

/** The operator token of a binary, unary, assignment or inc/dec node. */
export function operatorOf(node: Node): string {
  const op = field(node, 'operator');
  if (op) return op.text;
  for (const child of node.children) {
    if (!child.isNamed) return child.text;
  }
  return '';
}

export function point(node: Node): { line: number; column: number } {
  const at = node.startPosition;
  return { line: at.row, column: at.column };
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
