/** A FIFO ring buffer that grows by doubling up to `limit` items; push and shift are O(1). */
export class Ring<T> {
  private items: (T | undefined)[];
  private head = 0;
  private mask: number;
  length = 0;

  constructor(readonly limit: number = Infinity) {
    const initial = Math.min(16, nextPowerOfTwo(Math.max(1, limit)));
    this.items = new Array(initial);
    this.mask = initial - 1;
  }

  get isFull(): boolean {
    return this.length >= this.limit;
  }

  push(item: T): void {
    if (this.length > this.mask) this.grow();
    this.items[(this.head + this.length) & this.mask] = item;
    this.length++;
  }

  /** Puts an item first (O(1)): a task that must run next. */
  unshift(item: T): void {
    if (this.length > this.mask) this.grow();
    this.head = (this.head - 1) & this.mask;
    this.items[this.head] = item;
    this.length++;
  }

  shift(): T {
    const item = this.items[this.head] as T;
    this.items[this.head] = undefined;
    this.head = (this.head + 1) & this.mask;
    this.length--;
    return item;
  }

  peek(): T {
    return this.items[this.head] as T;
  }

  clear(): void {
    this.items.fill(undefined);
    this.head = 0;
    this.length = 0;
  }

  *[Symbol.iterator](): IterableIterator<T> {
    for (let i = 0; i < this.length; i++) yield this.items[(this.head + i) & this.mask] as T;
  }

  private grow(): void {
    const size = this.items.length * 2;
    const next = new Array<T | undefined>(size);
    for (let i = 0; i < this.length; i++) next[i] = this.items[(this.head + i) & this.mask];
    this.items = next;
    this.head = 0;
    this.mask = size - 1;
  }
}

function nextPowerOfTwo(n: number): number {
  if (!Number.isFinite(n) || n > 2 ** 30) return 2 ** 30;
  let p = 1;
  while (p < n) p *= 2;
  return p;
}
