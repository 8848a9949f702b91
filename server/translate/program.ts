// The pipeline both translators share once a body is translated: settle which functions are
// async from the call graph, write the runtime import and the `runMain` call, and gather the
// diagnostics (syntax errors first, one per place and code).
import { Code, join, ts, typeOnly } from './emit/code.js';
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
  body.settle((key) => isAsync.has(key));
  const hasMain = mainOptions !== null;
  const text = body.toString();
  const names = [
    ...new Set([
      ...translated.runtimeNames,
      ...(translated.namesInText?.(text) ?? []),
      ...(hasMain ? ['runMain'] : []),
    ]),
  ].sort();
  const typeNames = translated.typeNamesInText(text).filter((n) => !names.includes(n));
  const sections: Code[] = [];
  if (names.length || typeNames.length) sections.push(importLine(names, typeNames, runtimeSpecifier));
  sections.push(body);
  if (hasMain) sections.push(ts`runMain(main${mainOptions});`);
  const diagnostics = dedupe([...syntaxErrors(translated.root), ...translated.diagnostics]);
  return { code: join(sections, '\n\n'), diagnostics, hasMain };
}

/** The runtime import; type-only names exist in the TypeScript output alone. */
function importLine(names: string[], typeNames: string[], specifier: string): Code {
  const types = typeNames.map((n) => `type ${n}`).join(', ');
  if (names.length === 0) return typeOnly(`import { ${types} } from '${specifier}';`);
  const typePart = types ? typeOnly(`${types}, `) : '';
  return ts`import { ${typePart}${names.join(', ')} } from '${specifier}';`;
}
