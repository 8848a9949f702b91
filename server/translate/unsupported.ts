// What a translator cannot translate stays in the output as code that runs up to it, the same
// way for Go and Rust:
//   expression:  (unsupported('math/rand.Intn', 'prog.go:12:9') as any)   (TypeScript)
//                unsupported('math/rand.Intn', 'prog.go:12:9')            (JavaScript)
//   statement:   unsupported('goto statement', 'prog.go:4:2');
//   declaration: // chan2ts: unsupported: module (src/main.rs:3:1)
// The runtime's `unsupported` panics when reached, as Go or Rust would panic, naming the
// construct and its place; a declaration is left out (it runs nothing), and a warning with the
// construct's range says what is missing.
import { ts, typeOnly, type Code } from './emit/code.js';
import type { Diagnostic, Range } from './diagnostics.js';

/** The runtime function both runtimes export. */
export const UNSUPPORTED = 'unsupported';

export function unsupportedExpression(what: string, where: string): Code {
  return ts`${typeOnly('(')}${call(what, where)}${typeOnly(' as any)')}`;
}

export function unsupportedStatement(what: string, where: string): Code {
  return ts`${call(what, where)};`;
}

export function unsupportedDeclaration(what: string, where: string): Code {
  return ts`// chan2ts: unsupported: ${what.replace(/\s+/g, ' ')} (${where})`;
}

export function unsupportedDiagnostic(what: string, range: Range): Diagnostic {
  return { message: `chan2ts cannot translate this yet: ${what}`, severity: 'warning', code: 'unsupported', range };
}

function call(what: string, where: string): string {
  return `${UNSUPPORTED}(${quoted(what)}, ${quoted(where)})`;
}

/** A single-quoted JavaScript string of `text`, on one line. */
function quoted(text: string): string {
  const json = JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'");
  return `'${json}'`;
}
