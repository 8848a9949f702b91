import { sched } from '../core/scheduler.js';
import { RustPanic } from './panic.js';

/*
 * Where code runs, as Tokio sees it: inside the runtime (main under #[tokio::main], spawned
 * tasks) or outside it (std threads, and main when it is a plain `fn main`). Blocking calls
 * (`blocking_recv`, `blocking_send`...) panic inside it; timers and `spawn` panic outside it.
 * The panics name the caller's location, as Tokio's #[track_caller] functions do.
 */

const NO_RUNTIME = 'there is no reactor running, must be called from the context of a Tokio 1.x runtime';
const BLOCKING_IN_RUNTIME =
  'Cannot block the current thread from within a runtime. This happens because a function attempted to block ' +
  'the current thread while the thread is being used to drive asynchronous tasks.';

/** The JoinHandles of the tasks that stand for std threads. */
const threads = new WeakSet<object>();
let mainOutsideRuntime = false;

/** A plain `fn main` runs outside any runtime; `#[tokio::main]` inside one. */
export function setMainInRuntime(inRuntime: boolean): void {
  mainOutsideRuntime = !inRuntime;
}

/** The task with this handle stands for a std thread. */
export function markThread(handle: object): void {
  threads.add(handle);
}

function inRuntime(): boolean {
  const task = sched.current;
  if (task === null || task.id === 0) return !mainOutsideRuntime;
  return !(typeof task.handle === 'object' && task.handle !== null && threads.has(task.handle));
}

/** Timers and `spawn` need a runtime. */
export function requireRuntime(location = ''): void {
  if (!inRuntime()) throw new RustPanic(NO_RUNTIME, location);
}

/** `blocking_*` calls must not block a thread that drives the runtime. */
export function forbidBlocking(location = ''): void {
  if (inRuntime()) throw new RustPanic(BLOCKING_IN_RUNTIME, location);
}
