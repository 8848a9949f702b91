import { completed, park, wake, yieldNow } from '../core/scheduler.js';
import { PlainWaiter, type Describable, type Waiter } from '../core/waiter.js';
import { checkAborted } from './cancel.js';

/** What `poll` gives while an operation cannot complete yet. */
export const PENDING: unique symbol = Symbol('pending');
export type Poll<T> = T | typeof PENDING;

/**
 * An operation a `select!` can wait on, as a Rust future is: `poll` completes it now if it
 * can (taking the message it returns), `subscribe` asks to be woken when polling may
 * succeed. A select that loses just unsubscribes: nothing was taken, nothing is lost.
 */
export interface Selectable<T> extends Describable {
  poll(): Poll<T>;
  subscribe(w: Waiter): void;
  unsubscribe(w: Waiter): void;
  /** A future polled in place (an async block): runs its next step, if it has one, before `poll`. */
  step?(): void | Promise<void>;
  /** Whether a step would make progress now (the future was woken, or yielded). */
  hasWork?(): boolean;
}

/**
 * The waiters of one resource that want a wake-up when it changes (select branches,
 * awaited operations). Insertion ordered; O(1) add and remove.
 */
export class Subscribers {
  private readonly waiters = new Set<Waiter>();

  add(w: Waiter): void {
    this.waiters.add(w);
  }

  remove(w: Waiter): void {
    this.waiters.delete(w);
  }

  get size(): number {
    return this.waiters.size;
  }

  /** Wakes every subscriber once: each re-polls what it waits on. */
  notifyAll(): void {
    if (this.waiters.size === 0) return;
    const waiting = [...this.waiters];
    this.waiters.clear();
    for (const w of waiting) notify(w);
  }

  /** Wakes the longest-waiting subscriber. */
  notifyOne(): boolean {
    for (const w of this.waiters) {
      this.waiters.delete(w);
      notify(w);
      return true;
    }
    return false;
  }
}

/** Wakes a parked poller (it re-polls); a second wake before it runs is harmless. */
function notify(w: Waiter): void {
  wake(w, undefined);
}

/** Awaits a selectable operation on its own: poll, and park until it completes. */
export function awaitOp<T>(op: Selectable<T>, reason: string): T | Promise<T> {
  if (op.step) return drive(op, reason);
  const ready = op.poll();
  if (ready !== PENDING) return completed(ready);
  checkAborted();
  return waitFor(op, reason);
}

async function waitFor<T>(op: Selectable<T>, reason: string): Promise<T> {
  const w = new PlainWaiter();
  for (;;) {
    op.subscribe(w);
    try {
      await park(w, reason, op);
      // An aborted task is never polled again, even if what it waited for is ready.
      checkAborted();
      // Polled before unsubscribing, so an operation that completes is not taken for abandoned.
      const ready = op.poll();
      if (ready !== PENDING) return ready;
    } finally {
      op.unsubscribe(w);
    }
  }
}

/** Awaits a future polled in place: step it, poll it, and park only while it has nothing to do. */
async function drive<T>(op: Selectable<T>, reason: string): Promise<T> {
  const w = new PlainWaiter();
  for (;;) {
    await op.step!();
    checkAborted();
    const ready = op.poll();
    if (ready !== PENDING) return ready;
    if (op.hasWork!()) {
      // It yielded: others run first, as Tokio runs them before polling the task again.
      await yieldNow();
      continue;
    }
    op.subscribe(w);
    try {
      await park(w, reason, op);
      checkAborted();
    } finally {
      op.unsubscribe(w);
    }
  }
}
