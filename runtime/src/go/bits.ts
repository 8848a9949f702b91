/**
 * Go's `math/bits`. uint and uint64 are bigints in the translation, uint8..uint32 numbers:
 * each function gives the representation of its Go type, and takes either (an untyped
 * constant argument may arrive as a number).
 */
export const uintSize = 64;

const MASK64 = (1n << 64n) - 1n;

type Uint = number | bigint;
const big = (x: Uint): bigint => BigInt.asUintN(64, BigInt(x));

function onesCount(x: Uint): number {
  let n = 0;
  for (let v = big(x); v !== 0n; v &= v - 1n) n++;
  return n;
}

/** The bit length of x: 0 for 0. */
function bitLength(x: Uint): number {
  const v = big(x);
  return v === 0n ? 0 : v.toString(2).length;
}

function trailingZeros(x: Uint, size: number): number {
  let v = big(x);
  if (v === 0n) return size;
  let n = 0;
  for (; (v & 1n) === 0n; v >>= 1n) n++;
  return n;
}

function reverse(x: Uint, size: number): bigint {
  const s = BigInt.asUintN(size, BigInt(x)).toString(2).padStart(size, '0');
  return BigInt(`0b${[...s].reverse().join('')}`);
}

function rotateLeft(x: Uint, k: number, size: number): bigint {
  const s = ((k % size) + size) % size;
  const v = BigInt.asUintN(size, BigInt(x));
  return BigInt.asUintN(size, (v << BigInt(s)) | (v >> BigInt(size - s)));
}

export const onesCount8 = (x: number): number => onesCount(x);
export const onesCount16 = onesCount8;
export const onesCount32 = onesCount8;
export const onesCount64 = onesCount;
export { onesCount };

export const len8 = (x: number): number => bitLength(x);
export const len16 = len8;
export const len32 = len8;
export const len64 = bitLength;
export { bitLength as len };

export const leadingZeros8 = (x: number): number => 8 - len8(x);
export const leadingZeros16 = (x: number): number => 16 - len8(x);
export const leadingZeros32 = (x: number): number => 32 - len8(x);
export const leadingZeros64 = (x: Uint): number => 64 - bitLength(x);
export const leadingZeros = leadingZeros64;

export const trailingZeros8 = (x: number): number => trailingZeros(x, 8);
export const trailingZeros16 = (x: number): number => trailingZeros(x, 16);
export const trailingZeros32 = (x: number): number => trailingZeros(x, 32);
export const trailingZeros64 = (x: Uint): number => trailingZeros(x, 64);
export { trailingZeros64 as trailingZeros };

export const reverse8 = (x: number): number => Number(reverse(x, 8));
export const reverse16 = (x: number): number => Number(reverse(x, 16));
export const reverse32 = (x: number): number => Number(reverse(x, 32));
export const reverse64 = (x: Uint): bigint => reverse(x, 64);
export { reverse64 as reverse };

export const rotateLeft8 = (x: number, k: number): number => Number(rotateLeft(x, k, 8));
export const rotateLeft16 = (x: number, k: number): number => Number(rotateLeft(x, k, 16));
export const rotateLeft32 = (x: number, k: number): number => Number(rotateLeft(x, k, 32));
export const rotateLeft64 = (x: Uint, k: number): bigint => rotateLeft(x, k, 64);
export { rotateLeft64 as rotateLeft };

/** `bits.Mul64(x, y)`: the 128-bit product as (hi, lo). */
export function mul64(x: Uint, y: Uint): [hi: bigint, lo: bigint] {
  const p = big(x) * big(y);
  return [p >> 64n, p & MASK64];
}
export { mul64 as mul };

/** `bits.Add64(x, y, carry)`: the sum and the carry out. */
export function add64(x: Uint, y: Uint, carry: Uint): [sum: bigint, carryOut: bigint] {
  const s = big(x) + big(y) + big(carry);
  return [s & MASK64, s >> 64n];
}
export { add64 as add };

/** `bits.Sub64(x, y, borrow)`: the difference and the borrow out. */
export function sub64(x: Uint, y: Uint, borrow: Uint): [diff: bigint, borrowOut: bigint] {
  const d = big(x) - big(y) - big(borrow);
  return [BigInt.asUintN(64, d), d < 0n ? 1n : 0n];
}
export { sub64 as sub };

const u32 = (x: Uint): number => Number(BigInt.asUintN(32, BigInt(x)));

/** `bits.Add32(x, y, carry)`: the sum and the carry out, uint32s. */
export function add32(x: Uint, y: Uint, carry: Uint): [sum: number, carryOut: number] {
  const s = u32(x) + u32(y) + u32(carry);
  return [s >>> 0, s > 0xffffffff ? 1 : 0];
}

/** `bits.Sub32(x, y, borrow)`: the difference and the borrow out, uint32s. */
export function sub32(x: Uint, y: Uint, borrow: Uint): [diff: number, borrowOut: number] {
  const d = u32(x) - u32(y) - u32(borrow);
  return [d >>> 0, d < 0 ? 1 : 0];
}

/** `bits.Mul32(x, y)`: the 64-bit product as (hi, lo), uint32s. */
export function mul32(x: Uint, y: Uint): [hi: number, lo: number] {
  const p = BigInt(u32(x)) * BigInt(u32(y));
  return [Number(p >> 32n), Number(p & 0xffffffffn)];
}
