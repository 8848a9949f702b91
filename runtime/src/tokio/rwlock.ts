import { tracer } from '../core/tracer.js';
import { forbidBlocking } from './context.js';
import { debugString, debugText, displayString, RUST_DEBUG, type RustDebugValue } from '../fmt/rust.js';
import { StdTryLockError, TryLockError } from './errors.js';
import { awaitOp, type Selectable } from './op.js';
import { Err, Ok, type Result } from './result.js';
import { mapGuard, type MappedMutexGuard } from './mapped-guard.js';
import { AcquireOp, PermitPool } from './semaphore.js';
import { panic } from './panic.js';
import { drop as dropValue } from './std-lib.js';

/*
 * tokio::sync::RwLock, built as Tokio builds it: a fair semaphore of MAX_READS permits; a
 * reader takes one, a writer all of them. The queue is FIFO, so a waiting writer holds back
 * the readers that come after it, and the readers queued before it get in first.
 * std::sync::RwLock uses the same lock (std promises no order; this is one it allows).
 */

/** Tokio's `MAX_READS`: `u32::MAX >> 3`. */
const MAX_READS = 536870911;

class Shared<T> {
  readonly pool: PermitPool;
  constructor(
    public value: T,
    /** The permits a writer takes: every reader's. */
    readonly maxReads = MAX_READS,
  ) {
    this.pool = new PermitPool(maxReads);
  }

  describe(): string {
    return 'a RwLock';
  }
}

/** A read guard: `value` reads the protected value; `drop()` lets a writer in once no reader is left. */
export class RwLockReadGuard<T> {
  protected released = false;

  constructor(
    protected readonly lock: Shared<T>,
    private readonly permits = 1,
  ) {
    tracer?.synced(new.target === RwLockWriteGuard ? 'lock' : 'rlock', lock);
  }

  get value(): T {
    return this.lock.value;
  }

  /** `RwLockReadGuard::map(guard, |v| &v.part)`, and the write guard's: a guard on a part, holding the same lock. */
  static map<T, U>(
    guard: RwLockReadGuard<T>,
    read: (value: T) => U,
    write?: (value: T, part: U) => void,
  ): MappedMutexGuard<U> {
    return mapGuard(guard, read, write);
  }

  drop(): void {
    if (this.released) return;
    this.released = true;
    tracer?.synced(this instanceof RwLockWriteGuard ? 'unlock' : 'runlock', this.lock);
    this.lock.pool.release(this.permits);
  }

  [Symbol.dispose](): void {
    this.drop();
  }

  [RUST_DEBUG](): RustDebugValue {
    return { kind: 'text', text: debugString(this.lock.value) };
  }

  toString(): string {
    return displayString(this.lock.value);
  }
}

/** A write guard: `value` reads and writes the protected value. */
export class RwLockWriteGuard<T> extends RwLockReadGuard<T> {
  constructor(lock: Shared<T>) {
    super(lock, lock.maxReads);
  }

  /** `RwLockWriteGuard::downgrade(w)`: a read guard at once, letting the readers waiting first in with it. */
  downgrade(): RwLockReadGuard<T> {
    if (!this.released) {
      this.released = true;
      tracer?.synced('unlock', this.lock);
      this.lock.pool.release(this.lock.maxReads - 1);
    }
    return new RwLockReadGuard(this.lock);
  }

  override get value(): T {
    return this.lock.value;
  }

  override set value(value: T) {
    this.lock.value = value;
  }
}

/** The lock operations both RwLocks share; `wrap` makes what read() and write() give of a guard. */
abstract class LockCore<T> {
  protected readonly state: Shared<T>;

  constructor(value: T, maxReads = MAX_READS) {
    this.state = new Shared(value, maxReads);
  }

  protected readOp<R>(wrap: (guard: RwLockReadGuard<T>) => R): Selectable<R> {
    return this.op(1, () => wrap(new RwLockReadGuard(this.state)));
  }

  protected writeOp<R>(wrap: (guard: RwLockWriteGuard<T>) => R): Selectable<R> {
    return this.op(this.state.maxReads, () => wrap(new RwLockWriteGuard(this.state)));
  }

  protected tryTake(n: number): boolean {
    return this.state.pool.tryTake(n);
  }

  /** The lock's semaphore is never closed: an acquire always ends with the guard. */
  private op<R>(n: number, acquired: () => R): Selectable<R> {
    return new AcquireOp(this.state.pool, n, acquired, acquired, 'a RwLock');
  }

  drop(): void {
    dropValue(this.state.value);
  }
}

export class RwLock<T> extends LockCore<T> {
  /** `RwLock::with_max_readers(value, n)`: at most n readers at once; Tokio panics past its own limit. */
  static withMaxReaders<T>(value: T, maxReads: number): RwLock<T> {
    if (maxReads > MAX_READS) panic(`a RwLock may not be created with more than ${MAX_READS} readers`);
    return new RwLock(value, maxReads);
  }

  read(): RwLockReadGuard<T> | Promise<RwLockReadGuard<T>> {
    return awaitOp(
      this.readOp((g) => g),
      'RwLock read',
    );
  }

  write(): RwLockWriteGuard<T> | Promise<RwLockWriteGuard<T>> {
    return awaitOp(
      this.writeOp((g) => g),
      'RwLock write',
    );
  }

  readOwned(): RwLockReadGuard<T> | Promise<RwLockReadGuard<T>> {
    return this.read();
  }

  writeOwned(): RwLockWriteGuard<T> | Promise<RwLockWriteGuard<T>> {
    return this.write();
  }

  blockingRead(location?: string): RwLockReadGuard<T> | Promise<RwLockReadGuard<T>> {
    forbidBlocking(location);
    return this.read();
  }

  blockingWrite(location?: string): RwLockWriteGuard<T> | Promise<RwLockWriteGuard<T>> {
    forbidBlocking(location);
    return this.write();
  }

  tryRead(): Result<RwLockReadGuard<T>, TryLockError> {
    return this.tryTake(1) ? new Ok(new RwLockReadGuard(this.state)) : new Err(TryLockError.WouldBlock);
  }

  tryWrite(): Result<RwLockWriteGuard<T>, TryLockError> {
    return this.tryTake(this.state.maxReads)
      ? new Ok(new RwLockWriteGuard(this.state))
      : new Err(TryLockError.WouldBlock);
  }

  /** `Arc<RwLock>::try_read_owned()`: the guard keeps the Arc; here it is the same guard. */
  tryReadOwned(): Result<RwLockReadGuard<T>, TryLockError> {
    return this.tryRead();
  }

  tryWriteOwned(): Result<RwLockWriteGuard<T>, TryLockError> {
    return this.tryWrite();
  }

  intoInner(): T {
    return this.state.value;
  }

  /** `RwLock { data: 5 }`, or `RwLock { data: <locked> }` while written. */
  [RUST_DEBUG](): RustDebugValue {
    const attempt = this.tryRead();
    if (attempt.isErr()) return { kind: 'struct', name: 'RwLock', fields: [['data', debugText('<locked>')]] };
    const data = attempt.value.value;
    attempt.value.drop();
    return { kind: 'struct', name: 'RwLock', fields: [['data', data]] };
  }
}

/** std::sync::RwLock: `read()`/`write()` give Ok(guard), waiting (awaitable); poisoning is not modelled. */
export class StdRwLock<T> extends LockCore<T> {
  read(): Ok<RwLockReadGuard<T>> | Promise<Ok<RwLockReadGuard<T>>> {
    return awaitOp(
      this.readOp((g) => new Ok(g)),
      'RwLock read',
    );
  }

  write(): Ok<RwLockWriteGuard<T>> | Promise<Ok<RwLockWriteGuard<T>>> {
    return awaitOp(
      this.writeOp((g) => new Ok(g)),
      'RwLock write',
    );
  }

  tryRead(): Result<RwLockReadGuard<T>, StdTryLockError> {
    return this.tryTake(1) ? new Ok(new RwLockReadGuard(this.state)) : new Err(StdTryLockError.WouldBlock);
  }

  tryWrite(): Result<RwLockWriteGuard<T>, StdTryLockError> {
    return this.tryTake(MAX_READS) ? new Ok(new RwLockWriteGuard(this.state)) : new Err(StdTryLockError.WouldBlock);
  }

  intoInner(): Ok<T> {
    return new Ok(this.state.value);
  }
}
