// A Go source file: its types first (classes must exist before code at the top level uses
// them), then its package-level variables and constants in the order Go initializes them
// (package-init.ts), then its functions in source order, then what runs before main; the package
// clause and imports write nothing (the runtime import comes from the names used), and
// methods go with their types. A declaration with a syntax error in its own text becomes a
// placeholder that panics when the program starts, as Go would not compile it.
import { join, mapped, type Code } from '../emit/code.js';
import { kids, point, type Node } from '../syntax.js';
import type { GoContext } from './context.js';
import { functionDeclaration } from './functions.js';
import { initFunction, initializationOrder, type Unit } from './package-init.js';
import { constDeclaration, varSpec, varSpecSetBeforeMain } from './stmt-declare.js';
import { typeDeclaration } from './type-declarations.js';

const WRITES_NOTHING_HERE = new Set([
  'package_clause',
  'import_declaration',
  'type_declaration',
  'method_declaration',
  'var_declaration',
  'const_declaration',
]);

/** The file's code, and the name of the function that initializes the package before main, if it needs one. */
export function sourceFile(cx: GoContext, root: Node): { body: Code; initFunction: string | null } {
  // Variables are translated first, though written after the types: methods then know their types.
  const variables = initializationOrder(cx, root).flatMap((unit) =>
    packageDeclaration(cx, unit).map((c) => mapped(point(unit.node), c)),
  );
  const out: Code[] = [];
  for (const node of kids(root)) {
    if (node.type === 'type_declaration') out.push(...declaration(cx, node, () => typeDeclaration(cx, node)));
  }
  out.push(...variables);
  for (const node of kids(root)) {
    if (node.type === 'function_declaration') out.push(...declaration(cx, node, () => [functionDeclaration(cx, node)]));
    else if (node.type === 'var_declaration' || node.type === 'const_declaration')
      out.push(...declaration(cx, node, () => []));
    else if (node.type === 'method_declaration') out.push(...declaration(cx, node, () => []));
    else if (!WRITES_NOTHING_HERE.has(node.type)) out.push(...cx.statement(node));
  }
  const init = initFunction(cx);
  if (init) out.push(init.code);
  return { body: join(out, '\n\n'), initFunction: init?.name ?? null };
}

/** A package-level var spec or const declaration; one that fails to translate becomes a placeholder, as a statement does. */
function packageDeclaration(cx: GoContext, unit: Unit): Code[] {
  try {
    if (unit.node.type === 'const_declaration') return constDeclaration(cx, unit.node);
    return unit.dynamic ? varSpecSetBeforeMain(cx, unit.node) : varSpec(cx, unit.node);
  } catch (error) {
    return [cx.unsupportedStatement(unit.node, `could not translate: ${(error as Error).message}`)];
  }
}

function declaration(cx: GoContext, node: Node, translate: () => Code[]): Code[] {
  const syntaxError = cx.syntaxErrorIn(node);
  return syntaxError ? [syntaxError] : translate();
}
