/**
 * Slices that share a backing array, as Go's do. A slice is a plain array until it is
 * resliced (`s[lo:hi]`) or made with spare capacity (`make([]T, n, c)`); those are views: an
 * array-like Proxy over a window of another array. Reads and writes go to the backing array,
 * so `b := a[1:3]; b[0] = x` changes `a`; `s[:0]` keeps its capacity, and `s[:4]` reaches
 * back into it; `s = append(s, x)` (a push) writes into spare capacity, as Go's append does,
 * and moves to an array of its own once the capacity runs out. A plain array's capacity is
 * its length.
 */
import { isNilSlice, notNilSlice } from '../fmt/nil-slices.js';
import { RuntimeError } from './panic.js';

const STATE = Symbol('chan2ts.sliceView');

interface ViewState {
  backing: unknown[];
  offset: number;
  length: number;
  capacity: number;
}

type ViewTarget = unknown[] & { [STATE]: ViewState };

/** The element index a property key names, or -1. */
function indexOf(key: string): number {
  const first = key.charCodeAt(0);
  if (first < 48 || first > 57) return -1;
  const i = Number(key);
  return Number.isInteger(i) && String(i) === key ? i : -1;
}

/** Length n for the view: within its capacity, or an array of its own when n exceeds it. */
function resize(state: ViewState, n: number): void {
  if (n > state.capacity) {
    state.backing = state.backing.slice(state.offset, state.offset + state.length);
    state.offset = 0;
    state.capacity = n;
  }
  state.length = n;
}

/** A view's push: Go's append, which moves to a new array when the items do not all fit. */
function push(this: ViewTarget, ...items: unknown[]): number {
  const state = this[STATE];
  const start = state.length;
  resize(state, start + items.length);
  for (let i = 0; i < items.length; i++) state.backing[state.offset + start + i] = items[i];
  return state.length;
}

const handler: ProxyHandler<ViewTarget> = {
  get(target, key, receiver) {
    const state = target[STATE];
    if (typeof key === 'string') {
      const i = indexOf(key);
      if (i >= 0) return i < state.length ? state.backing[state.offset + i] : undefined;
      if (key === 'length') return state.length;
      if (key === 'push') return push;
    }
    return Reflect.get(target, key, receiver);
  },
  set(target, key, value, receiver) {
    const state = target[STATE];
    if (typeof key === 'string') {
      const i = indexOf(key);
      if (i >= 0) {
        if (i >= state.length) resize(state, i + 1);
        state.backing[state.offset + i] = value;
        return true;
      }
      if (key === 'length') {
        resize(state, value as number);
        return true;
      }
    }
    return Reflect.set(target, key, value, receiver);
  },
  has(target, key) {
    if (typeof key === 'string' && indexOf(key) >= 0) return indexOf(key) < target[STATE].length;
    return Reflect.has(target, key);
  },
  getOwnPropertyDescriptor(target, key) {
    const state = target[STATE];
    const i = typeof key === 'string' ? indexOf(key) : -1;
    if (i < 0) {
      const own = Reflect.getOwnPropertyDescriptor(target, key);
      return key === 'length' && own ? { ...own, value: state.length } : own;
    }
    if (i >= state.length) return undefined;
    return { value: state.backing[state.offset + i], writable: true, enumerable: true, configurable: true };
  },
  ownKeys(target) {
    const keys: (string | symbol)[] = Array.from({ length: target[STATE].length }, (_, i) => String(i));
    keys.push('length');
    return keys;
  },
};

/** A view is never a nil slice, even of length 0 (`s[:0]`). */
function view<T>(backing: unknown[], offset: number, length: number, capacity: number): T[] {
  const target = notNilSlice([] as unknown as ViewTarget);
  target[STATE] = { backing, offset, length, capacity };
  return new Proxy(target, handler) as unknown as T[];
}

function stateOf(s: readonly unknown[]): ViewState | undefined {
  return (s as Partial<ViewTarget>)[STATE];
}

/** Whether a slice is a view (it knows its capacity) rather than a plain array. */
export function isView(s: readonly unknown[]): boolean {
  return stateOf(s) !== undefined;
}

/** A view's capacity after an append moved it to an array of its own (slice-growth.ts). */
export function setViewCapacity(s: readonly unknown[], capacity: number): void {
  stateOf(s)!.capacity = capacity;
}

/** Go's `cap(s)` of a slice. */
export function capacityOf(s: readonly unknown[]): number {
  return stateOf(s)?.capacity ?? s.length;
}

/** `s[lo:hi]` of an array or slice: a view of the same backing array, up to s's capacity. */
export function sliceOf<T>(s: readonly T[], lo: number, hi: number | undefined): T[] {
  const state = stateOf(s);
  const end = hi ?? s.length;
  const capacity = state?.capacity ?? s.length;
  checkSlice(lo, end, capacity, 'capacity');
  // Slicing a nil slice gives nil (an array of its own: appending to it leaves s nil).
  if (isNilSlice(s)) return [];
  return state
    ? view(state.backing, state.offset + lo, end - lo, capacity - lo)
    : view(s as unknown[], lo, end - lo, capacity - lo);
}

/** `s[lo:hi:max]`: a view like `s[lo:hi]` whose capacity ends at max, so an append past it moves to a new array. */
export function fullSliceOf<T>(s: readonly T[], lo: number, hi: number, max: number): T[] {
  const state = stateOf(s);
  const capacity = state?.capacity ?? s.length;
  if (!(max >= 0 && max <= capacity))
    throw new RuntimeError(`slice bounds out of range [::${max}] with capacity ${capacity}`);
  if (!(hi >= 0 && hi <= max)) throw new RuntimeError(`slice bounds out of range [:${hi}:${max}]`);
  if (!(lo >= 0 && lo <= hi)) throw new RuntimeError(`slice bounds out of range [${lo}:${hi}:]`);
  return state
    ? view(state.backing, state.offset + lo, hi - lo, max - lo)
    : view(s as unknown[], lo, hi - lo, max - lo);
}

/** `make([]T, n, c)`: the first n of c elements (`elements` holds all c, T's zero values). */
export function withCapacity<T>(elements: unknown[], length: number): T[] {
  if (!(length >= 0 && length <= elements.length)) throw new RuntimeError('makeslice: cap out of range');
  return length === elements.length ? (elements as T[]) : view(elements, 0, length, elements.length);
}

export function checkSlice(lo: number, hi: number, limit: number, limitName: 'length' | 'capacity'): void {
  if (!(hi >= 0 && hi <= limit)) {
    throw new RuntimeError(
      hi < 0 ? `slice bounds out of range [:${hi}]` : `slice bounds out of range [:${hi}] with ${limitName} ${limit}`,
    );
  }
  if (!(lo >= 0 && lo <= hi)) {
    throw new RuntimeError(lo < 0 ? `slice bounds out of range [${lo}:]` : `slice bounds out of range [${lo}:${hi}]`);
  }
}
