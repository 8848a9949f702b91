import { activeProgram, ProgramExit, startProgram, type Program, type ProgramOptions } from '../core/program.js';
import { fail, liveTasks, releasePolled, spawnPolledTask, spawnTask, stepPolled } from '../core/scheduler.js';
import { RUNNABLE, WAITING, type Task, type TaskHooks } from '../core/task.js';
import type { Waiter } from '../core/waiter.js';
import { requireRuntime, setMainInRuntime } from './context.js';
import { advanceToNextTimer, resetClock } from './clock-timers.js';
import { checkAborted, isAborted, markAborted, TaskCancelled } from './cancel.js';
import { JoinError, PanicPayload } from './errors.js';
import { awaitOp, PENDING, Subscribers, type Poll, type Selectable } from './op.js';
import { debugString } from '../fmt/rust.js';
import { ExitCode } from './exit-code.js';
import { panicReport } from './panic.js';
import { Err, Ok, type Result } from './result.js';

/** `#[tokio::main(flavor = ...)]`: names the thread a spawned task's panic is reported on. */
export type Flavor = 'multi_thread' | 'current_thread';

let nextTaskId = 1;
let workerThread = 'tokio-runtime-worker';
let panicked = false;

/** Prints a panic report; only a program's first one carries the backtrace note. */
export function reportPanic(thread: string, error: unknown): void {
  activeProgram()?.write('stderr', panicReport(thread, error, !panicked));
  panicked = true;
}

const taskHooks: TaskHooks = {
  returned(task, value) {
    handleOf(task)?.finish(new Ok(value));
  },
  threw(task, error) {
    if (error instanceof ProgramExit) return;
    const handle = handleOf(task);
    if (error instanceof TaskCancelled) {
      handle?.finish(new Err(new JoinError('Cancelled', task.id)));
      return;
    }
    reportPanic(workerThread, error);
    handle?.finish(new Err(new JoinError('Panic', task.id, PanicPayload.of(error))));
  },
};

function handleOf(task: Task): JoinHandle<unknown> | null {
  return task.handle as JoinHandle<unknown> | null;
}

/** What a task owns and drops when it ends: a moved Sender, say. */
export interface Droppable {
  drop(): void;
}

/**
 * `tokio::spawn`: runs `body` as a new task, later, never before spawn returns. A panic in
 * it is printed and ends only that task: awaiting the handle gives Err(JoinError).
 * `owned` lists what the task's future holds (values moved into `async move`): a task
 * aborted before it ever ran drops them without running, as Rust drops the future.
 * `name` is the function whose future the task runs (`spawn(worker(i))`), for the trace;
 * empty for an async block.
 */
export function spawn<T>(body: () => T | Promise<T>, owned: readonly Droppable[] = [], name?: string): JoinHandle<T> {
  requireRuntime();
  return startTask(body, owned, name);
}

/** Starts a task whether or not a runtime is there: a std thread is one. */
export function startTask<T>(
  body: () => T | Promise<T>,
  owned: readonly Droppable[] = [],
  name = body.name,
): JoinHandle<T> {
  const id = nextTaskId++;
  const start = () => {
    if (isAborted()) {
      for (const value of owned) value.drop();
      throw new TaskCancelled();
    }
    return body();
  };
  const task = spawnTask(id, name, start, taskHooks);
  const handle = new JoinHandle<T>(task);
  task.handle = handle;
  return handle;
}

/**
 * A spawned task's handle: awaiting it gives Ok(value) or Err(JoinError); usable as a
 * select! branch. Dropping it does not cancel the task; `abort()` does.
 */
export class JoinHandle<T> implements Selectable<Result<T, JoinError>>, PromiseLike<Result<T, JoinError>> {
  private result: Result<T, JoinError> | null = null;
  /** Made on the first subscription: most handles are awaited once or never. */
  private waiters: Subscribers | null = null;

  constructor(private readonly task: Task) {}

  /** The task's id, as `handle.id()` gives it. */
  id(): number {
    return this.task.id;
  }

  isFinished(): boolean {
    return this.result !== null;
  }

  /** Cancels the task at the await where it waits (or its next one); the handle then gives Err(Cancelled). */
  abort(): void {
    if (this.result !== null || !markAborted(this.task)) return;
    if (this.task.state === WAITING && this.task.waiter) fail(this.task.waiter, new TaskCancelled());
  }

  finish(result: Result<T, JoinError>): void {
    this.result = result;
    this.waiters?.notifyAll();
  }

  poll(): Poll<Result<T, JoinError>> {
    return this.result ?? PENDING;
  }

  subscribe(w: Waiter): void {
    (this.waiters ??= new Subscribers()).add(w);
  }

  unsubscribe(w: Waiter): void {
    this.waiters?.remove(w);
  }

  describe(): string {
    return `the JoinHandle of task ${this.task.id}`;
  }

  /** What `await handle` gives: at once when the task has ended, else a promise. */
  outcome(): Result<T, JoinError> | Promise<Result<T, JoinError>> {
    return awaitOp(this, 'join');
  }

  then<R1 = Result<T, JoinError>, R2 = never>(
    onFulfilled?: ((value: Result<T, JoinError>) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): PromiseLike<R1 | R2> {
    return Promise.resolve(this.outcome()).then(onFulfilled, onRejected);
  }
}

/**
 * A future that is an async function of the caller's (the body of `timeout(d, async {...})`):
 * it runs as a hidden task, so it can be cancelled when it loses, but takes no task id and
 * reports no panic of its own: the caller gets back its outcome, a panic included.
 */
export class FutureTask<T> implements Selectable<{ ok: true; value: T } | { ok: false; error: unknown }> {
  private outcome: { ok: true; value: T } | { ok: false; error: unknown } | null = null;
  private readonly waiters = new Subscribers();
  private readonly task: Task;

  constructor(body: () => T | Promise<T>) {
    // Polled in place: it runs only when its caller polls it (`step`), as Rust polls a future.
    this.task = spawnPolledTask(-1, 'future', () => (checkAborted(), body()), {
      returned: (_task, value) => this.settle({ ok: true, value: value as T }),
      threw: (_task, error) => this.settle({ ok: false, error }),
      ready: () => this.waiters.notifyAll(),
    });
  }

  /** Lets the future run its next step now, if it has one (not started, woken, or yielded). */
  step(): void | Promise<void> {
    return stepPolled(this.task);
  }

  /** Whether a step would make progress: it was woken or yielded since its last one. */
  hasWork(): boolean {
    return this.outcome === null && this.task.state === RUNNABLE;
  }

  poll(): Poll<{ ok: true; value: T } | { ok: false; error: unknown }> {
    return this.outcome ?? PENDING;
  }

  subscribe(w: Waiter): void {
    this.waiters.add(w);
  }

  unsubscribe(w: Waiter): void {
    this.waiters.remove(w);
  }

  /** Drops the future: it stops at the await where it waits. */
  cancel(): void {
    if (this.outcome !== null || !markAborted(this.task)) return;
    // Nobody polls it again: it unwinds from the run queue.
    releasePolled(this.task);
    if (this.task.state === WAITING && this.task.waiter) fail(this.task.waiter, new TaskCancelled());
  }

  describe(): string {
    return 'a future';
  }

  private settle(outcome: { ok: true; value: T } | { ok: false; error: unknown }): void {
    if (outcome.ok === false && outcome.error instanceof TaskCancelled) return;
    this.outcome = outcome;
    this.waiters.notifyAll();
  }
}

/** What a tokio program says when nothing can ever run again, instead of hanging as Rust does. */
function reportStall(program: Program): number {
  const waiting = liveTasks()
    .map(
      (t) =>
        `  ${t.id === 0 ? 'main' : t.id < 0 ? 'a future' : `task ${t.id}`} waits on ${t.waiter?.target?.describe() ?? t.waiter?.reason ?? 'something'}`,
    )
    .join('\n');
  program.write(
    'stderr',
    `chan2ts: this program would wait forever (Rust would hang here): no task can make progress and no timer is pending.\n${waiting}\n`,
  );
  return STALL_EXIT_CODE;
}

/** The exit code for a program that Rust would leave hanging. */
export const STALL_EXIT_CODE = 3;

export interface TokioProgramOptions extends ProgramOptions {
  flavor?: Flavor;
  /** False for a plain `fn main`, which runs outside any Tokio runtime. */
  runtime?: boolean;
  /** `#[tokio::main(start_paused = true)]`: the clock is paused from the start (see `time.pause`). */
  startPaused?: boolean;
  /** The Debug text of main's error when its type has a hand-written `impl Debug` (an enum's fmtDebug). */
  errorDebug?: (error: any) => string;
}

/**
 * `#[tokio::main]`: runs `main`; the program ends when main returns (exit 0, remaining tasks
 * are dropped), or when main panics (exit 101). Resolves with the exit code.
 */
export function runMain(main: () => unknown, options: TokioProgramOptions = {}): Promise<number> {
  nextTaskId = 1;
  panicked = false;
  workerThread = options.flavor === 'current_thread' ? 'main' : 'tokio-runtime-worker';
  setMainInRuntime(options.runtime ?? true);
  // Tokio pauses only a current_thread runtime (a plain `fn main` builds its own: see Builder).
  resetClock(options.startPaused ?? false, options.flavor === 'current_thread');
  const mainHooks: TaskHooks = {
    returned(_task, value) {
      // `fn main() -> Result<(), E>` that gives Err: Rust prints `Error: {:?}` and exits 1;
      // `fn main() -> ExitCode` exits with its code.
      if (value instanceof Err) {
        const shown = options.errorDebug ? options.errorDebug(value.error) : debugString(value.error);
        activeProgram()?.write('stderr', `Error: ${shown}\n`);
        activeProgram()?.end(1);
      } else activeProgram()?.end(value instanceof ExitCode ? value.code : 0);
    },
    threw(_task, error) {
      if (error instanceof ProgramExit) return;
      reportPanic('main', error);
      activeProgram()?.end(101);
    },
  };
  return startProgram(main, 0, mainHooks, { onStall: reportStall, resumeIdle: advanceToNextTimer }, options).exitCode;
}
