// uint, uint64 and uintptr hold values up to 2^64 - 1, past a double's exact integers, so they
// are bigints (types.ts); every other integer stays a number. Where the two meet:
//   var u uint64 = 5      -> let u: bigint = 5n          (an untyped constant, folded exactly:
//   u == 1<<63            -> u === 9223372036854775808n   1<<64 - 1 is 18446744073709551615n)
//   u + v, u * v, u << n  -> BigInt.asUintN(64, u + v)    (wraps around as Go's does)
//   ^u, -u                -> BigInt.asUintN(64, ~u)
//   u >> n, u / v, u & v  -> u >> BigInt(n), u / v, u & v
//   uint64(i)             -> BigInt.asUintN(64, BigInt(i))
//   int(u), uint32(u)     -> Number(BigInt.asIntN(64, u)), Number(BigInt.asUintN(32, u))
//   s[u]                  -> s[Number(u)]
import { ts, type Code } from '../emit/code.js';
import type { Node } from '../syntax.js';
import type { GoContext, Typed } from './context.js';
import { exactInteger, exactValue } from './constants.js';
import { isBigInteger, isFloat, isInteger, resolve, type GoType } from './types.js';

/** Whether values of this type are bigints. */
export function isBig(cx: GoContext, type: GoType): boolean {
  return isBigInteger(resolve(type, cx.decls));
}

/** A value where a bigint is wanted: a constant as a bigint literal, a number through BigInt(). */
export function asBig(cx: GoContext, node: Node, value: Typed): Code {
  if (isBig(cx, value.type)) return value.code;
  const constant = constantValue(cx, node);
  return constant === null ? ts`BigInt(${value.code})` : ts`${String(constant)}n`;
}

/** Whether a value given where a bigint is wanted must become one: a constant (untyped, or a package's of a type not known here). */
export function isConstantForBig(value: Typed): boolean {
  return value.type.kind === 'untyped' || value.type.kind === 'unknown';
}

/** A value where a number is wanted (an index, a shift count of a number): Number() of a bigint. */
export function asNumber(cx: GoContext, value: Typed): Code {
  return isBig(cx, value.type) ? ts`Number(${value.code})` : value.code;
}

/** A bigint result brought back into uint64's range, as Go's arithmetic wraps around. */
export function wrap64(code: Code): Code {
  return ts`BigInt.asUintN(64, ${code})`;
}

/** `T(x)` where T or x is a bigint type; null when neither is. */
export function bigConversion(cx: GoContext, target: GoType, node: Node, value: Typed): Code | null {
  const to = resolve(target, cx.decls);
  if (isBigInteger(to)) {
    if (isBig(cx, value.type) || value.type.kind === 'untyped') return asBig(cx, node, value);
    const integer = isFloat(resolve(value.type, cx.decls)) ? ts`Math.trunc(${value.code})` : value.code;
    return wrap64(ts`BigInt(${integer})`);
  }
  if (!isBig(cx, value.type)) return null;
  if (isFloat(to)) return ts`Number(${value.code})`;
  if (!isInteger(to)) return null;
  // A basic type by its size; time.Duration is an int64.
  const name = to.kind === 'basic' ? to.name : 'int64';
  const bits = BITS[name] ?? 64;
  const signed = !name.startsWith('u') && name !== 'byte';
  return ts`Number(BigInt.${signed ? 'asIntN' : 'asUintN'}(${String(bits)}, ${value.code}))`;
}

const BITS: Record<string, number> = {
  int8: 8,
  int16: 16,
  int32: 32,
  rune: 32,
  uint8: 8,
  byte: 8,
  uint16: 16,
  uint32: 32,
};

/** The exact value of an untyped integer constant expression (constants.ts), or null. */
function constantValue(cx: GoContext, node: Node): bigint | null {
  return exactInteger(exactValue(cx, node));
}
