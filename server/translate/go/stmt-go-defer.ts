// go and defer:
//   go worker(ch, 1)      -> go(worker, ch, 1);        (starts later, never synchronously)
//   go func() { ... }()   -> go(async () => { ... });
//   defer mu.Unlock()     -> deferred.push(() => mu.unlock());   (arguments that cannot change:
//                            the call as a closure)
//   defer f(x)            -> deferred.push(f, x);      (x may change: evaluated now, as Go does)
//   defer func() { ... }() -> deferred.push(() => { ... });
//   defer f()()           -> deferred.push(f());       (the callee is evaluated now too)
//   defer println(x)      -> deferred.push(fmt.eprintln, x);
//   defer cleanup()       -> deferred.push(cleanup, deferred);  (cleanup calls recover(): see functions.ts)
// `deferred` is the function's DeferStack, which functions.ts sets up.
import { join, ts, type Code } from '../emit/code.js';
import { field, kids, type Node } from '../syntax.js';
import { deferStackName, type GoContext } from './context.js';
import { builtinPrintArguments, builtinPrinter } from './expr-call-builtin.js';
import { calleeKey, funcLiteral } from './functions.js';
import { findMethod } from './methods.js';
import { paramSlot } from './nil-slots.js';
import { storeNil } from './values.js';
import { UNKNOWN } from './types.js';

export function goStatement(cx: GoContext, node: Node): Code {
  cx.use('go');
  const call = kids(node)[0]!;
  const fnNode = call.type === 'call_expression' ? field(call, 'function')! : call;
  const args = kids(field(call, 'arguments'));
  const literal = fnNode.type === 'func_literal' ? funcLiteral(cx, fnNode) : null;
  const fn = literal ?? cx.expr(fnNode);
  // Each argument as its parameter takes it (a struct copied, a value put in an interface).
  const params = fn.type.kind === 'func' && !fn.type.variadic ? fn.type.params : [];
  const key = calleeKey(cx, fnNode) ?? methodKey(cx, fnNode);
  const argCodes = args.map((a, i) => {
    const value = cx.placed(a, params[i] ?? UNKNOWN);
    // The function's parameter admits null where an argument may be nil (nil-slots.ts).
    if (value.maybeNil && key !== null) storeNil(cx, paramSlot(key, i), value.type);
    return value.code;
  });
  return ts`go(${join([fn.code, ...argCodes], ', ')});`;
}

/** An argument of a deferred call, evaluated now; the function's parameter admits null where it may be nil (nil-slots.ts). */
function passed(cx: GoContext, arg: Node, key: string | null, i: number): Code {
  const value = cx.expr(arg);
  if (value.maybeNil && key !== null) storeNil(cx, paramSlot(key, i), value.type);
  return value.code;
}

/** `go s.run(x)`: the key of the program's method that the callee names, or null. */
function methodKey(cx: GoContext, callee: Node): string | null {
  if (callee.type !== 'selector_expression' || cx.isPackage(field(callee, 'operand')!)) return null;
  const operand = field(callee, 'operand')!;
  const type = operand.type === 'identifier' ? cx.scope.lookup(operand.text)?.type : undefined;
  const found = type ? findMethod(cx.decls, type, field(callee, 'field')!.text) : null;
  return found?.kind === 'declared' ? `${found.method.receiverType}.${found.method.name}` : null;
}

export function deferStatement(cx: GoContext, node: Node): Code {
  if (!cx.fn) return cx.unsupportedStatement(node, 'defer outside a function');
  cx.fn.deferred = true;
  const stack = deferStackName(cx.fn);
  const call = kids(node)[0]!;
  const fnNode = field(call, 'function');
  const args = kids(field(call, 'arguments'));
  if (fnNode?.type === 'func_literal' && args.length === 0) {
    return ts`${stack}.push(${funcLiteral(cx, fnNode).code});`;
  }
  if (fnNode && handsOverStack(cx, fnNode)) {
    const argCodes = args.map((a, i) => passed(cx, a, fnNode.text, i));
    return ts`${stack}.push(${join([cx.expr(fnNode).code, ...argCodes, ts`${stack}`], ', ')});`;
  }
  const reassigned = cx.fn.reassigned;
  if (!fnNode || (isStableCallee(fnNode, reassigned) && args.every((a) => isStableArgument(a, reassigned)))) {
    const callCode = cx.expr(call).code;
    const text = callCode.toString();
    // An arrow's body starting with `{` would be a block: `pkg.T{}.Close()`.
    const body = text.startsWith('{') ? ts`(${callCode})` : callCode;
    return ts`${stack}.push(${text.includes('await ') ? 'async ' : ''}() => ${body});`;
  }
  const printer = builtinPrinterName(cx, fnNode);
  const target = printer ? builtinPrinter(cx, printer) : cx.expr(fnNode).code;
  const key = printer ? null : (calleeKey(cx, fnNode) ?? methodKey(cx, fnNode));
  const argCodes = printer ? builtinPrintArguments(cx, args) : args.map((a, i) => passed(cx, a, key, i));
  return ts`${stack}.push(${join([target, ...argCodes], ', ')});`;
}

/** `defer cleanup()` of a package-level function that calls recover() (functions.ts, takesRecoverer). */
function handsOverStack(cx: GoContext, callee: Node): boolean {
  if (callee.type !== 'identifier' || !cx.facts.recovering.has(callee.text)) return false;
  const binding = cx.scope.lookup(callee.text);
  const sig = cx.decls.functions.get(callee.text);
  return (
    binding !== null && cx.functionKeyOf(callee.text, binding) !== null && !!sig && !sig.params.some((p) => p.variadic)
  );
}

/** `print` or `println` when the callee is Go's builtin of that name. */
function builtinPrinterName(cx: GoContext, callee: Node): 'print' | 'println' | null {
  const name = callee.text;
  return (name === 'print' || name === 'println') && callee.type === 'identifier' && cx.scope.lookup(name) === null
    ? name
    : null;
}

/** A callee whose value cannot change before a deferred call runs: a never-reassigned name, a method of one, a function literal (`defer f()()` evaluates `f()` at once). */
function isStableCallee(node: Node, reassigned: ReadonlySet<string>): boolean {
  if (node.type === 'func_literal') return true;
  if (node.type === 'identifier') return !reassigned.has(node.text);
  const operand = node.type === 'selector_expression' ? field(node, 'operand') : null;
  return operand !== null && isStableCallee(operand, reassigned);
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
