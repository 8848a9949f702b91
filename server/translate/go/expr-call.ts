// Calls, by what is called:
//   f(a, b)            -> await f(a, b)        (`await` once it is known that f is async)
//   fn(a) (a value)    -> await fn(a)
//   f(g()) (g: tuple)  -> f(...g())
//   make/len/append... -> expr-call-builtin.ts     int(x), []byte(s), T(x) -> expr-conversion.ts
//   pkg.F(x)           -> expr-call-package.ts     x.M(a) -> expr-call-method.ts
import { join, ts, typeOnly, type Code } from '../emit/code.js';
import { field, kids, operatorOf, type Node } from '../syntax.js';
import { callArguments } from './call-arguments.js';
import { builtinCall } from './expr-call-builtin.js';
import { literalKey, type GoContext, type Typed } from './context.js';
import { conversion } from './expr-conversion.js';
import { parseType } from './declarations.js';
import { methodCall } from './expr-call-method.js';
import { explicitTypeArguments, genericInstance, wrappedResult, zeroArguments } from './generics.js';
import { arrowOperand } from './functions.js';
import { packageCall } from './expr-call-package.js';
import { calleeKey, resultsMayBeNil } from './functions.js';
import { ANY, BASIC_NAMES, ERROR, resolve, tupleOf, UNKNOWN, type GoType } from './types.js';
import { nilableType, nonNil } from './values.js';

const TYPE_NODES = new Set(['slice_type', 'array_type', 'map_type', 'channel_type', 'pointer_type']);

/** `(*T)` before a call's arguments, which the tree reads as an expression: the type *T, or null. */
function parenthesizedPointerType(cx: GoContext, fnNode: Node): GoType | null {
  if (fnNode.type !== 'parenthesized_expression') return null;
  const inner = kids(fnNode)[0];
  if (inner?.type !== 'unary_expression' || operatorOf(inner) !== '*') return null;
  const operand = field(inner, 'operand')!;
  if (operand.type !== 'identifier' || cx.scope.lookup(operand.text) || !cx.decls.types.has(operand.text)) return null;
  return { kind: 'pointer', elem: { kind: 'named', name: operand.text } };
}

export function call(cx: GoContext, node: Node): Typed {
  const callee = field(node, 'function')!;
  return callOf(cx, node, withoutTypeArguments(cx, callee), kids(field(node, 'arguments')), callee);
}

/**
 * A call of `fnNode` with `argNodes`; `node` is the whole call (for `f[int](x)` the tree has a
 * conversion), `callee` the callee as written (with its type arguments).
 */
export function callOf(cx: GoContext, node: Node, fnNode: Node, argNodes: Node[], callee = fnNode): Typed {
  const spread = argNodes.some((a) => a.type === 'variadic_argument') || node.text.trimEnd().endsWith('...)');
  if (fnNode.type === 'identifier' && cx.scope.lookup(fnNode.text) === null) {
    const builtin = builtinCall(cx, fnNode.text, argNodes, node);
    if (builtin) return builtin;
    if (BASIC_NAMES.has(fnNode.text) && argNodes.length === 1)
      return conversion(cx, basicType(fnNode.text), argNodes[0]!);
    if ((fnNode.text === 'any' || fnNode.text === 'error') && argNodes.length === 1)
      return conversion(cx, fnNode.text === 'any' ? ANY : ERROR, argNodes[0]!);
    if (cx.decls.types.has(fnNode.text) && argNodes.length === 1)
      return conversion(cx, { kind: 'named', name: fnNode.text }, argNodes[0]!);
  }
  if (TYPE_NODES.has(fnNode.type) && argNodes.length === 1) return conversion(cx, parseType(fnNode), argNodes[0]!);
  const pointerType = parenthesizedPointerType(cx, fnNode);
  if (pointerType && argNodes.length === 1) return conversion(cx, pointerType, argNodes[0]!);
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
  const resolved = resolve(fn.type, cx.decls);
  const sig = resolved.kind === 'func' ? resolved : null;
  const decl = isFunctionName(fnNode) && !cx.isShadowed(fnNode.text) ? cx.decls.functions.get(fnNode.text) : undefined;
  const instance = decl ? genericInstance(cx, decl, explicitTypeArguments(node, callee), argNodes) : null;
  // The program's function, by its key: its parameters and results admit null where nil goes (nil-slots.ts).
  const key = calleeKey(cx, fnNode);
  const last = decl?.params.at(-1);
  const variadic = decl ? (last?.variadic ? last.type : null) : sig?.variadic ? (sig.params.at(-1) ?? null) : null;
  const held = fnNode.type === 'identifier' && !decl ? cx.scope.lookup(fnNode.text) : null;
  const given = callArguments(cx, argNodes, instance?.params ?? sig?.params ?? [], spread, {
    fnKey: key,
    variadic,
    variableSlot: held?.slot && resolve(held.type, cx.decls).kind === 'func' ? held.slot : null,
  });
  // A generic function that needs a type parameter's zero value takes it first (generics.ts).
  const zeros = decl && key ? zeroArguments(cx, key, decl, instance) : [];
  const args = zeros.length === 0 ? given : given.isEmpty ? join(zeros, ', ') : ts`${join(zeros, ', ')}, ${given}`;
  const results = instance?.results ?? sig?.results ?? resultsOfNamed(cx, fnNode);
  const type =
    results.length === 0 ? UNKNOWN : results.length === 1 ? results[0]! : { kind: 'tuple' as const, items: results };
  const typeArguments = typeOnly(instance?.typeArguments ?? '');
  // Go panics calling a nil function: `f!()` (values.ts).
  const callee_ = decl ? fn : nonNil(fn);
  const code = ts`${callAwait(cx, fnNode, fn.type)}${arrowOperand(fnNode, callee_.code)}${typeArguments}(${args})`;
  // Through a function value, any result that can be nil may be.
  const nils = key ? resultsMayBeNil(cx, key, results) : results.map((r) => nilableType(cx, r));
  return {
    code: decl && instance ? wrappedResult(cx, decl, instance, code) : code,
    type,
    maybeNil: nils.length === 1 && nils[0],
    itemsMaybeNil: nils,
    looseType: instance !== null && instance.typeArguments === '',
  };
}

function resultsOfNamed(cx: GoContext, fnNode: Node): GoType[] {
  if (isFunctionName(fnNode)) return cx.decls.functions.get(fnNode.text)?.results.map((r) => r.type) ?? [];
  return [];
}

/** `await ` before a call: decided later for the program's own functions and for function values (from the functions used as values). */
function callAwait(cx: GoContext, fnNode: Node, type: GoType): Code | string {
  if (isFunctionName(fnNode)) {
    const decl = cx.decls.functions.get(fnNode.text);
    if (decl && cx.scope.lookup(fnNode.text)?.type.kind === 'func' && !cx.isShadowed(fnNode.text))
      return cx.awaitIf([fnNode.text]);
  }
  if (fnNode.type === 'func_literal') return cx.awaitIf([literalKey(fnNode)]);
  return cx.awaitFunctionValue(type);
}

function basicType(name: string): GoType {
  return { kind: 'basic', name: name === 'uint8' ? 'byte' : name === 'int32' ? 'rune' : name };
}

/** A name that may call a function: `f`, or `f` in an explicit instantiation `f[int]` (which the tree reads as a type). */
function isFunctionName(node: Node): boolean {
  return node.type === 'identifier' || node.type === 'type_identifier';
}

/** `f[int]` or `f[K, V]` naming a generic function the program declares: `f` (TypeScript infers the types); any other callee as it is. */
export function withoutTypeArguments(cx: GoContext, fnNode: Node): Node {
  if (fnNode.type !== 'index_expression' && fnNode.type !== 'generic_type') return fnNode;
  const name = field(fnNode, 'operand') ?? field(fnNode, 'type');
  return name && isFunctionName(name) && cx.decls.functions.has(name.text) && !cx.isShadowed(name.text) ? name : fnNode;
}

/**
 * `replicas[i](query)`: Go's grammar reads one argument after `name[x]` as a conversion to a
 * generic type; when `name` and `x` are variables it is a call of a slice's or map's element.
 * Null when it is not.
 */
export function callOfIndexedValue(cx: GoContext, typeNode: Node, argNode: Node): Typed | null {
  const name = field(typeNode, 'type');
  const typeArgs = kids(kids(typeNode).find((k) => k.type === 'type_arguments') ?? null);
  const keyText = typeArgs.length === 1 ? typeArgs[0]!.text : null;
  const base = name && name.type === 'type_identifier' ? cx.scope.lookup(name.text) : null;
  const key = keyText && /^[\p{L}_][\p{L}\p{N}_]*$/u.test(keyText) ? cx.scope.lookup(keyText) : null;
  if (!base || !key) return null;
  const container = resolve(base.type, cx.decls);
  const elem =
    container.kind === 'slice' || container.kind === 'array'
      ? container.elem
      : container.kind === 'map'
        ? container.value
        : null;
  if (!elem) return null;
  const sig = resolve(elem, cx.decls);
  const callee = container.kind === 'map' ? ts`${base.tsName}.get(${key.tsName})` : ts`${base.tsName}[${key.tsName}]`;
  const args = callArguments(cx, [argNode], sig.kind === 'func' ? sig.params : [], false);
  const results = sig.kind === 'func' ? sig.results : [];
  return { code: ts`${cx.awaitFunctionValue(elem)}${callee}${typeOnly('!')}(${args})`, type: tupleOf(results) };
}
