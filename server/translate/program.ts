// The pipeline both translators share once a body is translated: settle which functions are
// async from the call graph, write the runtime import and the `runMain` call, and gather the
// diagnostics (syntax errors first, one per place and code).
import { OPERATION_TEMP_DECLARATION, type OperationAwaits } from './emit/await-operation.js';
import { Code, join, jsOnly, ts, typeOnly } from './emit/code.js';
import type { Diagnostic } from './diagnostics.js';
import { asyncFunctions, dedupe, syntaxErrors, type CallGraph } from './program-checks.js';
import type { Node } from './syntax.js';

/** What a language's translator produced for one source file. */
export interface TranslatedBody {
  root: Node;
  body: Code;
  callGraph: CallGraph;
  /** Runtime names the translator noted as it went. */
  runtimeNames: Iterable<string>;
  /** What the body awaits through the JavaScript's fast path. */
  operationAwaits: OperationAwaits;
  /** The translator's own diagnostics, then its analyses' and lints'. */
  diagnostics: Diagnostic[];
  /** What follows `main` in `runMain(main...)`, or null when there is no main to run. */
  mainOptions: string | null;
  /** Runtime names found in the settled text (namespaces the translator did not note). */
  namesInText?: (text: string) => string[];
  /** Runtime types that only the TypeScript output refers to, found in the settled text. */
  typeNamesInText: (text: string) => string[];
}

export interface Program {
  code: Code;
  diagnostics: Diagnostic[];
  hasMain: boolean;
}

export function assembleProgram(translated: TranslatedBody, runtimeSpecifier: string): Program {
  const { body, mainOptions } = translated;
  const isAsync = asyncFunctions(translated.callGraph);
  const text = body.settle((key) => isAsync.has(key));
  const hasMain = mainOptions !== null;
  const names = [
    ...new Set([
      ...translated.runtimeNames,
      ...(translated.namesInText?.(text) ?? []),
      ...(hasMain ? ['runMain'] : []),
    ]),
  ].sort();
  const typeNames = translated.typeNamesInText(text).filter((n) => !names.includes(n));
  const jsNames = [...translated.operationAwaits.jsRuntimeNames].filter((n) => !names.includes(n)).sort();
  const sections: Code[] = [];
  if (names.length || typeNames.length || jsNames.length)
    sections.push(importLine(names, typeNames, jsNames, runtimeSpecifier));
  sections.push(translated.operationAwaits.used ? ts`${OPERATION_TEMP_DECLARATION}${body}` : body);
  if (hasMain) sections.push(ts`runMain(main${mainOptions});`);
  const diagnostics = dedupe([...syntaxErrors(translated.root), ...translated.diagnostics]);
  return { code: join(sections, '\n\n'), diagnostics, hasMain };
}

/**
 * The runtime import; type-only names exist in the TypeScript output alone, JavaScript-only
 * names in the JavaScript alone.
 */
function importLine(names: string[], typeNames: string[], jsNames: string[], specifier: string): Code {
  const typed = [...typeNames.map((n) => `type ${n}`), ...names];
  const run = [...names, ...jsNames];
  if (typeNames.length === 0 && jsNames.length === 0) return ts`import { ${names.join(', ')} } from '${specifier}';`;
  const line = (list: string[]) => (list.length ? `import { ${list.join(', ')} } from '${specifier}';` : '');
  return ts`${typeOnly(line(typed))}${jsOnly(line(run))}`;
}
