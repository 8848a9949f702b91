import type { Waiter } from './waiter.js';

export const RUNNABLE = 0;
export const RUNNING = 1;
export const WAITING = 2;
export const DONE = 3;
/** Found awaiting something outside the runtime at a macrotask boundary (see scheduler). */
export const DETACHED = 4;

/** What the flavour (Go or Tokio) does when a task's function returns or throws. */
export interface TaskHooks {
  returned(task: Task, value: unknown): void;
  threw(task: Task, error: unknown): void;
}

export const NO_ARGS: readonly unknown[] = [];

/** A goroutine or a Tokio task: one logical thread of async code that the scheduler runs. */
export class Task {
  state = RUNNABLE;
  /**
   * While waiting: what it waits on. While runnable after a wake-up: the slot to settle.
   * Afterwards kept for its next blocking operation to reuse (see `taskWaiter`).
   */
  waiter: Waiter | null = null;
  /** The not yet started function and its arguments; cleared when it starts. */
  body: ((...args: any[]) => unknown) | null;
  args: readonly unknown[] | null;
  /** What the flavour keeps with the task (Tokio: its JoinHandle). */
  handle: unknown = null;
  /** Neighbours in the scheduler's list of live tasks. */
  prevLive: Task | null = null;
  nextLive: Task | null = null;

  constructor(
    readonly id: number,
    readonly name: string,
    body: (...args: any[]) => unknown,
    args: readonly unknown[],
    readonly hooks: TaskHooks,
    readonly parent: Task | null,
    readonly generation: number,
  ) {
    this.body = body;
    this.args = args;
  }
}
