// Calls, by what is called:
//   f(a, b)            -> await f(a, b)        (`await` once it is known that f is async)
//   fn(a) (a value)    -> await fn(a)
//   f(g()) (g: tuple)  -> f(...g())
//   make/len/append... -> expr-call-builtin.ts     int(x), []byte(s), T(x) -> expr-conversion.ts
//   pkg.F(x)           -> expr-call-package.ts     x.M(a) -> expr-call-method.ts
import { ts, type Code } from '../emit/code.js';
import { field, kids, type Node } from '../syntax.js';
import { callArguments } from './call-arguments.js';
import { builtinCall } from './expr-call-builtin.js';
import { literalKey, type GoContext, type Typed } from './context.js';
import { conversion } from './expr-conversion.js';
import { parseType } from './declarations.js';
import { methodCall } from './expr-call-method.js';
import { arrowOperand } from './functions.js';
import { packageCall } from './expr-call-package.js';
import { ANY, ERROR, UNKNOWN, type GoType } from './types.js';

const BUILTIN_TYPES = new Set([
  'int',
  'int8',
  'int16',
  'int32',
  'int64',
  'uint',
  'uint8',
  'uint16',
  'uint32',
  'uint64',
  'float32',
  'float64',
  'byte',
  'rune',
  'string',
  'bool',
  'uintptr',
]);

const TYPE_NODES = new Set(['slice_type', 'array_type', 'map_type', 'channel_type', 'pointer_type']);

export function call(cx: GoContext, node: Node): Typed {
  const fnNode = field(node, 'function')!;
  const argNodes = kids(field(node, 'arguments'));
  const spread =
    kids(field(node, 'arguments')).some((a) => a.type === 'variadic_argument') || node.text.trimEnd().endsWith('...)');
  if (fnNode.type === 'identifier' && cx.scope.lookup(fnNode.text) === null) {
    const builtin = builtinCall(cx, fnNode.text, argNodes, node);
    if (builtin) return builtin;
    if (BUILTIN_TYPES.has(fnNode.text) && argNodes.length === 1)
      return conversion(cx, basicType(fnNode.text), argNodes[0]!);
    if ((fnNode.text === 'any' || fnNode.text === 'error') && argNodes.length === 1) {
      return { code: cx.expr(argNodes[0]!).code, type: fnNode.text === 'any' ? ANY : ERROR };
    }
    if (cx.decls.types.has(fnNode.text) && argNodes.length === 1)
      return conversion(cx, { kind: 'named', name: fnNode.text }, argNodes[0]!);
  }
  if (TYPE_NODES.has(fnNode.type) && argNodes.length === 1) return conversion(cx, parseType(fnNode), argNodes[0]!);
  if (fnNode.type === 'selector_expression' && cx.isPackage(field(fnNode, 'operand')!)) {
    return packageCall(
      cx,
      cx.decls.imports.get(field(fnNode, 'operand')!.text)!,
      field(fnNode, 'field')!.text,
      argNodes,
      node,
      spread,
    );
  }
  if (fnNode.type === 'selector_expression') {
    const m = methodCall(cx, fnNode, argNodes, spread);
    if (m) return m;
  }
  const fn = cx.expr(fnNode);
  const sig = fn.type.kind === 'func' ? fn.type : null;
  const args = callArguments(cx, argNodes, sig?.params ?? [], spread);
  const results = sig?.results ?? resultsOfNamed(cx, fnNode);
  const type =
    results.length === 0 ? UNKNOWN : results.length === 1 ? results[0]! : { kind: 'tuple' as const, items: results };
  return { code: ts`${callAwait(cx, fnNode, fn.type)}${arrowOperand(fnNode, fn.code)}(${args})`, type };
}

function resultsOfNamed(cx: GoContext, fnNode: Node): GoType[] {
  if (fnNode.type === 'identifier') return cx.decls.functions.get(fnNode.text)?.results.map((r) => r.type) ?? [];
  return [];
}

/** `await ` before a call: decided later for the program's own functions, always for function values. */
function callAwait(cx: GoContext, fnNode: Node, type: GoType): Code | string {
  if (fnNode.type === 'identifier') {
    const decl = cx.decls.functions.get(fnNode.text);
    if (decl && cx.scope.lookup(fnNode.text)?.type.kind === 'func' && !cx.isShadowed(fnNode.text))
      return cx.awaitIf([fnNode.text]);
  }
  if (fnNode.type === 'func_literal') return cx.awaitIf([literalKey(fnNode)]);
  return type.kind === 'func' || type.kind === 'unknown' ? cx.await() : '';
}

function basicType(name: string): GoType {
  return { kind: 'basic', name: name === 'uint8' ? 'byte' : name === 'int32' ? 'rune' : name };
}
