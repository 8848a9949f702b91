import { Code, join, ts, typeOnly } from '../emit/code.js';
import type { Diagnostic } from '../diagnostics.js';
import { Declarations } from './declarations.js';
import type { Node } from '../syntax.js';
import { RUNTIME_PACKAGES } from './stdlib.js';
import { collectFacts } from './facts.js';
import { lintGo } from './lints.js';
import { GoTranslator } from './translator.js';
import { asyncFunctions, dedupe, syntaxErrors } from '../program-checks.js';

export interface GoProgram {
  code: Code;
  diagnostics: Diagnostic[];
  hasMain: boolean;
}

/**
 * Translates a parsed Go source file in one pass. Whether a function is async is known only
 * once every body is translated (a call to an async function awaits too), so `async`,
 * `await` and `Promise<T>` are written as conditional parts and settled from the call graph.
 */
export function translateGoTree(root: Node, runtimeSpecifier: string): GoProgram {
  const decls = Declarations.collect(root);
  const translator = new GoTranslator(decls, collectFacts(root));
  const body = translator.program(root);
  const isAsync = asyncFunctions(translator.callGraph);
  body.settle((key) => isAsync.has(key));
  const hasMain = decls.functions.has('main');
  const text = body.toString();
  const namespaces = [...RUNTIME_PACKAGES].filter((pkg) => new RegExp(`\\b${pkg}\\.`).test(text));
  const names = [...new Set([...translator.runtimeNames, ...namespaces, ...(hasMain ? ['runMain'] : [])])].sort();
  const typeNames = ['Chan', 'GoError'].filter((n) => new RegExp(`\\b${n}\\b`).test(text));
  const sections: Code[] = [];
  if (names.length || typeNames.length) sections.push(importLine(names, typeNames, runtimeSpecifier));
  sections.push(body);
  if (hasMain) sections.push(ts`runMain(main);`);
  const code = join(sections, '\n\n');
  return { code, diagnostics: dedupe([...syntaxErrors(root), ...translator.diagnostics, ...lintGo(root)]), hasMain };
}

/** The runtime import; type-only names exist in the TypeScript output alone. */
function importLine(names: string[], typeNames: string[], specifier: string): Code {
  const types = typeNames.map((n) => `type ${n}`).join(', ');
  if (names.length === 0) return typeOnly(`import { ${types} } from '${specifier}';`);
  const typePart = types ? typeOnly(`${types}, `) : '';
  return ts`import { ${typePart}${names.join(', ')} } from '${specifier}';`;
}
