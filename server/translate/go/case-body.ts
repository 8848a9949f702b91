// The statements of a switch or select case, shared by both.
import { ts, type Code } from '../emit/code.js';
import type { Node } from '../syntax.js';
import type { GoContext } from './context.js';
import { Scope } from './scope.js';

/**
 * A case's statements in a scope of their own, where `break` leaves the switch, ending in
 * `break;` unless they jump away or fall through; `prologue` runs first, in that scope.
 */
export function caseBody(
  cx: GoContext,
  stmts: Node[],
  prologue: () => Code[] = () => [],
  fallsThrough = false,
): Code[] {
  return cx.with({ scope: new Scope(cx.scope), breakTarget: null, canBreak: true }, () => {
    const body = [...prologue(), ...cx.statements(stmts)];
    if (!fallsThrough && !endsInJump(stmts)) body.push(ts`break;`);
    return body;
  });
}

/** Go, as JavaScript, takes one `default` in a switch or select. */
export function hasSeveralDefaults(clauses: Node[]): boolean {
  return clauses.filter((c) => c.type === 'default_case').length > 1;
}

function endsInJump(stmts: Node[]): boolean {
  const last = stmts[stmts.length - 1];
  return !!last && ['return_statement', 'break_statement', 'continue_statement', 'goto_statement'].includes(last.type);
}
