// The Go translator's entry: a context with the visitor table, run over a source file.
// Package-level names that the runtime import also binds (`index`, `send`, `errors`...) take a `_`.
import type { OperationAwaits } from '../emit/await-operation.js';
import type { Code } from '../emit/code.js';
import type { Diagnostic } from '../diagnostics.js';
import type { CallGraph } from '../program-checks.js';
import type { Node } from '../syntax.js';
import { GoContext } from './context.js';
import { NilSlots } from './nil-slots.js';
import type { Declarations } from './declarations.js';
import type { ProgramFacts } from './facts.js';
import { sourceFile } from './source-file.js';
import { isRuntimeNamespace, runtimePackagesIn } from './stdlib.js';
import { GO_VISITORS } from './visit.js';

/**
 * A round finds where nil is stored (nil-slots.ts) and the names that clash with the runtime
 * import; the next one writes the types and names for them. Each finds a little more, seldom
 * more than twice; past this the last round's translation stands.
 */
const MAX_ROUNDS = 8;

export interface GoTranslation {
  /** The file's TypeScript, with `async`/`await` still to settle from the call graph. */
  body: Code;
  callGraph: CallGraph;
  runtimeNames: ReadonlySet<string>;
  operationAwaits: OperationAwaits;
  diagnostics: Diagnostic[];
  /** The function that initializes the package, which `runMain` runs before main; null if none is needed. */
  initFunction: string | null;
}

export function translateGoFile(
  root: Node,
  decls: Declarations,
  facts: ProgramFacts,
  locate: GoContext['locate'],
): GoTranslation {
  const translate = (renamed: ReadonlySet<string>, nilSlots: ReadonlySet<string>) => {
    decls.nil = new NilSlots(nilSlots);
    const cx = new GoContext(decls, facts, GO_VISITORS, locate, renamed);
    return { cx, ...sourceFile(cx, root) };
  };
  let renamed: ReadonlySet<string> = new Set();
  let nilSlots: ReadonlySet<string> = new Set();
  let { cx, body, initFunction } = translate(renamed, nilSlots);
  for (let round = 1; round < MAX_ROUNDS; round++) {
    const clashing = namesTheImportBinds(cx, body);
    // Rare (a package-level `func send` where a nil channel's send needs the runtime's): translate again with those renamed.
    if (clashing.size === 0 && !decls.nil.changesTranslation()) break;
    renamed = new Set([...renamed, ...clashing]);
    nilSlots = decls.nil.found();
    ({ cx, body, initFunction } = translate(renamed, nilSlots));
  }
  return {
    body,
    callGraph: cx.callGraph,
    runtimeNames: cx.runtimeNames,
    operationAwaits: cx.operationAwaits,
    diagnostics: cx.diagnostics,
    initFunction,
  };
}

/** Package-level names that the runtime import line will also declare (a module rejects the second declaration). */
function namesTheImportBinds(cx: GoContext, body: Code): Set<string> {
  const mayClash = [...cx.scope.bindingsHere()].filter(
    ([, b]) => cx.runtimeNames.has(b.tsName) || isRuntimeNamespace(b.tsName),
  );
  // Reading the whole text for the namespaces it uses is needed only when a name may clash.
  if (mayClash.length === 0) return new Set();
  const imported = new Set([...cx.runtimeNames, ...runtimePackagesIn(body.toString())]);
  return new Set(mayClash.filter(([, b]) => imported.has(b.tsName)).map(([name]) => name));
}
