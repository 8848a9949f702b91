import { RESOLVED, wake } from '../core/scheduler.js';
import { tracer } from '../core/tracer.js';
import type { Waiter } from '../core/waiter.js';
import { RUST_DEBUG, type RustDebugValue } from '../fmt/rust.js';
import { awaitOp, PENDING, type Poll, type Selectable } from './op.js';
import { panic } from './panic.js';
import { Err, Ok, type Result } from './result.js';

/*
 * tokio::sync::Semaphore, as Tokio's batch semaphore works: acquirers queue first come, first
 * served; released permits go to the head of the queue (a waiter for 3 gets them one by one,
 * and nobody behind it passes it), so `available_permits` counts only what nobody waits for.
 * A dropped acquire gives back what it was assigned. RwLock is built on it (rwlock.ts).
 */

/** Tokio's limit: `usize::MAX >> 3`. */
const MAX_PERMITS = Number.MAX_SAFE_INTEGER;

/** `acquire` on a closed semaphore. */
export class AcquireError {
  [RUST_DEBUG](): RustDebugValue {
    return { kind: 'tuple-struct', name: 'AcquireError', fields: [null] };
  }

  toString(): string {
    return 'semaphore closed';
  }
}

/** `try_acquire`: Closed, or NoPermits. */
export class TryAcquireError {
  static readonly Closed = new TryAcquireError('Closed');
  static readonly NoPermits = new TryAcquireError('NoPermits');

  private constructor(readonly kind: 'Closed' | 'NoPermits') {}

  isClosed(): boolean {
    return this.kind === 'Closed';
  }

  isNoPermits(): boolean {
    return this.kind === 'NoPermits';
  }

  [RUST_DEBUG](): RustDebugValue {
    return { kind: 'unit', name: this.kind };
  }

  toString(): string {
    return this.kind === 'Closed' ? 'semaphore closed' : 'no permits available';
  }
}

/** The permits and the queue of acquires waiting for them. */
export class PermitPool {
  closed = false;
  /** Insertion-ordered; an acquire is in it from its first wait until it has all it needs. */
  private readonly queue = new Set<AcquireOp<unknown>>();

  constructor(public available: number) {}

  /** Takes `n` at once if nobody waits before: for try_acquire and the first poll of an acquire. */
  tryTake(n: number): boolean {
    if (this.queue.size > 0 || this.available < n) return false;
    this.available -= n;
    return true;
  }

  enqueue(op: AcquireOp<unknown>): void {
    this.queue.add(op);
    this.assign();
  }

  leave(op: AcquireOp<unknown>): void {
    this.queue.delete(op);
  }

  release(n: number): void {
    if (n === 0) return;
    if (this.available + n > MAX_PERMITS)
      panic(`number of added permits (${n}) would overflow MAX_PERMITS (${MAX_PERMITS})`);
    this.available += n;
    this.assign();
  }

  close(): void {
    this.closed = true;
    for (const op of this.queue) op.wakeUp();
  }

  describe(): string {
    return `a Semaphore (${this.available} permit${this.available === 1 ? '' : 's'} free)`;
  }

  /** Hands the free permits to the queue's head, in order, waking each acquire that has all it needs. */
  private assign(): void {
    for (const op of this.queue) {
      if (this.available === 0) return;
      const given = Math.min(this.available, op.missing);
      this.available -= given;
      op.missing -= given;
      if (op.missing > 0) return;
      this.queue.delete(op);
      op.wakeUp();
    }
  }
}

/** One `acquire_many(n)`: what it still misses; it gives `acquired()` once it has them all, `closed()` if the pool closes first. */
export class AcquireOp<R> implements Selectable<R> {
  missing: number;
  private queued = false;
  private done = false;
  private waiter: Waiter | null = null;

  constructor(
    private readonly pool: PermitPool,
    private readonly wanted: number,
    private readonly acquired: () => R,
    private readonly closed: () => R,
    private readonly what: string,
  ) {
    this.missing = wanted;
  }

  poll(): Poll<R> {
    if (this.done) return PENDING;
    if (this.pool.closed) return this.closed();
    if (this.queued ? this.missing === 0 : this.pool.tryTake(this.wanted)) {
      this.done = true;
      return this.acquired();
    }
    return PENDING;
  }

  subscribe(w: Waiter): void {
    this.waiter = w;
    if (this.queued) return;
    this.queued = true;
    this.pool.enqueue(this);
  }

  /** As LockOp's: an acquire abandoned (not polled again in the same step) gives back what it was assigned. */
  unsubscribe(): void {
    this.waiter = null;
    RESOLVED.then(() => {
      if (this.waiter !== null || this.done || !this.queued) return;
      this.done = true;
      this.pool.leave(this);
      this.pool.release(this.wanted - this.missing);
    });
  }

  wakeUp(): void {
    if (this.waiter !== null) wake(this.waiter, undefined);
  }

  describe(): string {
    return this.what;
  }
}

/** Permits held: `drop()` gives them back (once), `forget()` keeps them from the semaphore for good. */
export class SemaphorePermit {
  constructor(
    private readonly pool: PermitPool,
    private permits: number,
  ) {}

  forget(): void {
    this.permits = 0;
  }

  /** `merge(other)`: this permit holds both; `other` gives back nothing when dropped. */
  merge(other: SemaphorePermit): void {
    this.permits += other.permits;
    other.permits = 0;
  }

  drop(): void {
    const n = this.permits;
    this.permits = 0;
    this.pool.release(n);
    if (n > 0) tracer?.synced('release', this.pool, n);
  }

  [Symbol.dispose](): void {
    this.drop();
  }
}

type Acquired = Result<SemaphorePermit, AcquireError>;

export class Semaphore {
  private readonly pool: PermitPool;

  constructor(permits: number) {
    if (permits > MAX_PERMITS) panic(`a semaphore may not have more than MAX_PERMITS permits (${MAX_PERMITS})`);
    this.pool = new PermitPool(permits);
  }

  availablePermits(): number {
    return this.pool.available;
  }

  addPermits(n: number): void {
    this.pool.release(n);
    tracer?.synced('release', this.pool, n);
  }

  acquire(): Acquired | Promise<Acquired> {
    return this.acquireMany(1);
  }

  acquireMany(n: number): Acquired | Promise<Acquired> {
    return awaitOp(this.acquireOp(n), 'semaphore acquire');
  }

  /** `Arc<Semaphore>::acquire_owned()`: the permit keeps the Arc; here it is the same permit. */
  acquireOwned(): Acquired | Promise<Acquired> {
    return this.acquire();
  }

  acquireManyOwned(n: number): Acquired | Promise<Acquired> {
    return this.acquireMany(n);
  }

  /** For select!: one acquire of `n` permits. */
  acquireOp(n = 1): Selectable<Acquired> {
    return new AcquireOp<Acquired>(
      this.pool,
      n,
      () => new Ok(this.permit(n)),
      () => new Err(new AcquireError()),
      'a semaphore',
    );
  }

  tryAcquire(): Result<SemaphorePermit, TryAcquireError> {
    return this.tryAcquireMany(1);
  }

  tryAcquireMany(n: number): Result<SemaphorePermit, TryAcquireError> {
    if (this.pool.closed) return new Err(TryAcquireError.Closed);
    if (!this.pool.tryTake(n)) return new Err(TryAcquireError.NoPermits);
    return new Ok(this.permit(n));
  }

  private permit(n: number): SemaphorePermit {
    tracer?.synced('acquire', this.pool, n);
    return new SemaphorePermit(this.pool, n);
  }

  tryAcquireOwned(): Result<SemaphorePermit, TryAcquireError> {
    return this.tryAcquire();
  }

  tryAcquireManyOwned(n: number): Result<SemaphorePermit, TryAcquireError> {
    return this.tryAcquireMany(n);
  }

  /** Every waiting and later acquire fails; permits held stay valid. */
  close(): void {
    this.pool.close();
  }

  isClosed(): boolean {
    return this.pool.closed;
  }

  [RUST_DEBUG](): RustDebugValue {
    return { kind: 'text', text: `Semaphore { ll_sem: Semaphore { permits: ${this.pool.available} } }` };
  }
}
