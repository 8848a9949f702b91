import { assembleProgram, type Program } from '../program.js';
import { walkTogether, type Node } from '../syntax.js';
import { Declarations } from './declarations.js';
import { factsCollector } from './facts.js';
import { goLinter } from './lints.js';
import { runtimePackagesIn } from './stdlib.js';
import { translateGoFile } from './translator.js';

/** Runtime types only the TypeScript output names. */
const TYPE_NAMES = ['Chan', 'GoError', 'Ptr'];

/**
 * Translates a parsed Go source file in one pass. Whether a function is async is known only
 * once every body is translated (a call to an async function awaits too), so `async`,
 * `await` and `Promise<T>` are written as conditional parts and settled from the call graph.
 */
export function translateGoTree(
  root: Node,
  runtimeSpecifier: string,
  locate: (p: { row: number; column: number }) => string,
): Program {
  const decls = Declarations.collect(root);
  const facts = factsCollector(root);
  const linter = goLinter(root);
  walkTogether(root, [facts, linter]);
  const translator = translateGoFile(root, decls, facts.facts, locate);
  return assembleProgram(
    {
      root,
      body: translator.body,
      callGraph: translator.callGraph,
      runtimeNames: translator.runtimeNames,
      operationAwaits: translator.operationAwaits,
      diagnostics: [...translator.diagnostics, ...linter.finish()],
      mainOptions: decls.functions.has('main')
        ? translator.initFunction
          ? `, { init: ${translator.initFunction} }`
          : ''
        : null,
      namesInText: runtimePackagesIn,
      typeNamesInText: (text) => TYPE_NAMES.filter((n) => new RegExp(`\\b${n}\\b`).test(text)),
    },
    runtimeSpecifier,
  );
}
