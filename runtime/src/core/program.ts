import { defaultHost, nodeProcess, type Host } from './host.js';
import { fail, isIdle, park, resetScheduler, sched, spawnTask, wake } from './scheduler.js';
import { PlainWaiter } from './waiter.js';
import type { Task, TaskHooks } from './task.js';
import { stopAllTimers, timerCounts } from './timers.js';
import { tracer } from './tracer.js';

/** What the flavour says when no task can ever run again. */
export interface Flavor {
  /** Prints the report and gives the exit code; null when waiting forever is not an error. */
  onStall(program: Program): number | null;
  /**
   * When no task can run, even while host timers are pending: wakes a task if the flavour can
   * (Tokio's paused clock moves on to its next timer, whatever std's real-time sleeps do); true when it did.
   */
  resumeIdle?(): boolean;
}

/**
 * A running program: its host, its output, its end. One at a time: starting a program
 * starts a new scheduler generation, and ending it stops every task and timer it left.
 */
export class Program {
  ended = false;
  private finish!: (code: number) => void;
  readonly exitCode: Promise<number> = new Promise((resolve) => (this.finish = resolve));
  /** Operations waiting on promises from outside the runtime (see `io`). */
  ioPending = 0;

  constructor(
    readonly host: Host,
    private readonly flavor: Flavor,
  ) {}

  write(stream: 'stdout' | 'stderr', text: string): void {
    if (!this.ended) this.host.write(stream, text);
  }

  end(code: number): void {
    if (this.ended) return;
    tracer?.programEnded(code);
    this.host.exit(code);
    this.ended = true;
    resetScheduler();
    stopAllTimers();
    if (currentProgram === this) currentProgram = null;
    this.finish(code);
  }

  /** True when nothing runs, nothing is runnable and nothing but a timer can wake anyone. */
  private waitsOnlyForTimers(): boolean {
    return isIdle() && sched.detachedCount === 0 && this.ioPending === 0;
  }

  checkStall(): void {
    if (this.ended || !this.waitsOnlyForTimers()) return;
    if (this.flavor.resumeIdle?.()) return;
    if (timerCounts.referenced > 0) return;
    tracer?.stalled();
    const code = this.flavor.onStall(this);
    if (code !== null) this.end(code);
  }
}

let currentProgram: Program | null = null;

export function activeProgram(): Program | null {
  return currentProgram;
}

/** Writes to the running program's output, or to the default host outside any program. */
export function output(stream: 'stdout' | 'stderr', text: string): void {
  if (currentProgram !== null) currentProgram.write(stream, text);
  else fallbackHost.write(stream, text);
}

const fallbackHost = defaultHost();

/**
 * The next bytes of the running program's stdin, null at its end. The calling task waits for
 * them as for any I/O: the others run meanwhile, and no deadlock is reported while it waits.
 */
export function input(): Promise<Uint8Array | null> {
  const host = currentProgram?.host ?? fallbackHost;
  return host.read ? io(host.read()) : Promise.resolve(null);
}

export interface ProgramOptions {
  host?: Host;
}

/** Starts `main` as task `mainId` of a new program; resolves with the exit code. */
export function startProgram(
  main: () => unknown,
  mainId: number,
  hooks: TaskHooks,
  flavor: Flavor,
  options: ProgramOptions = {},
): Program {
  currentProgram?.end(0);
  resetScheduler();
  const program = new Program(options.host ?? defaultHost(), flavor);
  currentProgram = program;
  sched.onIdle = () => program.checkStall();
  if (options.host === undefined) {
    // The last word when something slipped past the idle check: Node is about to exit
    // with main still waiting, so nothing can ever wake it.
    nodeProcess()?.once('beforeExit', () => {
      if (!program.ended) program.end(flavor.onStall(program) ?? 1);
    });
  }
  spawnTask(mainId, 'main', main, hooks);
  return program;
}

export type { Task };

/** Thrown to unwind the task that ended the program (Go's os.Exit, Rust's process::exit). */
export class ProgramExit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

/** Ends the running program with `code` at once, as os.Exit does: nothing else runs. */
export function exitProgram(code: number): never {
  const program = activeProgram();
  if (program !== null) program.end(code);
  else nodeProcess()?.exit(code);
  throw new ProgramExit(code);
}

/** Awaits a promise from outside the runtime (I/O) so that the scheduler knows the task waits. */
export function io<T>(promise: PromiseLike<T>): Promise<T> {
  const program = activeProgram();
  const w = new PlainWaiter();
  if (program) program.ioPending++;
  const done = () => {
    if (program) program.ioPending--;
  };
  promise.then(
    (value) => {
      done();
      wake(w, value);
    },
    (error) => {
      done();
      fail(w, error);
    },
  );
  return park<T>(w, 'IO wait', null);
}
