import type { Task } from './task.js';

/**
 * One blocked operation. A waiter is both the parked task's wake-up slot (resolve/reject) and,
 * for plain channel operations, its entry in a channel's wait list. A select parks one owner
 * waiter and links one case waiter per channel, each pointing at the owner through `owner`.
 */
export class Waiter {
  task: Task | null = null;
  resolve: ((value: unknown) => void) | null = null;
  reject: ((error: unknown) => void) | null = null;
  /** The value a parked sender offers; then what the parked task resumes with (or throws). */
  value: unknown = undefined;
  failed = false;
  /** Set on a select's owner once one case has committed. */
  done = false;
  /** How the parked operation wants its result: see the channel's receive kinds. */
  kind = 0;
  /** For select cases: the select's own waiter and this case's position. */
  owner: Waiter | null = null;
  caseIndex = -1;
  /** For a select's owner: its case waiters, to unlink the losers on commit. */
  cases: Waiter[] | null = null;
  /** What a deadlock report says this waiter is doing, e.g. "chan receive". */
  reason = '';
  /** The object waited on, described lazily by `describe()` in a deadlock report. */
  target: { describe(): string } | null = null;
  prev: Waiter | null = null;
  next: Waiter | null = null;
  list: WaitList | null = null;
}

/** An intrusive doubly linked list of waiters: O(1) push, shift and removal from the middle. */
export class WaitList {
  head: Waiter | null = null;
  tail: Waiter | null = null;
  size = 0;

  /** Called when the list turns empty or non-empty (timer channels ref their timer on it). */
  onOccupancyChange: ((occupied: boolean) => void) | null = null;

  push(w: Waiter): void {
    w.list = this;
    w.prev = this.tail;
    w.next = null;
    if (this.tail) this.tail.next = w;
    else this.head = w;
    this.tail = w;
    if (++this.size === 1) this.onOccupancyChange?.(true);
  }

  shift(): Waiter | null {
    const w = this.head;
    if (w) this.remove(w);
    return w;
  }

  remove(w: Waiter): void {
    if (w.list !== this) return;
    if (w.prev) w.prev.next = w.next;
    else this.head = w.next;
    if (w.next) w.next.prev = w.prev;
    else this.tail = w.prev;
    w.prev = w.next = null;
    w.list = null;
    if (--this.size === 0) this.onOccupancyChange?.(false);
  }

  *[Symbol.iterator](): IterableIterator<Waiter> {
    for (let w = this.head; w; w = w.next) yield w;
  }
}
