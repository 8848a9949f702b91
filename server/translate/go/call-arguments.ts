// Call arguments: each a value of its parameter's type (struct values copy, a rune into `...any`
// boxed), a final `xs...` spread, and a call returning several results spread into the arguments:
//   f(p, xs...)   -> f(p.clone(), ...xs)        f(g()) -> f(...g())
//   f(xs...)      -> f(...spreadSlice(xs))      (the program's variadic f: it takes xs itself)
import { join, ts, type Code } from '../emit/code.js';
import { field, kids, type Node } from '../syntax.js';
import type { GoContext, Typed } from './context.js';
import { paramSlot } from './nil-slots.js';
import { elementSlotOf, holdsNil, resolve, UNKNOWN, type GoType } from './types.js';
import { nonNil, storeNil } from './values.js';

/** What a call knows of its callee, past its parameters' types (nil-slots.ts). */
export interface CalleeFacts {
  /** The called function's key (its name, `Type.Method`): its parameters admit null where an argument may be nil. None for a function value or the runtime's. */
  fnKey?: string | null;
  /** A variable holding the function (its nil slot): its type's parameters admit null where an argument may be nil. */
  variableSlot?: string | null;
  /** A runtime function, which needs a pointer or interface argument to be one (Go panics on nil in there): one that may be nil is passed as `p!`. */
  runtime?: boolean;
  /** A variadic function's last parameter as declared (`[]T`): each argument past the others is one of its elements. */
  variadic?: GoType | null;
}

export function callArguments(
  cx: GoContext,
  argNodes: Node[],
  params: GoType[],
  spread: boolean,
  { fnKey = null, runtime = false, variadic = null, variableSlot = null }: CalleeFacts = {},
): Code {
  const tuple = tupleArgument(cx, argNodes);
  if (tuple) return tuple;
  // `f(a, b, c)` for `func f(xs ...any)`: each of b and c is an element of the last parameter's slice.
  const last = params.length - 1;
  const rest = variadic && !spread && params[last]?.kind === 'slice' ? params[last].elem : null;
  const variadicFrom = variadic ? last : Infinity;
  return join(
    argNodes.map((a, i) => {
      const inner = spreadOperand(a);
      let value = cx.placed(inner, rest && i >= last ? rest : (params[i] ?? UNKNOWN));
      if (fnKey !== null && i >= variadicFrom)
        variadicNil(cx, inner, value, variadic!, spread && i === argNodes.length - 1);
      else if (fnKey !== null && value.maybeNil && i < params.length) storeNil(cx, paramSlot(fnKey, i), params[i]!);
      if (variableSlot !== null && value.maybeNil && i < params.length)
        storeNil(cx, paramSlot(variableSlot, i), params[i]!);
      if (runtime && inner.type !== 'nil' && needsValue(cx, value.type)) value = nonNil(value);
      if (!spread || i !== argNodes.length - 1) return value.code;
      // The program's variadic function takes the slice itself (runtime/src/go/variadic.ts).
      if (fnKey === null || variadic === null) return ts`...${value.code}`;
      cx.use('spreadSlice');
      return ts`...spreadSlice(${value.code})`;
    }),
    ', ',
  );
}

/** `f(a, b)` or `f(xs...)` for a variadic `f(xs ...*T)`: its slice's elements admit null where one may be nil. */
function variadicNil(cx: GoContext, arg: Node, value: Typed, slice: GoType, spread: boolean): void {
  if (slice.kind !== 'slice') return;
  const own = spread && arg.type === 'identifier' ? cx.scope.lookup(arg.text)?.type : undefined;
  const nil = spread ? own !== undefined && holdsNil(own, cx.decls) : value.maybeNil === true;
  if (nil) storeNil(cx, elementSlotOf(slice, cx.decls), slice.elem);
}

/** A pointer or an interface (not an error, which the runtime takes nil or not). */
function needsValue(cx: GoContext, type: GoType): boolean {
  const kind = resolve(type, cx.decls).kind;
  return kind === 'pointer' || (kind === 'interface' && !(type.kind === 'interface' && type.name === 'error'));
}

/** The expression of an argument: `xs` of `xs...`. */
export function spreadOperand(arg: Node): Node {
  return arg.type === 'variadic_argument' ? kids(arg)[0]! : arg;
}

/** `f(g())` where g returns several results: they become f's arguments. */
export function tupleArgument(cx: GoContext, argNodes: Node[]): Code | null {
  if (argNodes.length !== 1 || argNodes[0]!.type !== 'call_expression') return null;
  const fnNode = field(argNodes[0]!, 'function');
  const results = fnNode?.type === 'identifier' ? cx.decls.functions.get(fnNode.text)?.results : null;
  if (!results || results.length < 2 || cx.isShadowed(fnNode!.text)) return null;
  return ts`...${cx.expr(argNodes[0]!).code}`;
}
