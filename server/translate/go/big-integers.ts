// uint, uint64, uintptr and int64 hold values past 2^53, a double's exact integers, so they are
// bigints (types.ts); every other integer stays a number, `int` too, so that ordinary loops and
// channel code keep JavaScript's fast numbers. Where the two meet:
//   var u uint64 = 5      -> let u: bigint = 5n          (an untyped constant, folded exactly:
//   u == 1<<63            -> u === 9223372036854775808n   1<<64 - 1 is 18446744073709551615n)
//   u + v, u * v, u << n  -> BigInt.asUintN(64, u + v)    (wraps around as Go's does;
//   i + j (int64)         -> BigInt.asIntN(64, i + j)      int64 wraps to negative)
//   ^u, -u                -> BigInt.asUintN(64, ~u)
//   u >> n, u / v, u & v  -> u >> BigInt(n), u / v, u & v
//   uint64(i)             -> BigInt.asUintN(64, BigInt(i))
//   int(u), uint32(u)     -> Number(BigInt.asIntN(64, u)), Number(BigInt.asUintN(32, u))
//   s[u]                  -> s[Number(u)]
//   x := math.MaxInt64    -> let x = 9223372036854775807n  (an int whose constant is past 2^53
//                                                            is held as an int64: bigIntType)
//   s += v (T ~int|~int64) -> s = numeric(s, '+', v)       (T's zero, 0, meets a bigint as 0n)
//   n = len(s) (n int64)  -> n = BigInt(s.length)        (a number where a bigint is wanted, as
//                                                            the library's int64 results are numbers)
import { ts, type Code } from '../emit/code.js';
import type { Node } from '../syntax.js';
import type { GoContext, Typed } from './context.js';
import { exactInteger, exactValue } from './constants.js';
import { INT64, isBigInteger, isFloat, isInteger, resolve, type GoType } from './types.js';

/** Whether values of this type are bigints. */
export function isBig(cx: GoContext, type: GoType): boolean {
  return isBigInteger(resolve(type, cx.decls));
}

/** Whether values of this type may be numbers or bigints: a type parameter constrained to both (`~int | ~int64`), whose arithmetic goes through the runtime's `numeric`. */
export function isNumberOrBig(cx: GoContext, type: GoType): boolean {
  return type.kind === 'named' && cx.decls.admitsNumbersAndBigints(type.name);
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

/** A bigint result of a type brought back into its range, as Go's arithmetic wraps around. */
export function wrap64(cx: GoContext, type: GoType, code: Code): Code {
  return ts`BigInt.${isSigned(cx, type) ? 'asIntN' : 'asUintN'}(64, ${code})`;
}

/** Whether a bigint type is int64 (or a type defined from it), whose values can be negative. */
export function isSigned(cx: GoContext, type: GoType): boolean {
  const t = resolve(type, cx.decls);
  return t.kind === 'basic' && t.name === 'int64';
}

/** A value where a value of type `expected` is wanted: a bigint made from a number, or a number from a bigint. */
export function represented(cx: GoContext, node: Node, value: Typed, expected: GoType): Code {
  const [fromBig, toBig] = [isBig(cx, value.type), isBig(cx, expected)];
  if (toBig && !fromBig && (isConstantForBig(value) || isInteger(resolve(value.type, cx.decls))))
    return asBig(cx, node, value);
  if (fromBig && !toBig && isInteger(resolve(expected, cx.decls))) return ts`Number(${value.code})`;
  return value.code;
}

/** The type a variable declared without one takes: an int whose constant is past a double's exact integers is held as an int64 (`x := math.MaxInt64`), as Go's int is 64 bits. */
export function bigIntType(cx: GoContext, node: Node, type: GoType): GoType {
  if (type.kind !== 'untyped' || type.name !== 'int') return type;
  const value = constantValue(cx, node);
  return value !== null && (value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER) ? INT64 : type;
}

/** `T(x)` where T or x is a bigint type; null when neither is. */
export function bigConversion(cx: GoContext, target: GoType, node: Node, value: Typed): Code | null {
  const to = resolve(target, cx.decls);
  if (isBigInteger(to)) {
    if (value.type.kind === 'untyped') return asBig(cx, node, value);
    if (isBig(cx, value.type))
      return isSigned(cx, value.type) === isSigned(cx, to) ? value.code : wrap64(cx, to, value.code);
    const integer = isFloat(resolve(value.type, cx.decls)) ? ts`Math.trunc(${value.code})` : value.code;
    return wrap64(cx, to, ts`BigInt(${integer})`);
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
