/**
 * Arithmetic on the values of a type parameter constrained to both kinds of integers the
 * translation uses (`~int | ~int64 | ~float64`): numbers for int and float64, bigints for
 * int64 and uint64 (the translator's big-integers.ts). Its zero value is the number 0, and a
 * constant in generic code is a number, so a number meeting a bigint becomes one.
 */
export function numeric<T extends number | bigint>(a: T, op: string, b: T): T {
  const operation = OPERATIONS[op];
  if (!operation) throw new Error(`numeric: no operator ${op}`);
  return (typeof a === 'bigint' || typeof b === 'bigint' ? operation(BigInt(a), BigInt(b)) : operation(a, b)) as T;
}

// Both operands are numbers or both bigints, which JavaScript's operators take alike.
const OPERATIONS: Record<string, (a: any, b: any) => number | bigint> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => a / b,
  '%': (a, b) => a % b,
};
