// Go's nil slice and empty slice: a plain empty array is a nil slice (the zero value, `nil`),
// and an empty slice that is not nil carries a mark (`[]T{}`, `make([]T, 0)`, a sub-slice):
//   var s []int    -> let s: number[] = []              s == nil -> isNilSlice(s)
//   []int{}        -> emptySlice<number>()              fmt %#v: []int(nil), []int{}
const NOT_NIL = Symbol.for('chan2ts.notNilSlice');

/** `[]T{}` or `make([]T, 0)`: an empty slice that is not nil. */
export function emptySlice<T>(): T[] {
  return notNilSlice([]);
}

/** Marks an array (or a slice view) as a slice that is not nil, whatever its length. */
export function notNilSlice<T extends object>(s: T): T {
  (s as { [NOT_NIL]?: true })[NOT_NIL] = true;
  return s;
}

/** `s == nil` for a slice: null, or an empty array without the mark. */
export function isNilSlice(s: ArrayLike<unknown> | null | undefined): boolean {
  return s == null || (s.length === 0 && !(NOT_NIL in s));
}
