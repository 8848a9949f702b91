// std's atomics: `AtomicUsize::new(0)` and the rest. In a program whose 64-bit integers are
// bigints (wide-integers.ts), AtomicU64 and AtomicI64 hold bigints too, and say so.
//   let hits = AtomicUsize::new(0);   -> const hits = new std.AtomicUsize(0);
//   let total = AtomicU64::new(0);    -> const total = std.AtomicU64.wide(0n);   (wide program)
import { ts, type Code } from '../emit/code.js';
import type { Items } from './items.js';
import { BOOL, named, type RustType } from './types.js';
import { isWide } from './wide-integers.js';

/** The value an atomic of this runtime type name (`std.AtomicU64`) holds. */
export function atomicValue(items: Items, name: string): RustType {
  return name === 'std.AtomicBool' ? BOOL : items.intType(name.slice('std.Atomic'.length).toLowerCase());
}

/** `std.AtomicU64`, with its bigint value as the type argument where it holds one. */
export function atomicType(items: Items, name: string): RustType {
  const value = atomicValue(items, name);
  return isWide(value) ? named(name, value) : named(name);
}

/** `new std.AtomicU64(v)`, or `std.AtomicU64.wide(v)` for a bigint (`v` already one). */
export function newAtomic(items: Items, name: string, value: Code): Code {
  return isWide(atomicValue(items, name)) ? ts`${name}.wide(${value})` : ts`new ${name}(${value})`;
}
