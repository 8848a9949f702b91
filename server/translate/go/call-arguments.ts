// Call arguments: each a value of its parameter's type (struct values copy), a final `xs...`
// spread, and a call returning several results spread into the arguments:
//   f(p, xs...)   -> f(p.clone(), ...xs)        f(g()) -> f(...g())
import { join, ts, type Code } from '../emit/code.js';
import { field, kids, type Node } from '../syntax.js';
import type { GoContext } from './context.js';
import { paramSlot } from './nil-slots.js';
import { resolve, UNKNOWN, type GoType } from './types.js';
import { nonNil } from './values.js';

/**
 * `fnKey`: the called function's key (its name, `Type.Method`), whose parameters then admit
 * null where an argument may be nil (nil-slots.ts); none for a function value or the runtime's.
 * `runtime`: a runtime function, which needs a pointer or interface argument to be one (Go
 * panics on nil in there): one that may be nil is passed as `p!`.
 */
export function callArguments(
  cx: GoContext,
  argNodes: Node[],
  params: GoType[],
  spread: boolean,
  fnKey: string | null = null,
  runtime = false,
): Code {
  const tuple = tupleArgument(cx, argNodes);
  if (tuple) return tuple;
  return join(
    argNodes.map((a, i) => {
      const inner = a.type === 'variadic_argument' ? kids(a)[0]! : a;
      let value = cx.placed(inner, params[i] ?? UNKNOWN);
      if (fnKey !== null && value.maybeNil && i < params.length) cx.decls.nil.store(paramSlot(fnKey, i));
      if (runtime && inner.type !== 'nil' && needsValue(cx, value.type)) value = nonNil(value);
      return spread && i === argNodes.length - 1 ? ts`...${value.code}` : value.code;
    }),
    ', ',
  );
}

/** A pointer or an interface (not an error, which the runtime takes nil or not). */
function needsValue(cx: GoContext, type: GoType): boolean {
  const kind = resolve(type, cx.decls).kind;
  return kind === 'pointer' || (kind === 'interface' && !(type.kind === 'interface' && type.name === 'error'));
}

/** `f(g())` where g returns several results: they become f's arguments. */
export function tupleArgument(cx: GoContext, argNodes: Node[]): Code | null {
  if (argNodes.length !== 1 || argNodes[0]!.type !== 'call_expression') return null;
  const fnNode = field(argNodes[0]!, 'function');
  const results = fnNode?.type === 'identifier' ? cx.decls.functions.get(fnNode.text)?.results : null;
  if (!results || results.length < 2 || cx.isShadowed(fnNode!.text)) return null;
  return ts`...${cx.expr(argNodes[0]!).code}`;
}
