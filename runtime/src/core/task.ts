import type { Waiter } from './waiter.js';

export const RUNNABLE = 0;
export const RUNNING = 1;
export const WAITING = 2;
export const DONE = 3;

/** What the flavour (Go or Tokio) does when a task's function returns or throws. */
export interface TaskHooks {
  returned(task: Task, value: unknown): void;
  threw(task: Task, error: unknown): void;
}

/** A goroutine or a Tokio task: one logical thread of async code that the scheduler runs. */
export class Task {
  state = RUNNABLE;
  /** While waiting: what it waits on. While runnable after a wake-up: the slot to settle. */
  waiter: Waiter | null = null;
  /** Set when the task was found awaiting something outside the runtime (see scheduler). */
  detached = false;
  /** The not yet started body; cleared when it starts. */
  body: (() => unknown) | null;

  constructor(
    readonly id: number,
    readonly name: string,
    body: () => unknown,
    readonly hooks: TaskHooks,
    readonly parent: Task | null,
    readonly generation: number,
  ) {
    this.body = body;
  }
}
