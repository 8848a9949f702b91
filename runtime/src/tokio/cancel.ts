import { sched } from '../core/scheduler.js';
import type { Task } from '../core/task.js';

/** Thrown into an aborted task at the await where it waits: it unwinds as Rust drops it. */
export class TaskCancelled extends Error {
  constructor() {
    super('task cancelled');
    this.name = 'TaskCancelled';
  }
}

const aborted = new WeakSet<Task>();

export function markAborted(task: Task): boolean {
  if (aborted.has(task)) return false;
  aborted.add(task);
  return true;
}

export function isAborted(): boolean {
  const task = sched.current;
  return task !== null && aborted.has(task);
}

/** Throws into the running task if it was aborted: checked before every wait. */
export function checkAborted(): void {
  if (isAborted()) throw new TaskCancelled();
}
