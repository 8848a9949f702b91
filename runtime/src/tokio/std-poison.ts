// std's lock poisoning: a thread that panics while it holds a std::sync::Mutex guard poisons
// the mutex as Rust's unwinding drops the guard. Translated code drops a guard only where it
// says so, so the guards each thread holds are kept here and dropped (poisoning their lock)
// when its panic ends it.
import { sched } from '../core/scheduler.js';
import { debugText, RUST_DEBUG, type RustDebugValue } from '../fmt/rust.js';

/** A lock that a panic can poison. */
export interface Poisonable {
  poisoned: boolean;
}

interface Guard {
  drop(): void;
}

/** The std guards each task holds (the main thread included), with the lock of each. */
const heldBy = new Map<object, Map<Guard, Poisonable>>();

/** The running task took a guard of `lock`. */
export function holdGuard(guard: Guard, lock: Poisonable): void {
  const task = sched.current;
  if (task === null) return;
  const guards = heldBy.get(task);
  if (guards) guards.set(guard, lock);
  else heldBy.set(task, new Map([[guard, lock]]));
}

/** A guard was dropped. */
export function releaseGuard(guard: Guard): void {
  for (const [task, guards] of heldBy) {
    if (!guards.delete(guard)) continue;
    if (guards.size === 0) heldBy.delete(task);
    return;
  }
}

/** The running thread is panicking: every guard it still holds is dropped, its lock poisoned. */
export function poisonHeldLocks(): void {
  const task = sched.current;
  const guards = task === null ? undefined : heldBy.get(task);
  if (!guards) return;
  heldBy.delete(task!);
  for (const [guard, lock] of guards) {
    lock.poisoned = true;
    guard.drop();
  }
}

/** `PoisonError<T>`: what a poisoned lock gives instead of Ok, with the guard (or value) still inside. */
export class PoisonError<T> {
  constructor(private readonly inner: T) {}

  intoInner(): T {
    return this.inner;
  }

  getRef(): T {
    return this.inner;
  }

  getMut(): T {
    return this.inner;
  }

  [RUST_DEBUG](): RustDebugValue {
    return debugText('PoisonError { .. }')[RUST_DEBUG]();
  }

  toString(): string {
    return 'poisoned lock: another task failed inside';
  }
}
