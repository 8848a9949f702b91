// Names, basic literals, parentheses and type assertions:
//   x           -> x (x_ for a name JavaScript reserves)
//   42, 0x2A    -> 42                'a' -> 97 /* 'a' */          "a\tb" -> 'a\tb'
//   01.5, 0x1p-2 -> 1.5, 0.25        (JavaScript has no hexadecimal floats nor leading zeros)
//   nil         -> null              iota -> its value in the const spec
//   x.(T)       -> (x as T)          (v, ok := x.(T): multi-value.ts)
import { ts, typeOnly } from '../emit/code.js';
import { field, kids, type Node } from '../syntax.js';
import type { GoContext, Typed } from './context.js';
import { parseType } from './declarations.js';
import { decodeGoString, goFloatLiteral, goIntLiteral, quote, runeValue } from './literals.js';
import { safeName } from './names.js';
import { BOOL, tsType, UNKNOWN, type GoType } from './types.js';

export function identifier(cx: GoContext, node: Node): Typed {
  const name = node.text;
  const b = cx.scope.lookup(name);
  if (b) return { code: ts`${b.tsName}`, type: b.type, maybeNil: b.maybeNil };
  if (name === '_') return { code: ts`_`, type: UNKNOWN };
  return { code: ts`${safeName(name)}`, type: UNKNOWN };
}

export function intLiteral(cx: GoContext, node: Node): Typed {
  const value = goIntLiteral(node.text);
  return { code: value === null ? cx.unsupported(node, `invalid integer literal ${node.text}`) : ts`${value}`, type: { kind: 'untyped', name: 'int' } };
}

export function floatLiteral(_cx: GoContext, node: Node): Typed {
  return { code: ts`${goFloatLiteral(node.text)}`, type: { kind: 'untyped', name: 'float' } };
}

export function stringLiteral(_cx: GoContext, node: Node): Typed {
  return { code: ts`${quote(decodeGoString(node.text))}`, type: { kind: 'untyped', name: 'string' } };
}

export function runeLiteral(_cx: GoContext, node: Node): Typed {
  const comment = node.text.includes('*/') ? '' : ` /* ${node.text} */`;
  return { code: ts`${String(runeValue(node.text))}${comment}`, type: { kind: 'untyped', name: 'rune' } };
}

export function boolLiteral(_cx: GoContext, node: Node): Typed {
  return { code: ts`${node.type}`, type: BOOL };
}

export function nil(): Typed {
  return { code: ts`null`, type: { kind: 'untyped', name: 'nil' } };
}

export function iota(cx: GoContext): Typed {
  return { code: ts`${String(cx.iota)}`, type: { kind: 'untyped', name: 'int' } };
}

export function parenthesized(cx: GoContext, node: Node, expected?: GoType): Typed {
  const inner = cx.expr(kids(node)[0]!, expected);
  return { code: ts`(${inner.code})`, type: inner.type };
}

export function typeAssertion(cx: GoContext, node: Node): Typed {
  const operand = cx.expr(field(node, 'operand')!);
  const type = parseType(field(node, 'type')!);
  return { code: ts`(${operand.code}${typeOnly(` as ${tsType(type)}`)})`, type };
}
