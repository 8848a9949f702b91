// std::collections::BinaryHeap: a max-heap by Rust's ordering (rs.cmp; `Reverse` makes it a
// min-heap), kept in an array with the very sift steps std uses, so `{:?}` and iteration show
// the same inner order as Rust's.
//   let mut h = BinaryHeap::new(); h.push(Reverse(3)); h.pop()
//   -> const h = new rs.BinaryHeap(); h.push(new rs.Reverse(3)); h.pop()
import { RUST_DEBUG, type RustDebuggable, type RustDebugValue } from '../fmt/rust.js';
import type { Option } from './result.js';
import { cmp } from './std-cmp.js';

// `BinaryHeap::new()` with its items pushed later is untyped where it is made, as `new Map()` is.
export class BinaryHeap<T = any> implements Iterable<T>, RustDebuggable {
  private readonly data: T[] = [];

  /** `BinaryHeap::from(vec)` and `collect()`: the items, heapified as std does. */
  static from<T>(items: Iterable<T>): BinaryHeap<T> {
    const heap = new BinaryHeap<T>();
    heap.data.push(...items);
    for (let n = (heap.data.length >> 1) - 1; n >= 0; n--) heap.siftDown(n, heap.data.length);
    return heap;
  }

  push(item: T): void {
    this.data.push(item);
    this.siftUp(0, this.data.length - 1);
  }

  pop(): Option<T> {
    let item = this.data.pop();
    if (item !== undefined && this.data.length > 0) {
      [item, this.data[0]] = [this.data[0]!, item];
      this.siftDownToBottom();
    }
    return item;
  }

  peek(): Option<T> {
    return this.data[0];
  }

  len(): number {
    return this.data.length;
  }

  isEmpty(): boolean {
    return this.data.length === 0;
  }

  clear(): void {
    this.data.length = 0;
  }

  intoVec(): T[] {
    return [...this.data];
  }

  intoSortedVec(): T[] {
    return [...this.data].sort(cmp);
  }

  [Symbol.iterator](): Iterator<T> {
    return this.data[Symbol.iterator]();
  }

  [RUST_DEBUG](): RustDebugValue {
    return { kind: 'list', items: this.data };
  }

  private siftUp(start: number, pos: number): void {
    const item = this.data[pos]!;
    while (pos > start) {
      const parent = (pos - 1) >> 1;
      if (cmp(item, this.data[parent]) <= 0) break;
      this.data[pos] = this.data[parent]!;
      pos = parent;
    }
    this.data[pos] = item;
  }

  private siftDown(pos: number, end: number): void {
    const item = this.data[pos]!;
    let child = 2 * pos + 1;
    while (child + 1 < end) {
      if (cmp(this.data[child], this.data[child + 1]) <= 0) child++;
      if (cmp(item, this.data[child]) >= 0) break;
      this.data[pos] = this.data[child]!;
      pos = child;
      child = 2 * pos + 1;
    }
    if (child === end - 1 && cmp(item, this.data[child]) < 0) {
      this.data[pos] = this.data[child]!;
      pos = child;
    }
    this.data[pos] = item;
  }

  /** After a pop: down to a leaf always taking the greater child, then up again (std's pop). */
  private siftDownToBottom(): void {
    const end = this.data.length;
    const item = this.data[0]!;
    let pos = 0;
    let child = 1;
    while (child + 1 < end) {
      if (cmp(this.data[child], this.data[child + 1]) <= 0) child++;
      this.data[pos] = this.data[child]!;
      pos = child;
      child = 2 * pos + 1;
    }
    if (child === end - 1) {
      this.data[pos] = this.data[child]!;
      pos = child;
    }
    this.data[pos] = item;
    this.siftUp(0, pos);
  }
}
