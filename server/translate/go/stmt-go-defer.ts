// go and defer:
//   go worker(ch, 1)      -> go(worker, ch, 1);        (starts later, never synchronously)
//   go func() { ... }()   -> go(async () => { ... });
//   defer mu.Unlock()     -> deferred.push(() => mu.unlock());   (arguments that cannot change:
//                            the call as a closure)
//   defer f(x)            -> deferred.push(f, x);      (x may change: evaluated now, as Go does)
//   defer func() { ... }() -> deferred.push(() => { ... });
// `deferred` is the function's DeferStack, which functions.ts sets up.
import { join, ts, type Code } from '../emit/code.js';
import { field, kids, type Node } from '../syntax.js';
import type { GoContext } from './context.js';
import { funcLiteral } from './functions.js';

export function goStatement(cx: GoContext, node: Node): Code {
  cx.use('go');
  const call = kids(node)[0]!;
  const fnNode = call.type === 'call_expression' ? field(call, 'function')! : call;
  const args = kids(field(call, 'arguments'));
  const literal = fnNode.type === 'func_literal' ? funcLiteral(cx, fnNode) : null;
  const argCodes = args.map((a) => cx.expr(a).code);
  const fn = literal ?? cx.expr(fnNode);
  return ts`go(${join([fn.code, ...argCodes], ', ')});`;
}

export function deferStatement(cx: GoContext, node: Node): Code {
  if (!cx.fn) return cx.unsupportedStatement(node, 'defer outside a function');
  cx.fn.deferred = true;
  const call = kids(node)[0]!;
  const fnNode = field(call, 'function');
  if (fnNode?.type === 'func_literal' && kids(field(call, 'arguments')).length === 0) {
    return ts`deferred.push(${funcLiteral(cx, fnNode).code});`;
  }
  const args = kids(field(call, 'arguments'));
  const stable = args.every((a) => isStableArgument(a, cx.fn!.reassigned));
  if (stable) {
    const callCode = cx.expr(call).code;
    const text = callCode.toString();
    // An arrow's body starting with `{` would be a block: `pkg.T{}.Close()`.
    const body = text.startsWith('{') ? ts`(${callCode})` : callCode;
    return ts`deferred.push(${text.includes('await ') ? 'async ' : ''}() => ${body});`;
  }
  const argCodes = args.map((a) => cx.expr(a).code);
  const target = cx.expr(fnNode!);
  return ts`deferred.push(${join([target.code, ...argCodes], ', ')});`;
}

/** An argument whose value cannot change before a deferred call runs: a literal or a never-reassigned name. */
function isStableArgument(node: Node, reassigned: ReadonlySet<string>): boolean {
  if (
    [
      'int_literal',
      'float_literal',
      'interpreted_string_literal',
      'raw_string_literal',
      'rune_literal',
      'true',
      'false',
      'nil',
    ].includes(node.type)
  )
    return true;
  return node.type === 'identifier' && !reassigned.has(node.text);
}
