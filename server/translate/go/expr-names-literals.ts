// Names, basic literals, parentheses and type assertions:
//   x           -> x (x_ for a name JavaScript reserves)
//   42, 0x2A    -> 42                'a' -> 97 /* 'a' */          "a\tb" -> 'a\tb'
//   01.5, 0x1p-2 -> 1.5, 0.25        (JavaScript has no hexadecimal floats nor leading zeros)
//   nil         -> null              iota -> its value in the const spec   (true := false -> const true_ = false)
//   x.(T)       -> (assertType(x, ...) as T)   x.(rune) -> assertType(x, ...).value (boxes.ts, type-tests.ts)
//   (v, ok := x.(T): multi-value.ts)
import { ts, typeOnly } from '../emit/code.js';
import { field, kids, type Node } from '../syntax.js';
import type { GoContext, Typed } from './context.js';
import { interfaceBox } from './boxes.js';
import { parseType } from './declarations.js';
import { isCallee } from './functions.js';
import { decodeGoString, goFloatLiteral, goIntLiteral, quote, runeValue } from './literals.js';
import { valueClassName } from './methods.js';
import { safeName } from './names.js';
import { knownNotNil } from './narrowing.js';
import { assertedValue, checkedAssertion } from './type-tests.js';
import { BOOL, tsType, UNKNOWN, type GoType } from './types.js';

/** Predeclared names that the tree gives node types of their own, and that a program may declare again (`true := false`). */
const PREDECLARED = new Set(['true', 'false', 'nil', 'iota']);

/** An identifier, or a predeclared name in its place (to declare, or declared again). */
export function isName(node: Node): boolean {
  return node.type === 'identifier' || PREDECLARED.has(node.type);
}

/** A predeclared name the program declared again, as that variable; null when it means Go's own. */
export function redeclared(cx: GoContext, node: Node): Typed | null {
  return cx.scope.lookup(node.text) ? identifier(cx, node) : null;
}

export function identifier(cx: GoContext, node: Node): Typed {
  const name = node.text;
  const b = cx.scope.lookup(name);
  if (b) {
    const key = cx.functionKeyOf(name, b);
    if (key && !isCallee(node)) cx.noteFunctionValue(key, b.type);
    const narrowed = knownNotNil(cx, node, b.type);
    return { code: ts`${b.tsName}`, type: b.type, maybeNil: b.maybeNil === true && !narrowed, narrowed };
  }
  if (name === '_') return { code: ts`_`, type: UNKNOWN };
  return { code: ts`${safeName(name)}`, type: UNKNOWN };
}

export function intLiteral(_cx: GoContext, node: Node): Typed {
  return { code: ts`${goIntLiteral(node.text)}`, type: { kind: 'untyped', name: 'int' } };
}

export function floatLiteral(_cx: GoContext, node: Node): Typed {
  return { code: ts`${goFloatLiteral(node.text)}`, type: { kind: 'untyped', name: 'float' } };
}

export function stringLiteral(_cx: GoContext, node: Node): Typed {
  return { code: ts`${quote(decodeGoString(node.text))}`, type: { kind: 'untyped', name: 'string' } };
}

export function runeLiteral(_cx: GoContext, node: Node): Typed {
  return { code: ts`${String(runeValue(node.text))} /* ${node.text} */`, type: { kind: 'untyped', name: 'rune' } };
}

export function boolLiteral(cx: GoContext, node: Node): Typed {
  return redeclared(cx, node) ?? { code: ts`${node.type}`, type: BOOL };
}

export function nil(cx: GoContext, node: Node): Typed {
  return redeclared(cx, node) ?? { code: ts`null`, type: { kind: 'untyped', name: 'nil' }, maybeNil: true };
}

export function iota(cx: GoContext, node: Node): Typed {
  return redeclared(cx, node) ?? { code: ts`${String(cx.iota)}`, type: { kind: 'untyped', name: 'int' } };
}

export function parenthesized(cx: GoContext, node: Node, expected?: GoType): Typed {
  const inner = cx.expr(kids(node)[0]!, expected);
  return { ...inner, code: ts`(${inner.code})`, precedence: undefined };
}

export function typeAssertion(cx: GoContext, node: Node): Typed {
  const operandNode = field(node, 'operand')!;
  const operand = cx.expr(operandNode);
  const type = parseType(field(node, 'type')!);
  const checked = checkedAssertion(cx, operand.code, operand.type, type);
  // A boxed value (boxes.ts) or a named type's value with methods comes out of its box.
  if (interfaceBox(cx.decls, type) || valueClassName(cx.decls, type))
    return { code: assertedValue(cx, checked, type, operand.type), type };
  return { code: ts`(${checked}${typeOnly(` as ${tsType(type, cx.decls)}`)})`, type };
}
