import { completed, park, taskWaiter, wake } from '../core/scheduler.js';
import { tracer } from '../core/tracer.js';
import { WaitList } from '../core/waiter.js';
import { go } from './goroutine.js';
import { FatalError, GoPanic } from './panic.js';

export { SyncMap as Map } from './sync-map.js';
export { Pool } from './sync-pool.js';
export { onceFunc, onceValue, onceValues } from './sync-once-func.js';

function wakeAll(list: WaitList): void {
  for (let w = list.shift(); w !== null; w = list.shift()) wake(w, undefined);
}

function parkOn(list: WaitList, reason: string, target: { describe(): string }): Promise<void> {
  const w = taskWaiter();
  list.push(w);
  return park(w, reason, target);
}

/** `sync.WaitGroup`: wait() blocks until the counter is back to zero. */
export class WaitGroup {
  private counter = 0;
  private readonly waiters = new WaitList();

  add(delta: number): void {
    this.counter += delta;
    if (this.counter < 0) throw new GoPanic('sync: negative WaitGroup counter');
    tracer?.synced('add', this, delta);
    if (this.counter === 0) wakeAll(this.waiters);
  }

  done(): void {
    this.add(-1);
  }

  wait(): void | Promise<void> {
    tracer?.synced('wait', this);
    if (this.counter === 0) return completed(undefined);
    return parkOn(this.waiters, 'semacquire', this);
  }

  /** `wg.Go(f)` (Go 1.25): add(1), run f in a goroutine, done() when it returns. */
  go(f: () => unknown): void {
    this.add(1);
    go(async () => {
      try {
        await f();
      } finally {
        this.done();
      }
    });
  }

  describe(): string {
    return `sync.WaitGroup (counter ${this.counter})`;
  }
}

/** `sync.Mutex`: FIFO hand-off to waiting lockers. */
export class Mutex {
  private locked = false;
  private readonly waiters = new WaitList();

  lock(): void | Promise<void> {
    tracer?.synced('lock', this);
    if (!this.locked) {
      this.locked = true;
      return completed(undefined);
    }
    return parkOn(this.waiters, 'sync.Mutex.Lock', this);
  }

  /** Never waits, but counts as an operation: a loop spinning on it lets other goroutines run, as Go's preemption does. */
  tryLock(): boolean | Promise<boolean> {
    const taken = !this.locked;
    this.locked = true;
    return completed(taken);
  }

  unlock(): void {
    if (!this.locked) throw new FatalError('sync: unlock of unlocked mutex');
    tracer?.synced('unlock', this);
    const next = this.waiters.shift();
    if (next !== null) wake(next, undefined);
    else this.locked = false;
  }

  describe(): string {
    return 'sync.Mutex';
  }
}

/** `sync.RWMutex`: many readers or one writer; a waiting writer holds off new readers. */
export class RWMutex {
  private readers = 0;
  private writing = false;
  private readonly writers = new WaitList();
  private readonly pendingReaders = new WaitList();

  rLock(): void | Promise<void> {
    tracer?.synced('rlock', this);
    if (!this.writing && this.writers.size === 0) {
      this.readers++;
      return completed(undefined);
    }
    return parkOn(this.pendingReaders, 'sync.RWMutex.RLock', this);
  }

  rUnlock(): void {
    if (this.readers === 0) throw new FatalError('sync: RUnlock of unlocked RWMutex');
    tracer?.synced('runlock', this);
    if (--this.readers === 0) this.grantWriter();
  }

  lock(): void | Promise<void> {
    tracer?.synced('lock', this);
    if (!this.writing && this.readers === 0) {
      this.writing = true;
      return completed(undefined);
    }
    return parkOn(this.writers, 'sync.RWMutex.Lock', this);
  }

  unlock(): void {
    if (!this.writing) throw new FatalError('sync: Unlock of unlocked RWMutex');
    tracer?.synced('unlock', this);
    this.writing = false;
    if (this.pendingReaders.size > 0) {
      this.readers += this.pendingReaders.size;
      wakeAll(this.pendingReaders);
    } else {
      this.grantWriter();
    }
  }

  /** Never waits, but a loop spinning on it lets other goroutines run (Mutex.tryLock). */
  tryLock(): boolean | Promise<boolean> {
    if (this.writing || this.readers > 0) return completed(false);
    this.writing = true;
    return completed(true);
  }

  /** Fails while a writer holds the lock or waits for it. */
  tryRLock(): boolean | Promise<boolean> {
    if (this.writing || this.writers.size > 0) return completed(false);
    this.readers++;
    return completed(true);
  }

  /** `rw.RLocker()`: a sync.Locker whose Lock and Unlock are rw's RLock and RUnlock. */
  rLocker(): { lock(): void | Promise<void>; unlock(): void } {
    return { lock: () => this.rLock(), unlock: () => this.rUnlock() };
  }

  describe(): string {
    return `sync.RWMutex (${this.writing ? 'write-locked' : `${this.readers} readers`})`;
  }

  private grantWriter(): void {
    const next = this.writers.shift();
    if (next === null) return;
    this.writing = true;
    wake(next, undefined);
  }
}

/** `sync.Once`: runs f the first time; concurrent callers wait until it has returned. */
export class Once {
  private state: 'new' | 'running' | 'done' = 'new';
  private readonly waiters = new WaitList();

  do(f: () => unknown): void | Promise<void> {
    tracer?.synced('once', this);
    if (this.state === 'done') return completed(undefined);
    if (this.state === 'running') return parkOn(this.waiters, 'sync.Mutex.Lock', this);
    this.state = 'running';
    const finish = () => {
      this.state = 'done';
      wakeAll(this.waiters);
    };
    let result: unknown;
    try {
      result = f();
    } catch (error) {
      finish();
      throw error;
    }
    if (result instanceof Promise) return result.then(finish, (error) => (finish(), Promise.reject(error)));
    finish();
  }

  describe(): string {
    return 'sync.Once';
  }
}

/** `sync.Cond` over a Mutex: wait() unlocks, waits for signal/broadcast, locks again. */
export class Cond {
  private readonly waiters = new WaitList();

  constructor(readonly l: Mutex) {}

  async wait(): Promise<void> {
    this.l.unlock();
    await parkOn(this.waiters, 'sync.Cond.Wait', this);
    await this.l.lock();
  }

  signal(): void {
    const next = this.waiters.shift();
    if (next !== null) wake(next, undefined);
  }

  broadcast(): void {
    wakeAll(this.waiters);
  }

  describe(): string {
    return 'sync.Cond';
  }
}

export function newCond(l: Mutex): Cond {
  return new Cond(l);
}
