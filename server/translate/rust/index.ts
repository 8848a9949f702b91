import { assembleProgram, type Program } from '../program.js';
import { kids, type Node, type SourceParser, type SyntaxTree } from '../syntax.js';
import { Items } from './items.js';
import { lintRust } from './lints.js';
import { MacroParser } from './macros.js';
import { analyzeOwnership } from './ownership/index.js';
import { translateRust } from './translator.js';

/** Runtime types only the TypeScript output names (as generic types, but for Unit). */
const TYPE_NAMES = ['Option', 'Result', 'Unit', 'JoinHandle', 'MutexGuard'];

/**
 * Translates a parsed Rust file. Whether a sync function must become async (it blocks on a
 * std channel, a thread join, a std Mutex) is known only once every body is translated, so
 * `async`/`await` for those are conditional parts settled from the call graph.
 */
export function translateRustTree(
  tree: SyntaxTree,
  parser: SourceParser,
  text: string,
  runtimeSpecifier: string,
  fileName: string,
): Program {
  const root = tree.rootNode;
  const macros = new MacroParser(parser, tree, text);
  try {
    const items = Items.collect(root);
    const ownership = analyzeOwnership(root);
    const { body, translator } = translateRust(root, items, ownership, macros, fileName);
    const mainFn = items.functions.get('main');
    const hasMain = mainFn !== undefined || translator.snippetMain;
    return assembleProgram(
      {
        root,
        body,
        callGraph: translator.callGraph,
        runtimeNames: translator.runtimeNames,
        diagnostics: [...translator.diagnostics, ...ownership.diagnostics, ...lintRust(root, ownership)],
        mainOptions: hasMain ? (mainFn ? flavorOption(mainFn.node) : '') : null,
        typeNamesInText: (text) =>
          TYPE_NAMES.filter((n) => new RegExp(n === 'Unit' ? '\\bUnit\\b' : `\\b${n}<`).test(text)),
      },
      runtimeSpecifier,
    );
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
