// tokio::sync::OnceCell: a value set at most once. `get_or_init` runs one initializer at a
// time (the others wait on a one-permit semaphore, as Tokio's does); once a value is set the
// semaphore closes and every waiter reads it.
import { option, RUST_DEBUG, type RustDebugValue } from '../fmt/rust.js';
import { Err, Ok, OK, type Option, type Result, type Unit } from './result.js';
import { Semaphore, type SemaphorePermit } from './semaphore.js';

/** `set` on a cell that has a value, or that another task is initializing: the value comes back. */
export class SetError<T> {
  constructor(
    readonly kind: 'AlreadyInitializedError' | 'InitializingError',
    readonly value: T,
  ) {}

  isAlreadyInitErr(): boolean {
    return this.kind === 'AlreadyInitializedError';
  }

  isInitializingErr(): boolean {
    return this.kind === 'InitializingError';
  }

  [RUST_DEBUG](): RustDebugValue {
    return { kind: 'tuple-struct', name: this.kind, fields: [this.value] };
  }

  toString(): string {
    return this.kind;
  }
}

export class OnceCell<T> {
  private value: Option<T> = undefined;
  private isSet = false;
  private readonly semaphore = new Semaphore(1);

  /** `OnceCell::const_new()` (a `static`'s cell) is a new cell. */
  static constNew<T>(): OnceCell<T> {
    return new OnceCell<T>();
  }

  /** `OnceCell::new_with(Some(v))`: a cell set already. */
  static newWith<T>(value: Option<T>): OnceCell<T> {
    const cell = new OnceCell<T>();
    if (value !== undefined) cell.store(value);
    return cell;
  }

  initialized(): boolean {
    return this.isSet;
  }

  get(): Option<T> {
    return this.value;
  }

  set(value: T): Result<Unit, SetError<T>> {
    if (this.isSet) return new Err(new SetError('AlreadyInitializedError', value));
    const permit = this.semaphore.tryAcquire();
    if (permit.isErr()) return new Err(new SetError('InitializingError', value));
    this.store(value, permit.value);
    return OK;
  }

  /** The value, or the value `f()` gives once it has run (one initializer at a time). */
  async getOrInit(f: () => T | PromiseLike<T>): Promise<T> {
    if (this.isSet) return this.value as T;
    const permit = await this.semaphore.acquire();
    if (permit.isErr()) return this.value as T;
    return this.store(await this.initialize(f, permit.value), permit.value);
  }

  /** As `getOrInit`, but an `Err` from `f()` leaves the cell empty for the next caller. */
  async getOrTryInit<E>(f: () => Result<T, E> | PromiseLike<Result<T, E>>): Promise<Result<T, E>> {
    if (this.isSet) return new Ok(this.value as T);
    const permit = await this.semaphore.acquire();
    if (permit.isErr()) return new Ok(this.value as T);
    const made = await this.initialize(f, permit.value);
    if (made.isErr()) {
      permit.value.drop();
      return made;
    }
    return new Ok(this.store(made.value, permit.value));
  }

  intoInner(): Option<T> {
    return this.value;
  }

  /** `cell.take()`: the value, leaving the cell empty. */
  take(): Option<T> {
    const value = this.value;
    this.value = undefined;
    this.isSet = false;
    return value;
  }

  [RUST_DEBUG](): RustDebugValue {
    return { kind: 'struct', name: 'OnceCell', fields: [['value', option(this.value)]] };
  }

  /** Runs the initializer; a panic or cancellation in it gives the permit back, as Rust's drop does. */
  private async initialize<R>(f: () => R | PromiseLike<R>, permit: SemaphorePermit): Promise<R> {
    try {
      return await f();
    } catch (error) {
      permit.drop();
      throw error;
    }
  }

  private store(value: T, permit?: SemaphorePermit): T {
    this.value = value;
    this.isSet = true;
    permit?.forget();
    this.semaphore.close();
    return value;
  }
}
