/** Go's `cmp`: the order of numbers (NaN below everything) and strings (by UTF-8 bytes). */
import { compare as compareStrings } from './strings.js';

export type Ordered = number | string;

export function compare<T extends Ordered>(x: T, y: T): number {
  if (typeof x === 'string') return compareStrings(x, y as string);
  const xNaN = Number.isNaN(x);
  const yNaN = Number.isNaN(y);
  if (xNaN || yNaN) return xNaN && yNaN ? 0 : xNaN ? -1 : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

export function less<T extends Ordered>(x: T, y: T): boolean {
  return compare(x, y) < 0;
}

/** `cmp.Or(vals...)`: the first value that is not the zero value, or the zero value. */
export function or<T>(...vals: T[]): T | undefined {
  return vals.find((v) => v !== 0 && v !== '' && v !== false && v !== null) ?? vals[vals.length - 1];
}
