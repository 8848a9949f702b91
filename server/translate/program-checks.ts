// What both translators compute over a whole program: where tree-sitter could not parse, and
// which functions end up async.
import type { Diagnostic } from './diagnostics.js';
import { abbreviate, TOO_DEEP_MESSAGE, walk, type Node } from './syntax.js';

/** For each function (by key): whether it awaits by itself, and what it calls. */
export type CallGraph = Map<string, { awaits: boolean; calls: ReadonlySet<string> }>;

/** Every place tree-sitter could not parse, whether or not translation reached it. */
export function syntaxErrors(root: Node): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!root.hasError) return out;
  walk(root, (n) => {
    if (!n.isError && !n.isMissing) return n.hasError;
    const message = n.isTooDeep
      ? TOO_DEEP_MESSAGE
      : n.isMissing
        ? `syntax error: missing ${n.type}`
        : `syntax error: unexpected ${JSON.stringify(abbreviate(n.text))}`;
    out.push({
      message,
      severity: 'error',
      code: n.isTooDeep ? 'too-deeply-nested' : 'syntax-error',
      range: {
        start: { line: n.startPosition.row, column: n.startPosition.column },
        end: { line: n.endPosition.row, column: n.endPosition.column },
      },
    });
    return false;
  });
  return out;
}

/** Functions that await by themselves, and every function that calls one of them. */
export function asyncFunctions(graph: CallGraph): Set<string> {
  const result = new Set([...graph].filter(([, f]) => f.awaits).map(([key]) => key));
  for (let changed = true; changed;) {
    changed = false;
    for (const [key, f] of graph) {
      if (!result.has(key) && [...f.calls].some((c) => result.has(c))) {
        result.add(key);
        changed = true;
      }
    }
  }
  return result;
}

/** One diagnostic per place and code (a construct met twice on the way is reported once). */
export function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.range.start.line}:${d.range.start.column}:${d.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
