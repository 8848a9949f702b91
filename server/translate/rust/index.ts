import { assembleProgram, type Program } from '../program.js';
import { kids, type SourceParser, type SyntaxTree } from '../syntax.js';
import { Items, type FnDecl } from './items.js';
import { hasOwnDebug } from './debug.js';
import { lintRust } from './lints.js';
import { MacroParser } from './macros.js';
import { analyzeOwnership } from './ownership/index.js';
import { translateRust } from './translator.js';
import { PLAIN_TYPE_NAMES, TYPE_NAMES } from './types.js';
import { enumMethodName } from './values.js';

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
    const items = Items.collect(root, (macro) => macros.items(macro));
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
        operationAwaits: translator.operationAwaits,
        diagnostics: [...translator.diagnostics, ...ownership.diagnostics, ...lintRust(root, ownership)],
        mainOptions: hasMain ? (mainFn ? mainOptions(mainFn, items) : '') : null,
        // A type the program declares itself (`struct Unit;`) is its own, not the runtime's.
        typeNamesInText: (text) =>
          [
            ...TYPE_NAMES.filter((n) => new RegExp(n === 'Unit' ? '\\bUnit\\b' : `\\b${n}<`).test(text)),
            ...PLAIN_TYPE_NAMES.filter((n) => new RegExp(`(?<![.\\w])${n}\\b`).test(text)),
          ].filter((n) => !items.structs.has(n) && !items.enums.has(n) && !items.traits.has(n)),
      },
      runtimeSpecifier,
    );
  } finally {
    macros.dispose();
  }
}

/**
 * `#[tokio::main(flavor = "current_thread")]` names the worker thread in panic messages;
 * `start_paused = true` starts the clock paused; a plain `fn main` runs outside any Tokio
 * runtime (timers and spawn panic there, blocking calls do not).
 */
function mainOptions(main: FnDecl, items: Items): string {
  const error = main.result.kind === 'result' ? main.result.err : null;
  const errorDebug =
    error?.kind === 'named' && hasOwnDebug(items, error.name)
      ? `errorDebug: ${enumMethodName(error.name, 'fmt_debug')}`
      : null;
  if (!main.isAsync) return `, { ${['runtime: false', ...(errorDebug ? [errorDebug] : [])].join(', ')} }`;
  const siblings = kids(main.node.parent);
  const index = siblings.findIndex((s) => s.id === main.node.id);
  const options: string[] = [];
  for (let i = index - 1; i >= 0 && siblings[i]!.type === 'attribute_item'; i--) {
    const attribute = siblings[i]!.text;
    const flavor = /flavor\s*=\s*"(\w+)"/.exec(attribute);
    if (flavor) options.push(`flavor: '${flavor[1]}'`);
    if (/start_paused\s*=\s*true/.test(attribute)) options.push('startPaused: true');
  }
  if (errorDebug) options.push(errorDebug);
  return options.length > 0 ? `, { ${options.join(', ')} }` : '';
}
