import { RUST_DEBUG, type RustDebugValue } from '../fmt/rust.js';
import { Err, Ok, type Result } from './result.js';

/*
 * std::sync::atomic: every task runs on one JavaScript thread, so each operation is atomic as
 * it stands and every `Ordering` gives sequentially consistent results (which all orderings
 * allow). The ordering arguments are taken and ignored. Integers are JavaScript numbers: a
 * `fetch_add` past the type's range does not wrap around.
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
export class AtomicNumber extends Atomic<number> {
  fetchAdd(n: number, _order?: Ordering): number {
    return this.update(this.value + n);
  }

  fetchSub(n: number, _order?: Ordering): number {
    return this.update(this.value - n);
  }

  fetchMax(n: number, _order?: Ordering): number {
    return this.update(Math.max(this.value, n));
  }

  fetchMin(n: number, _order?: Ordering): number {
    return this.update(Math.min(this.value, n));
  }

  fetchAnd(n: number, _order?: Ordering): number {
    return this.update(this.value & n);
  }

  fetchOr(n: number, _order?: Ordering): number {
    return this.update(this.value | n);
  }

  fetchXor(n: number, _order?: Ordering): number {
    return this.update(this.value ^ n);
  }

  private update(next: number): number {
    const old = this.value;
    this.value = next;
    return old;
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
