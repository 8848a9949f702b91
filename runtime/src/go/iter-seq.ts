/**
 * A Go sequence as the runtime takes it: one of the runtime's iterables (`maps.Keys(m)`) or a
 * program's iterator function (`iter.Seq[V]`: `func(yield func(V) bool)`), which awaits its
 * yield calls in a program that pulls from one (iter.Pull).
 */
export type Seq<V> = Iterable<V> | ((yield_: (v: V) => boolean | Promise<boolean>) => unknown);

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

type Yield<A extends unknown[]> = (...args: A) => boolean | Promise<boolean>;

/**
 * A sequence the runtime gives (`slices.Values(s)`, `maps.Keys(m)`): both an iterable, which
 * the runtime and `for...of` read, and an iterator function, which a program's own code calls
 * as Go calls an iter.Seq; each use starts again from the beginning, as in Go.
 */
export type Values<V> = Iterable<V> & ((yield_: Yield<[V]>) => void | Promise<void>);
/** A sequence of pairs (`maps.All(m)`, an iter.Seq2): its iterator function yields both values. */
export type Pairs<K, V> = Iterable<[K, V]> & ((yield_: Yield<[K, V]>) => void | Promise<void>);

function sequence<T, A extends unknown[]>(
  items: () => Iterable<T>,
  args: (item: T) => A,
): Iterable<T> & ((yield_: Yield<A>) => void | Promise<void>) {
  const run = (yield_: Yield<A>): void | Promise<void> => {
    const it = items()[Symbol.iterator]();
    const step = (): void | Promise<void> => {
      for (let r = it.next(); !r.done; r = it.next()) {
        const more = yield_(...args(r.value));
        if (isThenable(more)) return more.then((m) => (m ? step() : undefined));
        if (!more) return;
      }
    };
    return step();
  };
  return Object.assign(run, { [Symbol.iterator]: () => items()[Symbol.iterator]() });
}

export function valuesOf<V>(items: () => Iterable<V>): Values<V> {
  return sequence(items, (v) => [v]);
}

export function pairsOf<K, V>(items: () => Iterable<[K, V]>): Pairs<K, V> {
  return sequence(items, ([k, v]) => [k, v]);
}

/** Whether a sequence is iterable (one of the runtime's), rather than only a program's iterator function. */
export function isIterable<V>(seq: Seq<V>): seq is Iterable<V> {
  return Symbol.iterator in seq;
}

/** `done` of every value of the sequence: at once, or as a promise when the iterator function is async. */
export function gather<V, R>(seq: Seq<V>, done: (values: V[]) => R): R {
  if (isIterable(seq)) return done([...seq]);
  const values: V[] = [];
  const ran = seq((v) => {
    values.push(v);
    return true;
  });
  return isThenable(ran) ? (ran.then(() => done(values)) as R) : done(values);
}
