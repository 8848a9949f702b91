import { blockingBody, resetClock } from './clock-timers.js';
import { markBlockingPool, setMainInRuntime } from './context.js';
import { Ok } from './result.js';
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

  async blockOn<T>(future: () => T | Promise<T>): Promise<T> {
    setMainInRuntime(true);
    try {
      return await future();
    } finally {
      setMainInRuntime(false);
    }
  }

  spawn<T>(body: () => T | Promise<T>, owned: readonly Droppable[] = []): JoinHandle<T> {
    return startTask(body, owned);
  }

  spawnBlocking<T>(body: () => T | Promise<T>): JoinHandle<T> {
    return onBlockingPool(startTask(blockingBody(body)));
  }

  /** Tasks still running are dropped with the runtime when main ends. */
  drop(): void {}
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
