import { Code, join, ts, typeOnly } from '../emit/code.js';
import type { Diagnostic } from '../diagnostics.js';
import { Declarations } from './declarations.js';
import { abbreviate, walk, type Node } from './syntax.js';
import { RUNTIME_PACKAGES } from './stdlib.js';
import { GoTranslator, type AsyncFacts } from './translator.js';

/** How many times translation may rerun while finding which functions must be async. */
const MAX_PASSES = 8;

export interface GoProgram {
  code: Code;
  diagnostics: Diagnostic[];
  hasMain: boolean;
}

/**
 * Translates a parsed Go source file. Which functions await is only known once their
 * bodies are translated (a call to an async function awaits too), so translation repeats
 * with what the previous pass found until nothing changes.
 */
export function translateGoTree(root: Node, runtimeSpecifier: string): GoProgram {
  let known: AsyncFacts = { functions: new Set(), literals: new Set() };
  let translator: GoTranslator;
  let body: Code;
  for (let pass = 0; ; pass++) {
    translator = new GoTranslator(Declarations.collect(root), known);
    body = translator.program(root);
    const found = translator.found;
    if (pass + 1 >= MAX_PASSES || (sameSet(found.functions, known.functions) && sameSet(found.literals, known.literals))) break;
    known = found;
  }
  const hasMain = Declarations.collect(root).functions.has('main');
  const text = body.toString();
  const namespaces = [...RUNTIME_PACKAGES].filter((pkg) => new RegExp(`\\b${pkg}\\.`).test(text));
  const names = [...new Set([...translator.runtimeNames, ...namespaces, ...(hasMain ? ['runMain'] : [])])].sort();
  const typeNames = ['Chan', 'GoError'].filter((n) => new RegExp(`\\b${n}\\b`).test(text));
  const sections: Code[] = [];
  if (names.length || typeNames.length) sections.push(importLine(names, typeNames, runtimeSpecifier));
  sections.push(body);
  if (hasMain) sections.push(ts`runMain(main);`);
  const code = join(sections, '\n\n');
  return { code, diagnostics: dedupe([...syntaxErrors(root), ...translator.diagnostics]), hasMain };
}

/** The runtime import; type-only names exist in the TypeScript output alone. */
function importLine(names: string[], typeNames: string[], specifier: string): Code {
  const types = typeNames.map((n) => `type ${n}`).join(', ');
  if (names.length === 0) return typeOnly(`import { ${types} } from '${specifier}';`);
  const typePart = types ? typeOnly(`${types}, `) : '';
  return ts`import { ${typePart}${names.join(', ')} } from '${specifier}';`;
}

/** Every place tree-sitter could not parse, whether or not translation reached it. */
function syntaxErrors(root: Node): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!root.hasError) return out;
  walk(root, (n) => {
    if (!n.isError && !n.isMissing) return n.hasError;
    const message = n.isMissing ? `syntax error: missing ${n.type}` : `syntax error: unexpected ${JSON.stringify(abbreviate(n.text))}`;
    out.push({
      message,
      severity: 'error',
      code: 'syntax-error',
      range: {
        start: { line: n.startPosition.row, column: n.startPosition.column },
        end: { line: n.endPosition.row, column: n.endPosition.column },
      },
    });
    return false;
  });
  return out;
}

function sameSet(a: ReadonlySet<unknown>, b: ReadonlySet<unknown>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.range.start.line}:${d.range.start.column}:${d.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
