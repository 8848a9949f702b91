// Where a value that may be nil is known not to be, as TypeScript narrows it too, so that its
// uses need no `!` (nil-slots.ts, values.ts):
//   if p != nil { p.x }               -> if (p != null) { p.x }
//   if p == nil { return }; p.x       -> the rest of the block knows p
//   p != nil && p.x > 0               -> the right side knows p (|| after p == nil)
//   for n := l; n != nil; n = n.next { n.v }   -> the body and the post statement know n
//   if t.Left != nil { t.Left.v }     -> a field path from a variable, too
// Only where the region does not assign the variable (or the path) again, and not inside a
// function literal there (TypeScript narrows a closure's view only of what nothing reassigns).
import { field, kids, operatorOf, statementsOf, walk, type Node } from '../syntax.js';
import type { GoContext } from './context.js';
import type { Binding } from './scope.js';
import { Scope } from './scope.js';
import { resolve, type GoType } from './types.js';

/** A variable, or a field path from one (`t.Left`: the binding of t and `.Left`), and its Go text. */
export interface NilTested {
  binding: Binding;
  path: string;
  text: string;
}

/** What a condition says is not nil when it holds, and when it does not. */
export interface NilTests {
  whenTrue: NilTested[];
  whenFalse: NilTested[];
}

const NONE: NilTests = { whenTrue: [], whenFalse: [] };

/** The nil tests a condition makes: `p != nil`, `p == nil`, and their `&&`, `||` and `!`. */
export function nilTests(cx: GoContext, cond: Node | null): NilTests {
  if (!cond) return NONE;
  if (cond.type === 'parenthesized_expression') return nilTests(cx, kids(cond)[0] ?? null);
  if (cond.type === 'unary_expression' && operatorOf(cond) === '!') {
    const inner = nilTests(cx, field(cond, 'operand'));
    return { whenTrue: inner.whenFalse, whenFalse: inner.whenTrue };
  }
  if (cond.type !== 'binary_expression') return NONE;
  const op = operatorOf(cond);
  const [left, right] = [field(cond, 'left'), field(cond, 'right')];
  if (op === '&&' || op === '||') {
    const [l, r] = [nilTests(cx, left), nilTests(cx, right)];
    return op === '&&'
      ? { whenTrue: [...l.whenTrue, ...r.whenTrue], whenFalse: [] }
      : { whenTrue: [], whenFalse: [...l.whenFalse, ...r.whenFalse] };
  }
  if (op !== '==' && op !== '!=') return NONE;
  const tested = left?.type === 'nil' ? right : right?.type === 'nil' ? left : null;
  const place = tested && placeOf(cx, tested);
  if (!place) return NONE;
  return op === '!=' ? { whenTrue: [place], whenFalse: [] } : { whenTrue: [], whenFalse: [place] };
}

/** A variable or a field path from one, as a narrowing names it; null for another expression. */
function placeOf(cx: GoContext, node: Node): NilTested | null {
  let path = '';
  let root = node;
  while (root.type === 'selector_expression' || root.type === 'parenthesized_expression') {
    if (root.type === 'selector_expression') path = `.${field(root, 'field')?.text ?? ''}${path}`;
    root = root.type === 'selector_expression' ? field(root, 'operand')! : kids(root)[0]!;
  }
  if (root.type !== 'identifier' || cx.isPackage(root)) return null;
  const binding = cx.scope.lookup(root.text);
  return binding ? { binding, path, text: `${root.text}${path}` } : null;
}

/**
 * A pointer, function or interface that a test before says is not nil here: TypeScript knows
 * it too. A channel or map stays with its nil-safe operations.
 */
export function knownNotNil(cx: GoContext, node: Node, type: GoType): boolean {
  const kind = resolve(type, cx.decls).kind;
  return kind !== 'chan' && kind !== 'map' && isNarrowed(cx, node);
}

/** Whether `node` (a variable or a field path from one) is known not nil here. */
export function isNarrowed(cx: GoContext, node: Node): boolean {
  const place = placeOf(cx, node);
  return place !== null && cx.scope.knowsNotNil(place.binding, place.path);
}

/** Runs `translate` knowing `tested` not nil, save what `region` assigns again. */
export function withNarrowed<T>(cx: GoContext, tested: NilTested[], region: (Node | null)[], translate: () => T): T {
  const kept = unassigned(tested, region);
  if (kept.length === 0) return translate();
  const scope = new Scope(cx.scope);
  for (const t of kept) scope.narrow(t.binding, t.path);
  return cx.with({ scope }, translate);
}

/** Knows `tested` not nil for the rest of the current block (after `if p == nil { return }`), save what `rest` assigns. */
export function narrowHere(cx: GoContext, tested: NilTested[], rest: Node[]): void {
  for (const t of unassigned(tested, rest)) cx.scope.narrow(t.binding, t.path);
}

/** The tested places that `region` neither assigns nor takes the address of (nor a prefix of them). */
function unassigned(tested: NilTested[], region: (Node | null)[]): NilTested[] {
  if (tested.length === 0) return tested;
  const assigned = new Set<string>();
  for (const node of region) if (node) walk(node, (n) => void collectAssigned(n, assigned));
  return tested.filter((t) => ![...assigned].some((a) => t.text === a || t.text.startsWith(`${a}.`)));
}

function collectAssigned(n: Node, assigned: Set<string>): void {
  const add = (target: Node | null | undefined) => target && assigned.add(target.text.replace(/\s+/g, ''));
  switch (n.type) {
    case 'assignment_statement':
    case 'receive_statement':
    case 'range_clause':
      for (const l of kids(field(n, 'left'))) add(l);
      break;
    case 'short_var_declaration':
      for (const l of kids(field(n, 'left'))) add(l);
      break;
    case 'inc_statement':
    case 'dec_statement':
      add(kids(n)[0]);
      break;
    case 'unary_expression':
      if (operatorOf(n) === '&') add(field(n, 'operand'));
      break;
  }
}

/** Whether a block always leaves: its last statement returns, jumps, or panics. */
export function terminates(block: Node | null): boolean {
  const statements = statementsOf(block);
  const last = statements[statements.length - 1];
  if (!last) return false;
  if (['return_statement', 'break_statement', 'continue_statement', 'goto_statement'].includes(last.type)) return true;
  const call = last.type === 'expression_statement' ? kids(last)[0] : null;
  const callee = call?.type === 'call_expression' ? field(call, 'function')?.text : null;
  return callee === 'panic' || callee === 'os.Exit' || callee === 'log.Fatal' || callee === 'log.Fatalf';
}
