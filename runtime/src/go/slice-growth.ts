/**
 * The capacity Go gives a slice that `append` grows past its capacity (Go 1.23's growslice:
 * double below 256 elements, then about 1.25x, the bytes rounded up to the allocator's size
 * class). A plain array grows by `push`, which keeps no capacity, so `cap(s)` works it out when
 * asked: the appends since it last looked add one element each and regrow at each full
 * capacity. In a program that asks for a capacity every append goes through `pushAll`, which
 * looks then: so each array is seen from its first append, when its capacity is its length,
 * and an append of several elements grows it for all of them at once, as Go's does. Past the
 * capacity Go copies the elements to a new array: a struct element is copied too (`copy`), so a
 * pointer taken to one before (`p := &s[0]`) keeps the old element, whose changes no longer show.
 */
import { capacityOf, isView, setViewCapacity, sliceOf } from './slice-view.js';

/** An element type's size in bytes and whether it holds pointers (a string, slice, map...). */
export interface ElementLayout {
  size: number;
  pointers: boolean;
}

/** What append needs of an element type: its layout, and a struct's copy where elements are pointed into. */
export interface AppendedElement<T> extends ElementLayout {
  copy?: (element: T) => T;
}

/** Go's size classes of small objects, in bytes (runtime/sizeclasses.go). */
const SIZE_CLASSES = [
  8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448, 480,
  512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864,
  5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760,
  24576, 27264, 28672, 32768,
];
const MAX_SMALL_SIZE = 32768;
const MALLOC_HEADER_SIZE = 8;
/** Objects with pointers above this size carry a malloc header (minSizeForMallocHeader). */
const MIN_SIZE_FOR_MALLOC_HEADER = 512;
const PAGE_SIZE = 8192;

/** Go's nextslicecap: the element count before rounding. */
function nextCapacity(newLength: number, oldCapacity: number): number {
  const doubled = oldCapacity + oldCapacity;
  if (newLength > doubled) return newLength;
  if (oldCapacity < 256) return doubled;
  let capacity = oldCapacity;
  while (capacity < newLength) capacity += (capacity + 3 * 256) >> 2;
  return capacity;
}

/** Go's roundupsize: the bytes the allocator gives for a request of `size`. */
function roundUpSize(size: number, pointers: boolean): number {
  if (size <= MAX_SMALL_SIZE - MALLOC_HEADER_SIZE) {
    const header = pointers && size > MIN_SIZE_FOR_MALLOC_HEADER ? MALLOC_HEADER_SIZE : 0;
    const wanted = size + header;
    return SIZE_CLASSES.find((c) => c >= wanted)! - header;
  }
  return Math.ceil(size / PAGE_SIZE) * PAGE_SIZE;
}

/** The capacity append gives when a slice of capacity `oldCapacity` must hold `newLength` elements. */
export function grownCapacity(oldCapacity: number, newLength: number, element: ElementLayout): number {
  const capacity = nextCapacity(newLength, oldCapacity);
  if (element.size === 0) return capacity;
  return Math.floor(roundUpSize(capacity * element.size, element.pointers) / element.size);
}

/** The capacity `cap` last found for a plain array. */
const seen = new WeakMap<readonly unknown[], number>();

/** The capacity of a plain array (a view knows its own): its length when first seen, then as one-element appends grew it. */
export function arrayCapacity(s: readonly unknown[], element: ElementLayout): number {
  if (isView(s)) return capacityOf(s);
  let capacity = seen.get(s) ?? s.length;
  while (capacity < s.length) capacity = grownCapacity(capacity, capacity + 1, element);
  seen.set(s, capacity);
  return capacity;
}

/** `s = append(s, a, b, c)`: the items at once, which grow the capacity as Go does for them (a view's too). */
export function pushAll<T>(s: T[], items: readonly T[], element: AppendedElement<T>): void {
  const before = arrayCapacity(s, element);
  const { copy } = element;
  if (copy && s.length + items.length > before) s.forEach((e, i) => (s[i] = copy(e)));
  for (const item of items) s.push(item);
  const capacity = s.length > before ? grownCapacity(before, s.length, element) : before;
  if (isView(s)) setViewCapacity(s, capacity);
  else seen.set(s, capacity);
}

/** `b = append(b, items...)` for a []byte, which may be nil or a Uint8Array: pushAll on it as an array. */
export function pushAllBytes(
  b: Uint8Array | number[] | null,
  items: readonly number[],
  element: ElementLayout,
): number[] {
  const out = growableBytes(b);
  pushAll(out, items, element);
  return out;
}

/**
 * `append(s, items...)` as a value (`t := append(s, x)`). Within a view's spare capacity the
 * result is a view of the same backing array, as Go's is; a plain array's spare capacity is only
 * counted, so there the result is a copy that keeps it; past the capacity, a new array with the
 * capacity Go gives it.
 */
export function appended<T>(s: readonly T[] | null, items: readonly T[], element: AppendedElement<T>): T[] {
  const source = s ?? [];
  const capacity = arrayCapacity(source, element);
  const length = source.length + items.length;
  if (length <= capacity && isView(source)) {
    const out = sliceOf(source, 0, length);
    items.forEach((item, i) => (out[source.length + i] = item));
    return out;
  }
  const moved = length > capacity && element.copy ? source.map(element.copy) : source;
  const out = [...moved, ...items];
  seen.set(out, length <= capacity ? capacity : grownCapacity(capacity, length, element));
  return out;
}

/** A []byte as an array that can grow: itself, a new empty one for nil, a Uint8Array's bytes. */
export function growableBytes(b: Uint8Array | number[] | null): number[] {
  return b instanceof Uint8Array ? Array.from(b) : (b ?? []);
}
