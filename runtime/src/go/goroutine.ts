import { activeProgram, ProgramExit, startProgram, type Program, type ProgramOptions } from '../core/program.js';
import { liveTasks, spawnTask, yieldNow } from '../core/scheduler.js';
import type { Task, TaskHooks } from '../core/task.js';
import { formatPanicValue } from '../fmt/go.js';
import { FatalError, Goexit, GoPanic, panicValue } from './panic.js';

/** Go numbers main 1 and its own system goroutines 2 to 5; user goroutines start at 6. */
const FIRST_USER_GOROUTINE = 6;
let nextId = FIRST_USER_GOROUTINE;

const goroutineHooks: TaskHooks = {
  goQueues: true,
  returned(task) {
    if (task.id === 1) activeProgram()?.end(0);
  },
  threw(task, error) {
    // A goroutine's Goexit ends it alone; main's leaves the program to the others.
    if (error instanceof ProgramExit || error instanceof Goexit) return;
    const program = activeProgram();
    if (program !== null) crash(program, task, error);
    else throw error;
  },
};

/** `go f(x)`: runs `fn(...args)` as a new goroutine, later, never before this call returns. */
export function go<A extends unknown[]>(fn: (...args: A) => unknown, ...args: A): void {
  spawnTask(nextId++, fn.name, fn, goroutineHooks, args);
}

/** `runtime.Gosched()`: lets the other runnable goroutines run first. */
export const gosched: () => void | Promise<void> = yieldNow;

export interface GoProgramOptions extends ProgramOptions {
  /** The package's initialization (its variables' values, its init functions), which Go runs in the main goroutine before main. */
  init?: () => unknown;
}

/**
 * Runs `main` as a Go program: it ends when main returns (exit 0), when a goroutine panics
 * (exit 2) or when every goroutine is blocked with no timer pending (deadlock, exit 2).
 * With the default host that is the process's exit; resolves with the exit code.
 */
export function runMain(main: () => unknown, options: GoProgramOptions = {}): Promise<number> {
  nextId = FIRST_USER_GOROUTINE;
  const { init } = options;
  const entry = init ? async () => (await init(), main()) : main;
  const program = startProgram(entry, 1, goroutineHooks, { onStall: reportDeadlock }, options);
  return program.exitCode;
}

function crash(program: Program, task: Task, error: unknown): void {
  const value = panicValue(error);
  if (error instanceof RangeError && /call stack/.test(error.message)) {
    program.write('stderr', 'runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\n');
  } else if (error instanceof FatalError) {
    program.write('stderr', `fatal error: ${error.message}\n\n`);
  } else {
    const earlier = error instanceof GoPanic ? error.earlier : [];
    const chain = earlier
      .map((p) => `panic: ${formatPanicValue(p.value)}${p.recovered ? ' [recovered]' : ''}\n\t`)
      .join('');
    program.write('stderr', `${chain}panic: ${formatPanicValue(value)}\n\n`);
  }
  program.write('stderr', `goroutine ${task.id} [running]:\n${origin(task, '')}`);
  if (!(error instanceof GoPanic || error instanceof FatalError) && error instanceof Error && error.stack) {
    program.write('stderr', `\t${error.stack.split('\n').join('\n\t')}\n`);
  }
  program.write('stderr', '\n');
  program.end(2);
}

function reportDeadlock(program: Program): number {
  const blocked = liveTasks().sort((a, b) => a.id - b.id);
  // Only main's Goexit leaves a program with no goroutine at all.
  if (blocked.length === 0) {
    program.write('stderr', 'fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n');
    return 2;
  }
  let report = 'fatal error: all goroutines are asleep - deadlock!\n';
  for (const task of blocked) {
    const w = task.waiter;
    const reason = w?.reason || 'waiting';
    const detail = w?.target ? `\twaiting on ${w.target.describe()}\n` : '';
    report += `\ngoroutine ${task.id} [${reason}]:\n${origin(task, detail)}`;
  }
  program.write('stderr', report + '\n');
  return 2;
}

function origin(task: Task, detail: string): string {
  const created = task.parent ? `created by ${functionName(task.parent)} in goroutine ${task.parent.id}\n` : '';
  return `${functionName(task)}()\n${detail}${created}`;
}

/** The goroutine's function as Go's reports name it; a function literal is "main.func". */
function functionName(task: Task): string {
  return `main.${task.name || 'func'}`;
}
