// A Go source file: its types first (classes must exist before code at the top level uses
// them), then its functions and package-level declarations in source order; the package
// clause and imports write nothing (the runtime import comes from the names used), and
// methods go with their types. A declaration with a syntax error in its own text becomes a
// placeholder that panics when the program starts, as Go would not compile it.
import { join, type Code } from '../emit/code.js';
import { kids, type Node } from '../syntax.js';
import type { GoContext } from './context.js';
import { functionDeclaration } from './functions.js';
import { typeDeclaration } from './type-declarations.js';

const WRITES_NOTHING_HERE = new Set(['package_clause', 'import_declaration', 'type_declaration', 'method_declaration']);

export function sourceFile(cx: GoContext, root: Node): Code {
  const out: Code[] = [];
  for (const node of kids(root)) {
    if (node.type === 'type_declaration') out.push(...declaration(cx, node, () => typeDeclaration(cx, node)));
  }
  for (const node of kids(root)) {
    if (node.type === 'function_declaration') out.push(...declaration(cx, node, () => [functionDeclaration(cx, node)]));
    else if (node.type === 'method_declaration') out.push(...declaration(cx, node, () => []));
    else if (!WRITES_NOTHING_HERE.has(node.type)) out.push(...cx.statement(node));
  }
  return join(out, '\n\n');
}

function declaration(cx: GoContext, node: Node, translate: () => Code[]): Code[] {
  const syntaxError = cx.syntaxErrorIn(node);
  return syntaxError ? [syntaxError] : translate();
}
