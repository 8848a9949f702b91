import { sched } from '../core/scheduler.js';
import { RustPanic } from './panic.js';

/*
 * Where code runs, as Tokio sees it: inside the runtime (main under #[tokio::main], spawned
 * tasks), outside it (std threads, and main when it is a plain `fn main`), or on the runtime's
 * blocking pool (`spawn_blocking` bodies), which has the runtime's context but drives no task.
 * Blocking calls (`blocking_recv`, `blocking_send`...) panic inside it; timers and `spawn`
 * panic outside it; both work on the blocking pool. The panics name the caller's location, as
 * Tokio's #[track_caller] functions do.
 */

const NO_RUNTIME = 'there is no reactor running, must be called from the context of a Tokio 1.x runtime';
const BLOCKING_IN_RUNTIME =
  'Cannot block the current thread from within a runtime. This happens because a function attempted to block ' +
  'the current thread while the thread is being used to drive asynchronous tasks.';

type Place = 'thread' | 'blocking pool';

/** The JoinHandles of the tasks that stand for std threads or `spawn_blocking` bodies, and which. */
const places = new WeakMap<object, Place>();
let mainOutsideRuntime = false;

/** A plain `fn main` runs outside any runtime; `#[tokio::main]` inside one. */
export function setMainInRuntime(inRuntime: boolean): void {
  mainOutsideRuntime = !inRuntime;
}

/** The task with this handle stands for a std thread. */
export function markThread(handle: object): void {
  places.set(handle, 'thread');
}

/** The task with this handle stands for a `spawn_blocking` body. */
export function markBlockingPool(handle: object): void {
  places.set(handle, 'blocking pool');
}

/** Handles of the threads inside `Handle::block_on` or holding an `EnterGuard`: in the runtime's context meanwhile. */
const entered = new WeakSet<object>();

function currentPlace(): Place | 'runtime' {
  const task = sched.current;
  if (task === null || task.id === 0) return mainOutsideRuntime ? 'thread' : 'runtime';
  const handle = task.handle;
  if (typeof handle !== 'object' || handle === null || entered.has(handle)) return 'runtime';
  return places.get(handle) ?? 'runtime';
}

/**
 * `Runtime::enter` / `Handle::block_on` on this thread: it has the runtime's context until the
 * returned function is called. Main outside a runtime enters too.
 */
export function enterRuntime(): () => void {
  const task = sched.current;
  const handle = task && task.id !== 0 ? task.handle : null;
  if (typeof handle === 'object' && handle !== null) {
    const was = entered.has(handle);
    entered.add(handle);
    return () => void (was || entered.delete(handle));
  }
  const wasOutside = mainOutsideRuntime;
  mainOutsideRuntime = false;
  return () => void (mainOutsideRuntime = wasOutside);
}

/** `Handle::current()` panics outside a runtime's context; `Handle::try_current()` asks. */
export function inRuntimeContext(): boolean {
  return currentPlace() !== 'thread';
}

/** Timers and `spawn` need a runtime's context. */
export function requireRuntime(location = ''): void {
  if (currentPlace() === 'thread') throw new RustPanic(NO_RUNTIME, location);
}

/** `blocking_*` calls must not block a thread that drives the runtime. */
export function forbidBlocking(location = ''): void {
  if (currentPlace() === 'runtime') throw new RustPanic(BLOCKING_IN_RUNTIME, location);
}
