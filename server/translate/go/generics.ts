// Calls of generic functions: their type arguments, as Go gives or infers them, written out
// for TypeScript (which cannot infer through a callback's result), and the result types:
//   Map[int, string](xs, f)              -> Map_<number, string>(xs, f)
//   Map(nums, func(n int) int { ... })   -> Map_<number, number>(nums, (n: number): number => { ... })
import { ts, type Code } from '../emit/code.js';
import { field, kids, type Node } from '../syntax.js';
import type { GoContext } from './context.js';
import { parseType, signatureOf, typeNamed, type FuncDecl } from './declarations.js';
import { sizedInteger, wrapInteger } from './expr-operators.js';
import { methodExpression } from './expr-selector.js';
import { packageFunctionResult, runtimePackage } from './stdlib.js';
import { packageFunctionParams } from './stdlib-params.js';
import { FLOAT64, instantiate, INT, resolve, STRING, tsTypeOrNull, UNKNOWN, zeroValue, type GoType } from './types.js';

export interface Instance {
  /** `<number, string>`, or '' when some type argument is unknown (TypeScript infers then). */
  typeArguments: string;
  params: GoType[];
  results: GoType[];
  /** The type arguments, by type parameter (an unknown one UNKNOWN). */
  bound: ReadonlyMap<string, GoType>;
}

/** The instance of a generic function that a call uses; null for a function that is not generic. */
export function genericInstance(
  cx: GoContext,
  decl: FuncDecl,
  explicit: GoType[],
  argNodes: Node[],
  depth = 0,
): Instance | null {
  const names = kids(field(decl.node, 'type_parameters')).flatMap((d) =>
    kids(d).filter((n) => n.type === 'identifier'),
  );
  if (names.length === 0) return null;
  const parameters = new Set(names.map((n) => n.text));
  const bound = new Map<string, GoType>();
  names.forEach((n, i) => explicit[i] && bound.set(n.text, explicit[i]));
  argNodes.forEach((a, i) => {
    const p = decl.params[Math.min(i, decl.params.length - 1)];
    const type = p?.variadic && p.type.kind === 'slice' ? p.type.elem : p?.type;
    if (type) unify(cx, type, staticType(cx, a, depth), parameters, bound);
  });
  const written = names.filter((n) => !cx.decls.isErasedTypeParameter(n.text));
  const known = written.every((n) => bound.has(n.text));
  const typeArguments =
    known && written.length > 0 ? `<${written.map((n) => tsTypeOrNull(bound.get(n.text)!, cx.decls)).join(', ')}>` : '';
  // A parameter left unbound is unknown here: the caller's own type parameter of that name is another.
  for (const n of names) if (!bound.has(n.text)) bound.set(n.text, UNKNOWN);
  return {
    typeArguments,
    bound,
    params: decl.params.map((p) => instantiate(p.type, bound)),
    results: decl.results.map((r) => instantiate(r.type, bound)),
  };
}

/**
 * The zero values a generic function takes first, as factories, for the type parameters whose
 * zero value its body needs (`Zero<string>(() => '')`: declarations.ts, `takesZero`).
 */
export function zeroArguments(cx: GoContext, key: string, decl: FuncDecl, instance: Instance | null): Code[] {
  return cx.decls
    .typeParameterNames(decl.node)
    .filter((p) => cx.decls.takesZero(key, p))
    .map((p) => {
      const zero = zeroValue(instance?.bound.get(p) ?? UNKNOWN, cx.decls);
      return ts`() => ${zero.startsWith('{') ? `(${zero})` : zero}`;
    });
}

/**
 * A generic function computes a type parameter's values as plain numbers: its result, for an
 * instance with a sized integer (`Sum[int8]`), wraps around to that size on return (exact
 * for +, - and *, whose results wrap alike at every step or once at the end).
 */
export function wrappedResult(cx: GoContext, decl: FuncDecl, instance: Instance, call: Code): Code {
  const declared = decl.results.length === 1 ? decl.results[0]!.type : null;
  const size = instance.results.length === 1 ? sizedInteger(cx, instance.results[0]!) : null;
  if (!size || declared?.kind !== 'named' || !cx.decls.isTypeParameterOf(decl.node, declared.name)) return call;
  return wrapInteger({ code: call }, size).code;
}

/** Binds the type parameters in `parameter` to what `argument` has in their place. */
function unify(cx: GoContext, parameter: GoType, argument: GoType, names: Set<string>, bound: Map<string, GoType>) {
  if (argument.kind === 'unknown') return;
  if (parameter.kind === 'named' && names.has(parameter.name)) {
    if (!bound.has(parameter.name) && argument.kind !== 'untyped') bound.set(parameter.name, argument);
    return;
  }
  const pairs: [GoType, GoType][] = [];
  // `iter.Seq[T]` given an `iter.Seq[int]`, `Box[T]` given a `Box[string]`: T is the argument's.
  if (parameter.kind === 'named' && argument.kind === 'named' && parameter.name === argument.name)
    parameter.args?.forEach((p, i) => argument.args?.[i] && pairs.push([p, argument.args[i]]));
  const a = resolve(argument, cx.decls);
  if ((parameter.kind === 'slice' || parameter.kind === 'array') && (a.kind === 'slice' || a.kind === 'array'))
    pairs.push([parameter.elem, a.elem]);
  else if ((parameter.kind === 'chan' && a.kind === 'chan') || (parameter.kind === 'pointer' && a.kind === 'pointer'))
    pairs.push([parameter.elem, a.elem]);
  else if (parameter.kind === 'map' && a.kind === 'map') pairs.push([parameter.key, a.key], [parameter.value, a.value]);
  else if (parameter.kind === 'func' && a.kind === 'func') {
    parameter.params.forEach((p, i) => a.params[i] && pairs.push([p, a.params[i]]));
    parameter.results.forEach((r, i) => a.results[i] && pairs.push([r, a.results[i]]));
  }
  for (const [p, x] of pairs) unify(cx, p, x, names, bound);
}

/**
 * The type of an argument where its form says it (a variable, a literal, a function literal, a
 * call of the program's functions, a method expression), without translating it.
 */
function staticType(cx: GoContext, node: Node, depth = 0): GoType {
  if (depth > 8) return UNKNOWN;
  switch (node.type) {
    case 'parenthesized_expression':
      return staticType(cx, kids(node)[0]!, depth + 1);
    case 'call_expression': {
      const callee = field(node, 'function');
      const name = callee && (callee.type === 'index_expression' ? field(callee, 'operand') : callee);
      if (!callee || name?.type !== 'identifier' || cx.scope.lookup(name.text)?.type.kind !== 'func') return UNKNOWN;
      const decl = cx.isShadowed(name.text) ? undefined : cx.decls.functions.get(name.text);
      if (!decl) return UNKNOWN;
      const args = kids(field(node, 'arguments'));
      const instance = genericInstance(cx, decl, explicitTypeArguments(node, callee), args, depth + 1);
      const results = instance?.results ?? decl.results.map((r) => r.type);
      return results.length === 1 ? results[0]! : UNKNOWN;
    }
    case 'selector_expression': {
      const operand = field(node, 'operand');
      const name = field(node, 'field')?.text;
      if (!operand || !name) return UNKNOWN;
      // A library function (`strings.ToUpper`) as a value: its signature, where the translator knows its result.
      const pkg = cx.isPackage(operand) ? runtimePackage(cx.decls.imports.get(operand.text)!) : null;
      const result = pkg ? packageFunctionResult(pkg, name) : null;
      if (pkg && result)
        return { kind: 'func', params: packageFunctionParams(pkg, name), results: [result], variadic: false };
      return methodExpression(cx, operand, name)?.type ?? UNKNOWN;
    }
    case 'identifier': {
      // A variable TypeScript types by a generic call it inferred itself may know less: no type argument from it.
      const b = cx.scope.lookup(node.text);
      return b && !b.looseType ? b.type : UNKNOWN;
    }
    case 'int_literal':
      return INT;
    case 'float_literal':
      return FLOAT64;
    case 'interpreted_string_literal':
    case 'raw_string_literal':
      return STRING;
    case 'composite_literal': {
      const type = field(node, 'type');
      return type ? parseType(type) : UNKNOWN;
    }
    case 'func_literal': {
      const sig = signatureOf(node);
      return {
        kind: 'func',
        params: sig.params.map((p) => p.type),
        results: sig.results.map((r) => r.type),
        variadic: false,
      };
    }
    default:
      return UNKNOWN;
  }
}

/** `f[int](x)` or `f[K, V](x)`: the type arguments written, on the call or its callee (none for a plain call). */
export function explicitTypeArguments(call: Node, callee: Node): GoType[] {
  const list =
    field(call, 'type_arguments') ?? (callee.type === 'generic_type' ? field(callee, 'type_arguments') : null);
  if (list) return kids(list).map((e) => typeOf(kids(e)[0]));
  if (callee.type === 'index_expression') return [typeOf(field(callee, 'index'))];
  return [];
}

/** A type written where the tree reads an expression (`f[int]`: `int` is an identifier there). */
function typeOf(node: Node | null | undefined): GoType {
  if (!node) return UNKNOWN;
  return node.type === 'identifier' ? typeNamed(node.text) : parseType(node);
}
