// Selectors `x.Name`:
//   pkg.Name        -> pkg.name            (a runtime package member, camelCase; another package's: unsupported)
//   s.Field         -> s.Field             (promoted through embedded fields: s.Inner.Field)
//   timer.C         -> timer.c             (fields of runtime types are camelCase)
//   f := c.Inc      -> const f = c.inc.bind(c)   (a method value keeps its receiver)
//   time.Duration(90).String() -> (90).string()
import { ts } from '../emit/code.js';
import { field, operatorOf, type Node } from '../syntax.js';
import type { GoContext, Typed } from './context.js';
import { arrowOperand } from './functions.js';
import { findMethod, methodName } from './methods.js';
import { propertyName } from './names.js';
import { camelCase, packageMemberName, packageValueType, RUNTIME_PACKAGES, runtimeFieldType } from './stdlib.js';
import { derefType, namedOf, resolve, UNKNOWN, type GoType } from './types.js';

export function selector(cx: GoContext, node: Node): Typed {
  const operandNode = field(node, 'operand')!;
  const name = field(node, 'field')!.text;
  if (cx.isPackage(operandNode)) {
    const pkg = cx.decls.imports.get(operandNode.text)!;
    if (!RUNTIME_PACKAGES.has(pkg)) return { code: cx.unsupported(node, `${pkg}.${name}`), type: UNKNOWN };
    cx.use(pkg);
    const type = packageValueType(pkg, name) ?? UNKNOWN;
    return { code: ts`${pkg}.${packageMemberName(pkg, name)}`, type };
  }
  const operand = memberBase(operandNode, cx.expr(operandNode));
  const base = resolve(derefType(operand.type), cx.decls);
  const typeName = namedOf(operand.type);
  if (typeName && typeName.includes('.')) {
    const fieldType = runtimeFieldType(typeName, name);
    return { code: ts`${operand.code}.${propertyName(camelCase(name))}`, type: fieldType ?? UNKNOWN };
  }
  if (base.kind === 'struct') {
    const path = fieldPath(cx, base, name);
    if (path) return { code: ts`${operand.code}${path.access}`, type: path.type };
  }
  const found = typeName ? findMethod(cx.decls, typeName, name) : null;
  if (found) {
    const m = found.method;
    const receiver = ts`${operand.code}${found.path}`;
    return {
      code: ts`${receiver}.${methodName(cx.decls, name)}.bind(${receiver})`,
      type: {
        kind: 'func',
        params: m.params.map((p) => p.type),
        results: m.results.map((r) => r.type),
        variadic: false,
      },
    };
  }
  if (cx.decls.methodNames.has(name))
    return { code: ts`${operand.code}.${methodName(cx.decls, name)}.bind(${operand.code})`, type: UNKNOWN };
  return { code: ts`${operand.code}.${propertyName(name)}`, type: UNKNOWN };
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
  const code =
    loose || /^\d+$/.test(operand.code.toString()) ? ts`(${operand.code})` : arrowOperand(node, operand.code);
  return { ...operand, code };
}

/** `x.Name` where Name may be promoted from an embedded field. */
function fieldPath(
  cx: GoContext,
  struct: Extract<GoType, { kind: 'struct' }>,
  name: string,
  depth = 0,
): { access: string; type: GoType } | null {
  const direct = struct.fields.find((f) => f.name === name);
  if (direct) return { access: `.${propertyName(name)}`, type: direct.type };
  if (depth > 4) return null;
  for (const f of struct.fields.filter((f) => f.embedded)) {
    const inner = resolve(derefType(f.type), cx.decls);
    if (inner.kind === 'struct') {
      const found = fieldPath(cx, inner, name, depth + 1);
      if (found) return { access: `.${propertyName(f.name)}${found.access}`, type: found.type };
    }
  }
  return null;
}
