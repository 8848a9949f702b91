// Call arguments: each a value of its parameter's type (struct values copy, a rune into `...any`
// boxed), a final `xs...` spread, and a call returning several results spread into the arguments:
//   f(p, xs...)   -> f(p.clone(), ...xs)        f(g()) -> f(...g())
import { join, ts, type Code } from '../emit/code.js';
import { field, kids, type Node } from '../syntax.js';
import type { GoContext } from './context.js';
import { UNKNOWN, type GoType } from './types.js';

export function callArguments(
  cx: GoContext,
  argNodes: Node[],
  params: GoType[],
  spread: boolean,
  variadic = false,
): Code {
  const tuple = tupleArgument(cx, argNodes);
  if (tuple) return tuple;
  // `f(a, b, c)` for `func f(xs ...any)`: each of b and c is an element of the last parameter's slice.
  const last = params.length - 1;
  const rest = variadic && !spread && params[last]?.kind === 'slice' ? params[last].elem : null;
  return join(
    argNodes.map((a, i) => {
      const code = cx.value(spreadOperand(a), rest && i >= last ? rest : (params[i] ?? UNKNOWN));
      return spread && i === argNodes.length - 1 ? ts`...${code}` : code;
    }),
    ', ',
  );
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
