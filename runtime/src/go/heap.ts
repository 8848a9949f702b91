/**
 * Go's `container/heap`: heap operations over any type with Len, Less, Swap, Push and Pop (a
 * program's named slice type, through the class that carries its methods). The minimum
 * (by Less) is at index 0.
 */

/** `heap.Interface`: sort.Interface plus Push and Pop at the end of the collection. */
export interface Interface {
  len(): number;
  less(i: number, j: number): boolean;
  swap(i: number, j: number): void;
  push(x: unknown): void;
  pop(): unknown;
}

/** `heap.Init(h)`: establishes the heap order; O(n). */
export function init(h: Interface): void {
  const n = h.len();
  for (let i = Math.floor(n / 2) - 1; i >= 0; i--) down(h, i, n);
}

/** `heap.Push(h, x)`: adds x; O(log n). */
export function push(h: Interface, x: unknown): void {
  h.push(x);
  up(h, h.len() - 1);
}

/** `heap.Pop(h)`: removes and gives the minimum; O(log n). */
export function pop(h: Interface): unknown {
  const n = h.len() - 1;
  h.swap(0, n);
  down(h, 0, n);
  return h.pop();
}

/** `heap.Remove(h, i)`: removes and gives the element at index i; O(log n). */
export function remove(h: Interface, i: number): unknown {
  const n = h.len() - 1;
  if (n !== i) {
    h.swap(i, n);
    if (!down(h, i, n)) up(h, i);
  }
  return h.pop();
}

/** `heap.Fix(h, i)`: restores the order after the element at index i changed; O(log n). */
export function fix(h: Interface, i: number): void {
  if (!down(h, i, h.len())) up(h, i);
}

function up(h: Interface, j: number): void {
  for (;;) {
    const parent = Math.floor((j - 1) / 2);
    if (parent === j || j <= 0 || !h.less(j, parent)) break;
    h.swap(parent, j);
    j = parent;
  }
}

/** Moves the element at i0 down within the first n; whether it moved. */
function down(h: Interface, i0: number, n: number): boolean {
  let i = i0;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= n || left < 0) break;
    let j = left;
    const right = left + 1;
    if (right < n && h.less(right, left)) j = right;
    if (!h.less(j, i)) break;
    h.swap(i, j);
    i = j;
  }
  return i > i0;
}
