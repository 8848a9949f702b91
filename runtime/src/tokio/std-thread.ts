import { ProgramExit } from '../core/program.js';
import type { Waiter } from '../core/waiter.js';
import { markThread } from './context.js';
import { PanicPayload } from './errors.js';
import { RustPanic } from './panic.js';
import { awaitOp, PENDING, type Poll, type Selectable } from './op.js';
import { Err, Ok, type Result } from './result.js';
import { poisonHeldLocks } from './std-poison.js';
import { nameThread, type Thread } from './std-thread-park.js';
import { reportPanic, startTask, type JoinHandle as TaskHandle } from './task.js';

/*
 * std::thread: a thread is a task. What blocks the thread in Rust is awaited here (`join`,
 * `sleep`), which lets the other threads run.
 */

export { PanicPayload };
export { sleep } from './std-time.js';
export { current, park, parkTimeout, Thread } from './std-thread-park.js';
/**
 * `thread::yield_now()` and `std::hint::spin_loop()`: a thread here is a task, which runs only
 * while the others wait, so a busy-wait loop lets them run (else it never sees what they store).
 */
export { yieldNow, yieldNow as spinLoop } from '../core/scheduler.js';

/** A std thread's handle: `join()` gives Ok(value), or Err(Any) when the thread panicked. */
export class JoinHandle<T> implements Selectable<Result<T, PanicPayload>> {
  /** Whether `join()` was called: the thread's panic, if any, is then the caller's to handle. */
  joined = false;

  constructor(
    private readonly task: TaskHandle<Result<T, PanicPayload>>,
    private readonly runs: Thread,
  ) {}

  /** `handle.thread()` */
  thread(): Thread {
    return this.runs;
  }

  join(): Result<T, PanicPayload> | Promise<Result<T, PanicPayload>> {
    this.joined = true;
    return awaitOp(this, 'thread join');
  }

  isFinished(): boolean {
    return this.task.isFinished();
  }

  poll(): Poll<Result<T, PanicPayload>> {
    const joined = this.task.poll();
    // A thread's task cannot be aborted, and it catches its own panics: it always ends Ok.
    return joined === PENDING ? PENDING : joined.unwrap();
  }

  subscribe(w: Waiter): void {
    this.task.subscribe(w);
  }

  unsubscribe(w: Waiter): void {
    this.task.unsubscribe(w);
  }

  describe(): string {
    return `the JoinHandle of thread ${this.task.id()}`;
  }
}

/** `thread::spawn(f)`: runs `f` as a task; a panic in it is printed as Rust prints a thread's, and `join()` gives Err. */
export function spawn<T>(f: () => T | Promise<T>, name?: string): JoinHandle<T> {
  const task = startTask(() => runThread(f, name));
  markThread(task);
  return new JoinHandle(task, nameThread(task, name));
}

async function runThread<T>(f: () => T | Promise<T>, name = '<unnamed>'): Promise<Result<T, PanicPayload>> {
  try {
    return new Ok(await f());
  } catch (error) {
    if (error instanceof ProgramExit) throw error;
    reportPanic(name, error);
    poisonHeldLocks();
    return new Err(PanicPayload.of(error));
  }
}

/** `thread::Builder`: a thread's name (its stack size means nothing here) before it is spawned. */
export class Builder {
  private threadName: string | undefined;

  name(name: string): this {
    this.threadName = name;
    return this;
  }

  stackSize(_bytes: number): this {
    return this;
  }

  /** Ok(handle): a thread always starts here. */
  spawn<T>(f: () => T | Promise<T>): Ok<JoinHandle<T>> {
    return new Ok(spawn(f, this.threadName));
  }
}

/** The `s` of `thread::scope(|s| ...)`: threads spawned through it are joined when the scope ends. */
export class Scope {
  private readonly handles: JoinHandle<unknown>[] = [];

  spawn<T>(f: () => T | Promise<T>): JoinHandle<T> {
    const handle = spawn(f);
    this.handles.push(handle);
    return handle;
  }

  /**
   * Waits for every thread spawned in the scope, as `thread::scope` does before it returns;
   * true when one of them panicked and nobody joined it.
   */
  async joinAll(): Promise<boolean> {
    let unhandledPanic = false;
    for (const handle of this.handles) {
      const outcome = await awaitOp(handle, 'thread join');
      if (outcome.isErr() && !handle.joined) unhandledPanic = true;
    }
    return unhandledPanic;
  }
}

/**
 * `std::thread::scope`: runs `f` with a scope, then waits for the threads it spawned; gives f's
 * value, or panics at the caller's `location` when a thread it did not join panicked.
 */
export async function scope<T>(f: (s: Scope) => T | Promise<T>, location?: string): Promise<T> {
  const s = new Scope();
  let unhandledPanic = false;
  let value: T;
  try {
    value = await f(s);
  } finally {
    unhandledPanic = await s.joinAll();
  }
  if (unhandledPanic) throw new RustPanic('a scoped thread panicked', location);
  return value;
}
