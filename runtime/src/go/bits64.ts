// Go's & | ^ &^ on int and int64, which are 64-bit: JavaScript's operators work on 32 bits, so
// these split each number into its high and low 32 bits (exact for integers within 2^53).

const TWO_32 = 2 ** 32;

type Op = (a: number, b: number) => number;

function bitwise(op: Op): (a: number, b: number) => number {
  return (a, b) => {
    if ((a | 0) === a && (b | 0) === b) return op(a, b);
    const aLow = a >>> 0;
    const bLow = b >>> 0;
    const high = op((a - aLow) / TWO_32, (b - bLow) / TWO_32);
    return high * TWO_32 + (op(aLow, bLow) >>> 0);
  };
}

/** Go's `a & b` on 64-bit integers. */
export const and64 = bitwise((a, b) => a & b);
/** Go's `a | b` on 64-bit integers. */
export const or64 = bitwise((a, b) => a | b);
/** Go's `a ^ b` on 64-bit integers. */
export const xor64 = bitwise((a, b) => a ^ b);
/** Go's `a &^ b` on 64-bit integers. */
export const andNot64 = bitwise((a, b) => a & ~b);
