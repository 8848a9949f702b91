// sync/atomic's types: what its functions and the methods of its types take and give. The
// 64-bit ones hold an int64 or uint64, a bigint (big-integers.ts), so a constant argument is
// passed as one:
//   atomic.StoreInt64(&n, math.MaxInt64) -> atomic.storeInt64(pointerTo(...), 9223372036854775807n)
//   c.CompareAndSwap(0, 1) (atomic.Int64) -> c.compareAndSwap(0n, 1n)
import { ANY, BOOL, INT, INT64, UINT64, UNKNOWN, type GoType } from './types.js';

/** The value an atomic type holds: atomic.Int32 an int, atomic.Int64 an int64, atomic.Bool a bool. */
const ATOMIC_VALUES: Record<string, GoType> = {
  'atomic.Int32': INT,
  'atomic.Int64': INT64,
  'atomic.Uint32': INT,
  'atomic.Uint64': UINT64,
  'atomic.Bool': BOOL,
  'atomic.Value': ANY,
  'atomic.Pointer': UNKNOWN,
};

export function isAtomicType(typeName: string): boolean {
  return typeName in ATOMIC_VALUES;
}

/** The value a function (`AddInt64`) works on. */
function functionValue(name: string): GoType {
  if (name.endsWith('Uint64')) return UINT64;
  return name.endsWith('Int64') ? INT64 : INT;
}

/** What an atomic operation gives: CompareAndSwap a bool, Store nothing, the others the value (of type `value`). */
function result(name: string, value: GoType): GoType | null {
  if (name.startsWith('CompareAndSwap')) return BOOL;
  if (name.startsWith('Store')) return null;
  return value;
}

/** The arguments after the pointer (or of a method) are values of the type worked on. */
function params(name: string, value: GoType): GoType[] {
  return name.startsWith('CompareAndSwap') ? [value, value] : [value];
}

export const atomicFunctionResult = (name: string): GoType | null => result(name, functionValue(name));

export const atomicFunctionParams = (name: string): GoType[] => [UNKNOWN, ...params(name, functionValue(name))];

export const atomicMethodResult = (typeName: string, method: string): GoType | null =>
  result(method, ATOMIC_VALUES[typeName]!);

export const atomicMethodParams = (typeName: string, method: string): GoType[] =>
  params(method, ATOMIC_VALUES[typeName]!);
