/**
 * The floor: the least a promise hand-off channel can do in V8 with an `await` per operation.
 * A value handed to a waiting receiver resolves its promise; an operation that need not wait
 * returns its result directly (no promise at all); only a blocked operation allocates one.
 * No scheduler, no budget, no goroutine identity, no panics, no deadlock detection, a bare
 * close: what is left is the unavoidable cost (one promise and one resume per blocking operation).
 */

/** A FIFO array with a moving head; compacts once the dead prefix dominates. */
class Fifo<T> {
  private items: T[] = [];
  private head = 0;
  get size(): number {
    return this.items.length - this.head;
  }
  push(item: T): void {
    this.items.push(item);
  }
  shift(): T | undefined {
    if (this.head === this.items.length) return undefined;
    const item = this.items[this.head]!;
    this.items[this.head++] = undefined as T;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}

/** A receiver: a promise's resolve, or a select's case; returns false if that select already fired. */
type Receiver<T> = (value: T) => boolean | void;

export const EMPTY: unique symbol = Symbol('empty');

export class FloorChan<T> {
  private readonly buffer = new Fifo<T>();
  private readonly receivers = new Fifo<Receiver<T>>();
  private readonly senders = new Fifo<{ value: T; resume: () => void }>();

  private closedWith: { zero: T } | null = null;

  constructor(readonly capacity = 0) {}

  send(value: T): void | Promise<void> {
    for (let r = this.receivers.shift(); r !== undefined; r = this.receivers.shift()) {
      if (r(value) !== false) return;
    }
    if (this.buffer.size < this.capacity) return this.buffer.push(value);
    return new Promise<void>((resume) => this.senders.push({ value, resume }));
  }

  recv(): T | Promise<T> {
    const value = this.poll();
    return value !== EMPTY ? value : new Promise<T>((resolve) => this.receivers.push(resolve));
  }

  /** Takes a value if one is ready, else EMPTY. */
  poll(): T | typeof EMPTY {
    if (this.buffer.size > 0) {
      const value = this.buffer.shift()!;
      const s = this.senders.shift();
      if (s !== undefined) {
        this.buffer.push(s.value);
        s.resume();
      }
      return value;
    }
    const s = this.senders.shift();
    if (s === undefined) return this.closedWith === null ? EMPTY : this.closedWith.zero;
    s.resume();
    return s.value;
  }

  /** Wakes every waiting receiver with `zero` (and later receives get it too). */
  close(zero: T): void {
    this.closedWith = { zero };
    for (let r = this.receivers.shift(); r !== undefined; r = this.receivers.shift()) r(zero);
  }

  addReceiver(r: Receiver<T>): void {
    this.receivers.push(r);
  }
}

export interface Selected<T> {
  index: number;
  value: T;
}

/** A receive-only select: a ready channel from a random start, else the first to deliver. */
export function floorSelect<T>(chans: readonly FloorChan<T>[]): Selected<T> | Promise<Selected<T>> {
  const n = chans.length;
  const start = Math.floor(Math.random() * n);
  for (let k = 0; k < n; k++) {
    const index = (start + k) % n;
    const value = chans[index]!.poll();
    if (value !== EMPTY) return { index, value };
  }
  return new Promise((resolve) => {
    let fired = false;
    for (let index = 0; index < n; index++) {
      chans[index]!.addReceiver((value) => {
        if (fired) return false;
        fired = true;
        resolve({ index, value });
      });
    }
  });
}
