import { blockingBody, resetClock } from './clock-timers.js';
import { enterRuntime, inRuntimeContext, markBlockingPool, requireRuntime } from './context.js';
import { Err, Ok, type Result } from './result.js';
import { spawn, startTask, type Droppable, type JoinHandle } from './task.js';

/*
 * tokio::runtime::{Runtime, Builder} for a plain `fn main`: `block_on` runs a future inside
 * the runtime (spawn and timers work there) and gives its value. There is one runtime here:
 * the builder's settings (flavor, worker threads, drivers) change nothing observable.
 */

export class Runtime {
  /** `Runtime::new()`: io::Result<Runtime>, always Ok; a multi-thread runtime, whose clock cannot be paused. */
  static new(): Ok<Runtime> {
    resetClock(false, false);
    return new Ok(new Runtime());
  }

  blockOn<T>(future: () => T | Promise<T>): Promise<T> {
    return Handle.shared.blockOn(future);
  }

  spawn<T>(body: () => T | Promise<T>, owned: readonly Droppable[] = []): JoinHandle<T> {
    return Handle.shared.spawn(body, owned);
  }

  spawnBlocking<T>(body: () => T | Promise<T>): JoinHandle<T> {
    return Handle.shared.spawnBlocking(body);
  }

  handle(): Handle {
    return Handle.shared;
  }

  /** `rt.enter()`: this thread has the runtime's context (spawn works) until the guard is dropped. */
  enter(): EnterGuard {
    return new EnterGuard(enterRuntime());
  }

  /** Tasks still running are dropped with the runtime when main ends. */
  drop(): void {}

  /** `shutdown_timeout` / `shutdown_background`: the runtime is dropped. */
  shutdownTimeout(_timeout: unknown): void {}

  shutdownBackground(): void {}
}

/** `tokio::runtime::Handle`: the one runtime, reachable from threads it does not drive. */
export class Handle {
  static readonly shared = new Handle();

  private constructor() {}

  /** `Handle::current()`: panics outside a runtime's context, as Tokio does. */
  static current(location = ''): Handle {
    requireRuntime(location);
    return Handle.shared;
  }

  /** `Handle::try_current()`: Err(TryCurrentError) outside a runtime's context. */
  static tryCurrent(): Result<Handle, TryCurrentError> {
    return inRuntimeContext() ? new Ok(Handle.shared) : new Err(new TryCurrentError());
  }

  /** `handle.block_on(f)`: runs `f` to its end on this thread, in the runtime's context. */
  async blockOn<T>(future: () => T | Promise<T>): Promise<T> {
    const leave = enterRuntime();
    try {
      return await future();
    } finally {
      leave();
    }
  }

  spawn<T>(body: () => T | Promise<T>, owned: readonly Droppable[] = []): JoinHandle<T> {
    return startTask(body, owned);
  }

  spawnBlocking<T>(body: () => T | Promise<T>): JoinHandle<T> {
    return onBlockingPool(startTask(blockingBody(body)));
  }

  clone(): Handle {
    return this;
  }

  drop(): void {}
}

/** `rt.enter()`'s guard: dropping it leaves the runtime's context. */
export class EnterGuard {
  constructor(private readonly leave: () => void) {}

  drop(): void {
    this.leave();
  }
}

export class TryCurrentError {
  toString(): string {
    return 'there is no reactor running, must be called from the context of a Tokio 1.x runtime';
  }
}

/** `Builder::new_multi_thread().worker_threads(4).enable_all().build()`. */
export class Builder {
  private paused = false;

  private constructor(private readonly currentThread: boolean) {}

  static newCurrentThread(): Builder {
    return new Builder(true);
  }

  static newMultiThread(): Builder {
    return new Builder(false);
  }

  /** `start_paused(true)` (test-util): the runtime's clock starts paused. */
  startPaused(paused: boolean): this {
    this.paused = paused;
    return this;
  }

  enableAll(): this {
    return this;
  }

  enableTime(): this {
    return this;
  }

  enableIo(): this {
    return this;
  }

  workerThreads(_count: number): this {
    return this;
  }

  /** The runtime's clock starts here, as Tokio's does when the runtime is built. */
  build(): Ok<Runtime> {
    resetClock(this.paused, this.currentThread);
    return new Ok(new Runtime());
  }
}

/** `tokio::task::spawn_blocking(f)`: `f` runs on a thread of the blocking pool; its handle is a task's. */
export function spawnBlocking<T>(f: () => T | Promise<T>): JoinHandle<T> {
  return onBlockingPool(spawn(blockingBody(f)));
}

function onBlockingPool<T>(handle: JoinHandle<T>): JoinHandle<T> {
  markBlockingPool(handle);
  return handle;
}
