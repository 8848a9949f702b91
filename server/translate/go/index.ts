import { assembleProgram, type Program } from '../program.js';
import type { Node } from '../syntax.js';
import { Declarations } from './declarations.js';
import { collectFacts } from './facts.js';
import { lintGo } from './lints.js';
import { RUNTIME_PACKAGES } from './stdlib.js';
import { GoTranslator } from './translator.js';

/** Runtime types only the TypeScript output names. */
const TYPE_NAMES = ['Chan', 'GoError'];

/**
 * Translates a parsed Go source file in one pass. Whether a function is async is known only
 * once every body is translated (a call to an async function awaits too), so `async`,
 * `await` and `Promise<T>` are written as conditional parts and settled from the call graph.
 */
export function translateGoTree(root: Node, runtimeSpecifier: string): Program {
  const decls = Declarations.collect(root);
  const translator = new GoTranslator(decls, collectFacts(root));
  const body = translator.program(root);
  return assembleProgram(
    {
      root,
      body,
      callGraph: translator.callGraph,
      runtimeNames: translator.runtimeNames,
      diagnostics: [...translator.diagnostics, ...lintGo(root)],
      mainOptions: decls.functions.has('main') ? '' : null,
      namesInText: (text) => [...RUNTIME_PACKAGES].filter((pkg) => new RegExp(`\\b${pkg}\\.`).test(text)),
      typeNamesInText: (text) => TYPE_NAMES.filter((n) => new RegExp(`\\b${n}\\b`).test(text)),
    },
    runtimeSpecifier,
  );
}
