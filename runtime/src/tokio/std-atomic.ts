import { RUST_DEBUG, type RustDebugValue } from '../fmt/rust.js';
import { Err, Ok, type Result } from './result.js';

/*
 * std::sync::atomic: every task runs on one JavaScript thread, so each operation is atomic as
 * it stands and every `Ordering` gives sequentially consistent results (which all orderings
 * allow). The ordering arguments are taken and ignored. Integers are JavaScript numbers (a
 * `fetch_add` past the type's range does not wrap around), except in a program whose 64-bit
 * integers are bigints (the translator's "wide" programs): there AtomicU64 and AtomicI64 hold
 * bigints and wrap as Rust's do.
 */

export type Ordering = 'Relaxed' | 'Release' | 'Acquire' | 'AcqRel' | 'SeqCst';

abstract class Atomic<T> {
  constructor(protected value: T) {}

  load(_order?: Ordering): T {
    return this.value;
  }

  store(value: T, _order?: Ordering): void {
    this.value = value;
  }

  swap(value: T, _order?: Ordering): T {
    const old = this.value;
    this.value = value;
    return old;
  }

  /** Ok(previous) if the value was `current` (and is now `next`), else Err(the value). */
  compareExchange(current: T, next: T, _success?: Ordering, _failure?: Ordering): Result<T, T> {
    if (this.value !== current) return new Err(this.value);
    this.value = next;
    return new Ok(current);
  }

  /** Never fails spuriously here. */
  compareExchangeWeak(current: T, next: T, success?: Ordering, failure?: Ordering): Result<T, T> {
    return this.compareExchange(current, next, success, failure);
  }

  /** Ok(previous) after storing `f(previous)`, or Err(previous) when f gives None (undefined). */
  fetchUpdate(_set: Ordering, _fetch: Ordering, f: (value: T) => T | undefined): Result<T, T> {
    const old = this.value;
    const next = f(old);
    if (next === undefined) return new Err(old);
    this.value = next;
    return new Ok(old);
  }

  /** Through `&mut self` or by value: no other thread can reach it. */
  getMut(): T {
    return this.value;
  }

  intoInner(): T {
    return this.value;
  }

  [RUST_DEBUG](): RustDebugValue {
    return { kind: 'text', text: String(this.value) };
  }
}

/** AtomicUsize, AtomicI32, AtomicU64 and the other integer atomics. */
export class AtomicNumber<T extends number | bigint = number> extends Atomic<T> {
  /** A number, or with `<bigint>` a bigint (the type argument is not inferred from a literal). */
  constructor(value: T extends number ? number : bigint) {
    super(value as T);
  }

  /** `AtomicU64::new(v)` in a program whose 64-bit integers are bigints: `std.AtomicU64.wide(0n)`. */
  static wide(value: bigint): AtomicNumber<bigint> {
    return new AtomicNumber<bigint>(value);
  }

  fetchAdd(n: T, _order?: Ordering): T {
    return this.combine(
      n,
      (a, b) => a + b,
      (a, b) => a + b,
    );
  }

  fetchSub(n: T, _order?: Ordering): T {
    return this.combine(
      n,
      (a, b) => a - b,
      (a, b) => a - b,
    );
  }

  fetchMax(n: T, _order?: Ordering): T {
    return this.combine(n, Math.max, (a, b) => (a > b ? a : b));
  }

  fetchMin(n: T, _order?: Ordering): T {
    return this.combine(n, Math.min, (a, b) => (a < b ? a : b));
  }

  fetchAnd(n: T, _order?: Ordering): T {
    return this.combine(
      n,
      (a, b) => a & b,
      (a, b) => a & b,
    );
  }

  fetchOr(n: T, _order?: Ordering): T {
    return this.combine(
      n,
      (a, b) => a | b,
      (a, b) => a | b,
    );
  }

  fetchXor(n: T, _order?: Ordering): T {
    return this.combine(
      n,
      (a, b) => a ^ b,
      (a, b) => a ^ b,
    );
  }

  /** A 64-bit result brought back into the type's range, as Rust's atomics wrap (AtomicU64: unsigned). */
  protected wrap(value: bigint): bigint {
    return BigInt.asUintN(64, value);
  }

  /** Stores `op(value, n)` and gives the value before. */
  private combine(n: T, op: (a: number, b: number) => number, wide: (a: bigint, b: bigint) => bigint): T {
    const old = this.value;
    this.value = (typeof old === 'bigint' ? this.wrap(wide(old, n as bigint)) : op(old as number, n as number)) as T;
    return old;
  }
}

/** AtomicI64: in a wide program its bigint wraps as a signed 64-bit integer. */
export class AtomicSigned64<T extends number | bigint = number> extends AtomicNumber<T> {
  static override wide(value: bigint): AtomicSigned64<bigint> {
    return new AtomicSigned64<bigint>(value);
  }

  protected override wrap(value: bigint): bigint {
    return BigInt.asIntN(64, value);
  }
}

export class AtomicBool extends Atomic<boolean> {
  fetchAnd(b: boolean, _order?: Ordering): boolean {
    return this.update(this.value && b);
  }

  fetchOr(b: boolean, _order?: Ordering): boolean {
    return this.update(this.value || b);
  }

  fetchXor(b: boolean, _order?: Ordering): boolean {
    return this.update(this.value !== b);
  }

  fetchNand(b: boolean, _order?: Ordering): boolean {
    return this.update(!(this.value && b));
  }

  private update(next: boolean): boolean {
    const old = this.value;
    this.value = next;
    return old;
  }
}
