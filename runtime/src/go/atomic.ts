/**
 * sync/atomic. Goroutines here take turns on one thread, so every operation is already
 * atomic: these read and write through the pointer they are given (`&x`, a Ptr), with Go's
 * wrapping for the 32-bit types; atomic.Int64 and its kin are such a pointer to themselves.
 */
import { Float64, typeName } from '../fmt/go-values.js';
import type { Ptr } from './builtins.js';
import { GoPanic } from './panic.js';

function load<T>(p: Ptr<T>): T {
  return p.value;
}

function store<T>(p: Ptr<T>, v: T): void {
  p.value = v;
}

function swap<T>(p: Ptr<T>, v: T): T {
  const old = p.value;
  p.value = v;
  return old;
}

function compareAndSwap<T>(p: Ptr<T>, old: T, v: T): boolean {
  if (p.value !== old) return false;
  p.value = v;
  return true;
}

type Wrap = (n: number) => number;
const wrapInt32: Wrap = (n) => n | 0;
const wrapUint32: Wrap = (n) => n >>> 0;

/** Add, And and Or of one integer type (And and Or give the old value, as Go does). */
function arithmetic(wrap: Wrap) {
  const bitwise = (op: (a: bigint, b: bigint) => bigint) => (p: Ptr<number>, mask: number) => {
    const old = p.value;
    p.value = wrap(Number(op(BigInt(old), BigInt(mask))));
    return old;
  };
  return {
    add: (p: Ptr<number>, delta: number): number => (p.value = wrap(p.value + delta)),
    and: bitwise((a, b) => a & b),
    or: bitwise((a, b) => a | b),
  };
}

const int32 = arithmetic(wrapInt32);
const uint32 = arithmetic(wrapUint32);
const int64 = bigArithmetic((n) => BigInt.asIntN(64, n));
const uint64 = bigArithmetic((n) => BigInt.asUintN(64, n));

export {
  load as loadInt32,
  load as loadInt64,
  load as loadUint32,
  load as loadUint64,
  load as loadPointer,
  store as storeInt32,
  store as storeUint32,
  store as storePointer,
  swap as swapInt32,
  swap as swapUint32,
  swap as swapPointer,
  compareAndSwap as compareAndSwapInt32,
  compareAndSwap as compareAndSwapUint32,
  compareAndSwap as compareAndSwapPointer,
};
export const { add: addInt32, and: andInt32, or: orInt32 } = int32;
export const { add: addUint32, and: andUint32, or: orUint32 } = uint32;
export const {
  add: addInt64,
  and: andInt64,
  or: orInt64,
  store: storeInt64,
  swap: swapInt64,
  compareAndSwap: compareAndSwapInt64,
} = int64;
export const {
  add: addUint64,
  and: andUint64,
  or: orUint64,
  store: storeUint64,
  swap: swapUint64,
  compareAndSwap: compareAndSwapUint64,
} = uint64;

/**
 * The operations on an int64 or uint64, which is a bigint (the translator's big-integers.ts); Add wraps
 * around. A constant argument comes as a number (`atomic.StoreInt64(&n, 5)`) and becomes a bigint.
 */
function bigArithmetic(wrap: (n: bigint) => bigint) {
  const bitwise = (op: (a: bigint, b: bigint) => bigint) => (p: Ptr<bigint>, mask: bigint | number) => {
    const old = p.value;
    p.value = op(old, BigInt(mask));
    return old;
  };
  return {
    add: (p: Ptr<bigint>, delta: bigint | number): bigint => (p.value = wrap(p.value + BigInt(delta))),
    and: bitwise((a, b) => a & b),
    or: bitwise((a, b) => a | b),
    store: (p: Ptr<bigint>, v: bigint | number): void => store(p, BigInt(v)),
    swap: (p: Ptr<bigint>, v: bigint | number): bigint => swap(p, BigInt(v)),
    compareAndSwap: (p: Ptr<bigint>, old: bigint | number, v: bigint | number): boolean =>
      compareAndSwap(p, BigInt(old), BigInt(v)),
  };
}

/** A value behind Load, Store, Swap and CompareAndSwap: atomic.Bool, atomic.Value, atomic.Pointer[T]. */
class Cell<T> implements Ptr<T> {
  constructor(public value: T) {}

  load(): T {
    return load(this);
  }

  store(v: T): void {
    store(this, v);
  }

  swap(v: T): T {
    return swap(this, v);
  }

  compareAndSwap(old: T, v: T): boolean {
    return compareAndSwap(this, old, v);
  }
}

/** atomic.Int32, Int64, Uint32, Uint64: a Cell that also adds, ands and ors. */
class IntegerCell extends Cell<number> {
  constructor(private readonly ops: ReturnType<typeof arithmetic>) {
    super(0);
  }

  add(delta: number): number {
    return this.ops.add(this, delta);
  }

  and(mask: number): number {
    return this.ops.and(this, mask);
  }

  or(mask: number): number {
    return this.ops.or(this, mask);
  }
}

export class Int32 extends IntegerCell {
  constructor() {
    super(int32);
  }
}

export class Uint32 extends IntegerCell {
  constructor() {
    super(uint32);
  }
}

/** atomic.Int64 and atomic.Uint64: an int64 or uint64, a bigint, behind the operations above. */
class BigIntegerCell implements Ptr<bigint> {
  value = 0n;

  constructor(private readonly ops: ReturnType<typeof bigArithmetic>) {}

  load(): bigint {
    return this.value;
  }

  store(v: bigint | number): void {
    this.ops.store(this, v);
  }

  swap(v: bigint | number): bigint {
    return this.ops.swap(this, v);
  }

  compareAndSwap(old: bigint | number, v: bigint | number): boolean {
    return this.ops.compareAndSwap(this, old, v);
  }

  add(delta: bigint | number): bigint {
    return this.ops.add(this, delta);
  }

  and(mask: bigint | number): bigint {
    return this.ops.and(this, mask);
  }

  or(mask: bigint | number): bigint {
    return this.ops.or(this, mask);
  }
}

export class Int64 extends BigIntegerCell {
  constructor() {
    super(int64);
  }
}

export class Uint64 extends BigIntegerCell {
  constructor() {
    super(uint64);
  }
}

export class Bool extends Cell<boolean> {
  constructor() {
    super(false);
  }
}

/** `atomic.Value`: nil until the first Store. */
export class Value extends Cell<unknown> {
  constructor() {
    super(null);
  }

  override store(v: unknown): void {
    this.check('store of', v);
    super.store(v);
  }

  override swap(v: unknown): unknown {
    this.check('swap of', v);
    return super.swap(v);
  }

  override compareAndSwap(old: unknown, v: unknown): boolean {
    if (v != null && old != null && dynamicType(old) !== dynamicType(v))
      throw new GoPanic('sync/atomic: compare and swap of inconsistently typed values');
    this.check('compare and swap of', v);
    return super.compareAndSwap(old, v);
  }

  /** Go panics on nil, and on a value whose type differs from the first one stored. */
  private check(operation: string, v: unknown): void {
    if (v == null) throw new GoPanic(`sync/atomic: ${operation} nil value into Value`);
    if (this.value != null && dynamicType(this.value) !== dynamicType(v))
      throw new GoPanic(`sync/atomic: ${operation} inconsistently typed value into Value`);
  }
}

/**
 * A value's Go type as far as JavaScript tells it. A number may be an int or a float64 (`2.0`
 * is 2), and a bigint an int64 or a uint64: those never count as different.
 */
function dynamicType(v: unknown): string {
  if (typeof v === 'number' || v instanceof Float64) return 'number';
  if (typeof v === 'bigint') return 'bigint';
  return typeName(v);
}

/** `atomic.Pointer[T]`: nil until stored (T defaults to any: the translation may name the type without it). */
export class Pointer<T = any> extends Cell<T | null> {
  constructor() {
    super(null);
  }
}
