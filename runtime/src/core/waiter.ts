import type { Task } from './task.js';

/** What a deadlock report names as the object waited on, e.g. "results (chan int, unbuffered)". */
export interface Describable {
  describe(): string;
}

/**
 * One blocked operation. A waiter is both the parked caller's wake-up slot and, for plain
 * channel and sync operations, its entry in a wait queue. A select parks a waiter of its own
 * and queues one case waiter per channel, each pointing at the select's through `owner`.
 */
export class Waiter {
  task: Task | null = null;
  /** Settles the parked caller's promise. */
  resolve: ((value: unknown) => void) | null = null;
  /** The value a parked sender offers; then what the parked caller resumes with (or throws). */
  value: unknown = undefined;
  failed = false;
  /** How the operation wants its result (see the channel's receive kinds); a select case's index. */
  kind = 0;
  /** For a select case: the select's own waiter. */
  owner: Waiter | null = null;
  /** What a deadlock report says the parked caller does, e.g. "chan receive", and on what. */
  reason = '';
  target: Describable | null = null;
  /** Neighbours in a wait queue; null while not queued. */
  prev: Waiter | null = null;
  next: Waiter | null = null;
}

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
