// Selectors `x.Name`:
//   pkg.Name        -> pkg.name            (a runtime package member, camelCase; another package's: unsupported)
//   s.Field         -> s.Field             (promoted through embedded fields: s.Inner.Field)
//   timer.C         -> timer.c             (fields of runtime types are camelCase)
//   f := c.Inc      -> const f = c.inc.bind(c)   (a method value keeps its receiver)
//   f := c.Report   -> const f = Counter.prototype.report.bind(c.clone())   (a copy of a value receiver)
//   f := t.String   -> const f = celsiusString.bind(null, t)   (a named non-struct type's method)
//   f := r.Replace  -> const f = r.replace.bind(r)   (a runtime type's method)
//   time.Duration(90).String() -> (90).string()
import { ifAsync, ts, typeOnly, type Code } from '../emit/code.js';
import { field, kids, operatorOf, type Node } from '../syntax.js';
import type { GoContext, Typed } from './context.js';
import { methodName, parseType, typeNamed } from './declarations.js';
import { arrowOperand, isCallee } from './functions.js';
import { knownNotNil } from './narrowing.js';
import { findMethod, methodFunctionName, pathCode, type MethodTarget } from './methods.js';
import { propertyName, typeName as tsTypeName } from './names.js';
import { isRuntimeClass, runtimeHasMember, runtimeTypeHasMethod } from './runtime-members.js';
import { camelCase, packageMemberName, packageValueType, runtimeFieldType, runtimePackage } from './stdlib.js';
import { fieldName, derefType, namedOf, pointsToVariable, resolve, tsType, UNKNOWN, type GoType } from './types.js';
import { nilableType, nonNil, pointerToVariable } from './values.js';

export function selector(cx: GoContext, node: Node): Typed {
  const operandNode = field(node, 'operand')!;
  const name = field(node, 'field')!.text;
  if (cx.isPackage(operandNode)) {
    const path = cx.decls.imports.get(operandNode.text)!;
    const pkg = runtimePackage(path);
    const member = pkg === null ? '' : packageMemberName(pkg, name);
    if (pkg === null || !runtimeHasMember(pkg, member))
      return { code: cx.unsupported(node, `${path}.${name}`), type: UNKNOWN };
    cx.use(pkg);
    const type = packageValueType(pkg, name) ?? UNKNOWN;
    return { code: ts`${pkg}.${member}`, type };
  }
  const expression = methodExpression(cx, operandNode, name);
  if (expression) return expression;
  // Go panics reaching through a nil pointer (or interface): `p!.x` (values.ts).
  const operand = nonNil(memberBase(operandNode, cx.expr(operandNode)));
  const base = resolve(derefType(operand.type), cx.decls);
  const typeName = namedOf(operand.type);
  if (typeName && typeName.includes('.')) {
    const fieldType = runtimeFieldType(typeName, name);
    const member = ts`${operand.code}.${propertyName(camelCase(name))}`;
    const method = isRuntimeClass(typeName) && runtimeTypeHasMethod(typeName, camelCase(name));
    if (fieldType === null && method && !isCallee(node))
      return { code: ts`${member}.bind(${operand.code})`, type: UNKNOWN };
    return { code: member, type: fieldType ?? UNKNOWN };
  }
  if (base.kind === 'struct') {
    const path = fieldPath(cx, base, name);
    // A field starts as its zero value: a pointer, map, channel... field may be nil.
    if (path)
      return {
        code: ts`${operand.code}${pathCode(path.access)}`,
        type: path.type,
        maybeNil: nilableType(cx, path.type) && !knownNotNil(cx, node, path.type),
        narrowed: knownNotNil(cx, node, path.type),
      };
  }
  const found = findMethod(cx.decls, operand.type, name);
  if (found?.kind === 'runtime') {
    const receiver = ts`${operand.code}${pathCode(found.path)}`;
    return { code: ts`${receiver}.${propertyName(camelCase(name))}.bind(${receiver})`, type: UNKNOWN };
  }
  if (found?.kind === 'declared') {
    const m = found.method;
    const receiver = ts`${operand.code}${pathCode(found.path)}`;
    const type: GoType = {
      kind: 'func',
      params: m.params.map((p) => p.type),
      results: m.results.map((r) => r.type),
      variadic: false,
    };
    if (!isCallee(node)) cx.noteFunctionValue(`${m.receiverType}.${name}`, type);
    if (!cx.decls.isStruct(m.receiverType)) {
      const fn = methodFunctionName(cx.decls, m.receiverType, m.name);
      return { code: ts`${fn}.bind(null, ${nonStructReceiver(cx, operandNode, operand, found)})`, type };
    }
    const method = methodName(name);
    // A value receiver is copied when the method value is made: later changes do not show.
    if (!m.pointerReceiver && !isCallee(node))
      return { code: ts`${tsTypeName(m.receiverType)}.prototype.${method}.bind(${receiver}.clone())`, type };
    return { code: ts`${receiver}.${method}.bind(${receiver})`, type };
  }
  if (cx.decls.methodNames.has(name)) {
    if (!isCallee(node))
      for (const [t, methods] of cx.decls.methods) if (methods.has(name)) cx.noteFunctionValue(`${t}.${name}`, UNKNOWN);
    return { code: ts`${operand.code}.${methodName(name)}.bind(${operand.code})`, type: UNKNOWN };
  }
  return { code: ts`${operand.code}.${fieldName(cx.decls, name)}`, type: UNKNOWN };
}

/** Operators whose translation binds looser than `.member` (`await ch.recv()`, `-x`); `*p` and `&x` are `p` and `x`. */
const LOOSE_UNARY = new Set(['<-', '-', '+', '!', '^']);

/**
 * An operand before `.member`, in parentheses where JavaScript would read it otherwise: an
 * operator's result (`len(<-ch)` -> `(await ch.recv()).length`), a whole number (`90.` would
 * be a number), a function literal.
 */
export function memberBase(node: Node, operand: Typed): Typed {
  const loose =
    node.type === 'binary_expression' || (node.type === 'unary_expression' && LOOSE_UNARY.has(operatorOf(node)));
  if (loose || /^\d+$/.test(operand.code.toString())) return { ...operand, code: ts`(${operand.code})` };
  const awaited = leadingAwait(operand.code);
  if (awaited === 'always') return { ...operand, code: ts`(${operand.code})` };
  // `newBox().Get()` where newBox may turn out async: `(await newBox()).get()`.
  if (awaited) return { ...operand, code: ts`${ifAsync(awaited, '(')}${operand.code}${ifAsync(awaited, ')')}` };
  return { ...operand, code: arrowOperand(node, operand.code) };
}

/** Whether code starts with `await`: always, when some functions turn out async (their keys), or not. */
function leadingAwait(code: Code): 'always' | readonly string[] | null {
  let found: 'always' | readonly string[] | null = null;
  let decided = false;
  code.forEachPart((part) => {
    if (decided) return;
    if (typeof part === 'string') {
      if (part === '') return;
      found = part.startsWith('await ') ? 'always' : null;
      decided = true;
    } else if ('ifAsync' in part && !part.inTypesOnly) {
      found = part.text.startsWith('await') && part.otherwise === '' ? part.ifAsync : null;
      decided = true;
    } else if ('typeOnly' in part || 'jsOnly' in part) decided = true;
  });
  return found;
}

/** `x.Name` where Name may be promoted from an embedded field. */
function fieldPath(
  cx: GoContext,
  struct: Extract<GoType, { kind: 'struct' }>,
  name: string,
  depth = 0,
): { access: string; type: GoType } | null {
  const direct = struct.fields.find((f) => f.name === name);
  if (direct) return { access: `.${fieldName(cx.decls, name)}`, type: direct.type };
  if (depth > 4) return null;
  for (const f of struct.fields.filter((f) => f.embedded)) {
    const inner = resolve(derefType(f.type), cx.decls);
    if (inner.kind === 'struct') {
      const found = fieldPath(cx, inner, name, depth + 1);
      // Through an embedded *T, which may be nil: `!` (pathCode).
      const bang = f.type.kind === 'pointer' ? '!' : '';
      if (found) return { access: `.${fieldName(cx.decls, f.name)}${bang}${found.access}`, type: found.type };
    }
  }
  return null;
}

/**
 * The receiver argument of a non-struct type's method: its value, or for a pointer method
 * (`func (c *counter) inc()`) a `Ptr` to the variable, which Go takes implicitly (`c.inc()`).
 */
export function nonStructReceiver(
  cx: GoContext,
  operandNode: Node,
  operand: Typed,
  found: Extract<MethodTarget, { kind: 'declared' }>,
): Code {
  const named = { kind: 'named' as const, name: found.method.receiverType };
  const throughPointer = found.path === '' && operand.type.kind === 'pointer';
  const value = found.path === '' ? operand.code : ts`${memberBase(operandNode, operand).code}${pathCode(found.path)}`;
  if (!pointsToVariable(named, cx.decls)) return value;
  if (found.method.pointerReceiver) return throughPointer ? value : pointerToVariable(cx, value);
  return throughPointer ? ts`${value}.value` : value;
}

/** The type arguments of `Pair[string, int]` or `Box[int]` written as an operand; null for another operand. */
function instanceArguments(node: Node): GoType[] | null {
  if (node.type === 'type_instantiation_expression') return kids(node).slice(1).map(parseType);
  if (node.type === 'index_expression') return [typeNamed(field(node, 'index')!.text)];
  return null;
}

/**
 * A method expression `T.Method` or `(*T).Method`: a function taking the receiver first.
 * A struct's method is called on it; a non-struct type's method is a function already.
 */
export function methodExpression(cx: GoContext, operandNode: Node, name: string): Typed | null {
  let typeNode = operandNode;
  while (typeNode.type === 'parenthesized_expression' || typeNode.type === 'unary_expression')
    typeNode = kids(typeNode).at(-1)!;
  // A generic type's instance: `Pair[string, int].String`, `Box[int].Get`.
  const args = instanceArguments(typeNode);
  if (args) typeNode = kids(typeNode)[0]!;
  if (
    !/^(type_)?identifier$/.test(typeNode.type) ||
    cx.scope.lookup(typeNode.text) ||
    !cx.decls.types.has(typeNode.text)
  )
    return null;
  const found = findMethod(cx.decls, { kind: 'named', name: typeNode.text }, name);
  if (found?.kind !== 'declared' || found.path !== '') return null;
  const m = found.method;
  const type: GoType = {
    kind: 'func',
    params: [{ kind: 'named', name: typeNode.text }, ...m.params.map((p) => p.type)],
    results: m.results.map((r) => r.type),
    variadic: false,
  };
  if (!cx.decls.isStruct(m.receiverType))
    return { code: ts`${methodFunctionName(cx.decls, m.receiverType, name)}`, type };
  const receiverType = tsType({ kind: 'named', name: typeNode.text, ...(args && { args }) }, cx.decls);
  const method = methodName(name);
  const params = typeOnly(`: Parameters<${receiverType}['${method}']>`);
  return {
    code: ts`(receiver${typeOnly(`: ${receiverType}`)}, ...args${params}) => receiver.${method}(...args)`,
    type,
  };
}
