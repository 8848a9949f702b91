import type { Parser, Tree } from 'web-tree-sitter';
import { Code, join, ts, typeOnly } from '../emit/code.js';
import type { Diagnostic } from '../diagnostics.js';
import { kids, type Node } from '../syntax.js';
import { Items } from './items.js';
import { lintRust } from './lints.js';
import { MacroParser } from './macros.js';
import { analyzeOwnership } from './ownership.js';
import { RustTranslator } from './translator.js';
import { asyncFunctions, dedupe, syntaxErrors } from '../program-checks.js';

export interface RustProgram {
  code: Code;
  diagnostics: Diagnostic[];
  hasMain: boolean;
}

/** Runtime names only the TypeScript output needs (types). */
const TYPE_NAMES = ['Option', 'Result', 'Unit', 'JoinHandle', 'MutexGuard'];

/**
 * Translates a parsed Rust file. Whether a sync function must become async (it blocks on a
 * std channel, a thread join, a std Mutex) is known only once every body is translated, so
 * `async`/`await` for those are conditional parts settled from the call graph.
 */
export function translateRustTree(tree: Tree, parser: Parser, text: string, runtimeSpecifier: string, fileName: string): RustProgram {
  const root = tree.rootNode;
  const macros = new MacroParser(parser, tree, text);
  try {
    const items = Items.collect(root);
    const ownership = analyzeOwnership(root);
    const translator = new RustTranslator(items, ownership, macros, fileName);
    const body = translator.program(root);
    const isAsync = asyncFunctions(translator.callGraph);
    body.settle((key) => isAsync.has(key));
    const mainFn = items.functions.get('main');
    const main = mainFn !== undefined || translator.snippetMain;
    const sections: Code[] = [];
    const bodyText = body.toString();
    const names = [...translator.runtimeNames, ...(main ? ['runMain'] : [])];
    const typeNames = TYPE_NAMES.filter((n) => new RegExp(n === 'Unit' ? '\\bUnit\\b' : `\\b${n}<`).test(bodyText) && !names.includes(n));
    if (names.length || typeNames.length) sections.push(importLine([...new Set(names)].sort(), typeNames, runtimeSpecifier));
    sections.push(body);
    if (main) sections.push(ts`runMain(main${mainFn ? flavorOption(mainFn.node) : ''});`);
    const diagnostics = dedupe([...syntaxErrors(root), ...translator.diagnostics, ...ownership.diagnostics, ...lintRust(root, ownership)]);
    return { code: join(sections, '\n\n'), diagnostics, hasMain: main };
  } finally {
    macros.dispose();
  }
}

/** `#[tokio::main(flavor = "current_thread")]` names the worker thread in panic messages. */
function flavorOption(mainNode: Node): string {
  const siblings = kids(mainNode.parent);
  const index = siblings.findIndex((s) => s.id === mainNode.id);
  for (let i = index - 1; i >= 0 && siblings[i]!.type === 'attribute_item'; i--) {
    const m = /flavor\s*=\s*"(\w+)"/.exec(siblings[i]!.text);
    if (m) return `, { flavor: '${m[1]}' }`;
  }
  return '';
}

function importLine(names: string[], typeNames: string[], specifier: string): Code {
  const types = typeNames.map((n) => `type ${n}`).join(', ');
  if (names.length === 0) return typeOnly(`import { ${types} } from '${specifier}';`);
  const typePart = types ? typeOnly(`${types}, `) : '';
  return ts`import { ${typePart}${names.join(', ')} } from '${specifier}';`;
}

