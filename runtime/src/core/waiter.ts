// A waiter and a task point at each other: both classes live in task.ts; the queues live here.
import { CaseWaiter, PlainWaiter, Waiter } from './task.js';

export { CaseWaiter, PlainWaiter, Waiter };
export type { Describable } from './task.js';

/*
 * A wait queue is a circular doubly linked list of waiters, held by its first waiter (null when
 * empty): push, shift and removal from the middle are O(1), and its holder needs one field.
 */

/** Appends `w` to the queue that starts at `first`; gives the queue's first waiter. */
export function pushWaiter(first: Waiter | null, w: Waiter): Waiter {
  if (first === null) {
    w.prev = w.next = w;
    return w;
  }
  const last = first.prev!;
  w.prev = last;
  w.next = first;
  last.next = first.prev = w;
  return first;
}

/** Takes the queued `w` out of the queue that starts at `first`; gives its new first waiter. */
export function removeWaiter(first: Waiter, w: Waiter): Waiter | null {
  const next = w.next!;
  let rest: Waiter | null = first;
  if (next === w) {
    rest = null;
  } else {
    const prev = w.prev!;
    prev.next = next;
    next.prev = prev;
    if (first === w) rest = next;
  }
  w.prev = w.next = null;
  return rest;
}

/** A FIFO wait queue with its length, for the sync primitives. */
export class WaitList {
  private first: Waiter | null = null;
  size = 0;

  push(w: Waiter): void {
    this.first = pushWaiter(this.first, w);
    this.size++;
  }

  shift(): Waiter | null {
    const w = this.first;
    if (w !== null) {
      this.first = removeWaiter(w, w);
      this.size--;
    }
    return w;
  }
}
