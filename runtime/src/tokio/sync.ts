import { forbidBlocking } from './context.js';
import { mapGuard, type MappedMutexGuard } from './mapped-guard.js';
import { drop as dropValue } from './std-lib.js';
import { RESOLVED, wake } from '../core/scheduler.js';
import { tracer } from '../core/tracer.js';
import type { Waiter } from '../core/waiter.js';
import { debugString, debugText, displayString, RUST_DEBUG, type RustDebugValue } from '../fmt/rust.js';
import { StdTryLockError, TryLockError } from './errors.js';
import { awaitOp, PENDING, type Poll, type Selectable } from './op.js';
import { Err, Ok, type Result } from './result.js';
import { holdGuard, PoisonError, releaseGuard, type Poisonable } from './std-poison.js';

/** std's `LockResult<G>`. */
type LockResult<G> = Result<G, PoisonError<G>>;

/*
 * tokio::sync::Mutex and std::sync::Mutex. `Arc<Mutex<T>>` is the Mutex itself: JavaScript
 * shares objects by reference, so `Arc::new(m)` and `Arc::clone(&m)` translate to `m`.
 * Both mutexes serve lockers first come, first served, as Tokio's does (std's makes no
 * promise, so this is one of its behaviours). A guard gives the value as `guard.value`
 * (`*guard`), and unlocks on `drop()` or at the end of a `using` block.
 */

/** The value, whether a guard holds it, and the lock operations waiting for it, in arrival order. */
class FairLock<T> implements Poisonable {
  held = false;
  /** A std mutex whose holder panicked (a Tokio mutex is never poisoned). */
  poisoned = false;
  /** Insertion-ordered; an operation whose waiter left without taking the lock was abandoned. */
  private readonly queue = new Set<LockOp<T, unknown>>();

  constructor(
    public value: T,
    /** std's: its guards are kept by thread, for poisoning. */
    readonly poisonable = false,
  ) {}

  /** Takes the lock for `op` if it is free and no live operation came before it (null: for try_lock). */
  acquire(op: LockOp<T, unknown> | null): boolean {
    if (this.held) return false;
    for (const queued of this.queue) {
      if (queued === op) break;
      if (queued.waiter !== null) return false;
      this.queue.delete(queued);
    }
    if (op !== null) this.queue.delete(op);
    this.held = true;
    tracer?.synced('lock', this);
    return true;
  }

  release(): void {
    this.held = false;
    tracer?.synced('unlock', this);
    this.wakeFirst();
  }

  enqueue(op: LockOp<T, unknown>): void {
    this.queue.add(op);
  }

  /**
   * Called when `op` stops waiting. It then either polls at once, in the same synchronous
   * step (awaitOp, select!), or was abandoned (a lost select! branch, a cancelled task). An
   * abandoned operation may have been woken to take the free lock: as Tokio's dropped
   * Acquire hands its permit on, the next one is woken instead, once that step is over.
   */
  left(op: LockOp<T, unknown>): void {
    if (this.held) return;
    RESOLVED.then(() => {
      if (op.waiter === null && this.queue.delete(op) && !this.held) this.wakeFirst();
    });
  }

  describe(): string {
    return this.poisonable ? 'a std Mutex' : 'a tokio Mutex';
  }

  private wakeFirst(): void {
    for (const queued of this.queue) {
      if (queued.waiter !== null) {
        wake(queued.waiter, undefined);
        return;
      }
      this.queue.delete(queued);
    }
  }
}

/** One `lock()`: it keeps its place in the queue from its first wait until it takes the lock or is abandoned. */
class LockOp<T, R> implements Selectable<R> {
  waiter: Waiter | null = null;

  constructor(
    private readonly lock: FairLock<T>,
    private readonly locked: (guard: MutexGuard<T>) => R,
  ) {}

  poll(): Poll<R> {
    return this.lock.acquire(this) ? this.locked(new MutexGuard(this.lock)) : PENDING;
  }

  subscribe(w: Waiter): void {
    this.waiter = w;
    this.lock.enqueue(this);
  }

  unsubscribe(): void {
    this.waiter = null;
    this.lock.left(this);
  }

  describe(): string {
    return 'a mutex';
  }
}

/** A held lock: `value` reads and writes the protected value; `drop()` unlocks (idempotent). */
export class MutexGuard<T> {
  private released = false;

  constructor(private readonly lock: FairLock<T>) {
    if (lock.poisonable) holdGuard(this, lock);
  }

  get value(): T {
    return this.lock.value;
  }

  set value(value: T) {
    this.lock.value = value;
  }

  drop(): void {
    if (this.released) return;
    this.released = true;
    if (this.lock.poisonable) releaseGuard(this);
    this.lock.release();
  }

  /** `MutexGuard::map(guard, |v| &mut v.part)`: `read` gives the part, `write` assigns it when the closure's body is a place. */
  static map<T, U>(
    guard: MutexGuard<T>,
    read: (value: T) => U,
    write?: (value: T, part: U) => void,
  ): MappedMutexGuard<U> {
    return mapGuard(guard, read, write);
  }

  /** For Condvar: locks the same mutex again after `drop()`, waiting its turn; gives a new guard. */
  relock(): MutexGuard<T> | Promise<MutexGuard<T>> {
    return awaitOp(new LockOp(this.lock, itself), 'mutex lock');
  }

  [Symbol.dispose](): void {
    this.drop();
  }

  /** Debug and Display of a guard are those of the value. */
  [RUST_DEBUG](): RustDebugValue {
    return { kind: 'text', text: debugString(this.lock.value) };
  }

  toString(): string {
    return displayString(this.lock.value);
  }
}

const itself = <G>(guard: G): G => guard;

/** `get_mut()`: the value reached through `&mut Mutex`, which needs no lock; dropping it unlocks nothing. */
export class MutexValue<T> {
  constructor(private readonly lock: FairLock<T>) {}

  get value(): T {
    return this.lock.value;
  }

  set value(value: T) {
    this.lock.value = value;
  }

  drop(): void {}
}

/** tokio::sync::Mutex: `lock()` waits its turn (awaitable), `lockOp()` for select!. */
export class Mutex<T> {
  private readonly state: FairLock<T>;

  constructor(value: T) {
    this.state = new FairLock(value);
  }

  lock(): MutexGuard<T> | Promise<MutexGuard<T>> {
    return awaitOp(this.lockOp(), 'mutex lock');
  }

  lockOp(): Selectable<MutexGuard<T>> {
    return new LockOp(this.state, itself);
  }

  /** `Arc<Mutex>::lock_owned()`: the guard keeps the Arc; here it is the same guard. */
  lockOwned(): MutexGuard<T> | Promise<MutexGuard<T>> {
    return this.lock();
  }

  /** `blocking_lock()` from a thread outside the runtime (inside it, Tokio panics at `location`). */
  blockingLock(location?: string): MutexGuard<T> | Promise<MutexGuard<T>> {
    forbidBlocking(location);
    return this.lock();
  }

  getMut(): MutexValue<T> {
    return new MutexValue(this.state);
  }

  intoInner(): T {
    return this.state.value;
  }

  /** Err(TryLockError) while locked or while others wait for it. */
  tryLock(): Result<MutexGuard<T>, TryLockError> {
    return this.state.acquire(null) ? new Ok(new MutexGuard(this.state)) : new Err(TryLockError.WouldBlock);
  }

  /** Dropping a mutex drops the value it holds (a receiver in it closes its channel). */
  drop(): void {
    dropValue(this.state.value);
  }

  /** `Mutex { data: 5 }`, or `Mutex { data: <locked> }`. */
  [RUST_DEBUG](): RustDebugValue {
    const attempt = this.tryLock();
    if (attempt.isErr()) return { kind: 'struct', name: 'Mutex', fields: [['data', debugText('<locked>')]] };
    const data = attempt.value.value;
    attempt.value.drop();
    return { kind: 'struct', name: 'Mutex', fields: [['data', data]] };
  }
}

/**
 * std::sync::Mutex: `lock()` gives Ok(guard), waiting (awaitable) while another task or
 * thread holds it. A thread that panics while holding a guard poisons the mutex (see
 * std-poison.ts): then `lock()` gives Err(PoisonError) with the guard inside, and so does
 * `into_inner()` with the value, until `clear_poison()`.
 */
export class StdMutex<T> {
  private readonly state: FairLock<T>;

  constructor(value: T) {
    this.state = new FairLock(value, true);
  }

  lock(): LockResult<MutexGuard<T>> | Promise<LockResult<MutexGuard<T>>> {
    return awaitOp(new LockOp(this.state, (guard: MutexGuard<T>) => this.checked(guard)), 'mutex lock');
  }

  isPoisoned(): boolean {
    return this.state.poisoned;
  }

  clearPoison(): void {
    this.state.poisoned = false;
  }

  tryLock(): Result<MutexGuard<T>, StdTryLockError> {
    return this.state.acquire(null) ? new Ok(new MutexGuard(this.state)) : new Err(StdTryLockError.WouldBlock);
  }

  /** The value through `&mut Mutex`, which needs no lock. */
  getMut(): LockResult<MutexValue<T>> {
    return this.checked(new MutexValue(this.state));
  }

  intoInner(): LockResult<T> {
    return this.checked(this.state.value);
  }

  /** Ok(what the lock gives), or Err(PoisonError) with it inside once the mutex is poisoned. */
  private checked<R>(inner: R): LockResult<R> {
    return this.state.poisoned ? new Err(new PoisonError(inner)) : new Ok(inner);
  }

  /** Dropping a mutex drops the value it holds. */
  drop(): void {
    dropValue(this.state.value);
  }

  /** `Mutex { data: 5, poisoned: false, .. }`, or `data: "<locked>"`. */
  [RUST_DEBUG](): RustDebugValue {
    const attempt = this.tryLock();
    let data = '"<locked>"';
    if (attempt.isOk()) {
      data = debugString(attempt.value.value);
      attempt.value.drop();
    }
    return { kind: 'text', text: `Mutex { data: ${data}, poisoned: ${this.state.poisoned}, .. }` };
  }
}
