// Syntax errors, found statement by statement: a statement or declaration whose own text has an
// ERROR or MISSING node becomes a placeholder that panics when reached (context.ts), such as
//   x := f(1,, 2)   -> unsupported('syntax error: ,', 'prog.go:3:11');
// The blocks nested in it are its statements' own business, so a body with a broken line still
// translates around it.
import { abbreviate, TOO_DEEP_MESSAGE, type Node } from '../syntax.js';

/** Nodes whose errors belong to the statements inside them. */
const NESTED_STATEMENTS = new Set(['block', 'statement_list']);

/** The first ERROR or MISSING node in `node`'s own text, outside the blocks nested in it. */
export function ownSyntaxError(node: Node): Node | null {
  if (!node.hasError) return null;
  if (node.isError || node.isMissing) return node;
  for (const child of node.children) {
    if (NESTED_STATEMENTS.has(child.type) && !child.isMissing) continue;
    const found = ownSyntaxError(child);
    if (found) return found;
  }
  return null;
}

/** What the placeholder for an ERROR or MISSING node says. */
export function describeSyntaxError(node: Node): string {
  if (node.isTooDeep) return TOO_DEEP_MESSAGE;
  return node.isMissing ? `syntax error: missing ${node.type}` : `syntax error: ${abbreviate(node.text)}`;
}
