/**
 * A Go sequence as the runtime takes it: one of the runtime's iterables (`maps.Keys(m)`) or a
 * program's iterator function (`iter.Seq[V]`: `func(yield func(V) bool)`), which awaits its
 * yield calls in a program that pulls from one (iter.Pull).
 */
export type Seq<V> = Iterable<V> | ((yield_: (v: V) => boolean | Promise<boolean>) => unknown);

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

/** `done` of every value of the sequence: at once, or as a promise when the iterator function is async. */
export function gather<V, R>(seq: Seq<V>, done: (values: V[]) => R): R {
  if (typeof seq !== 'function') return done([...seq]);
  const values: V[] = [];
  const ran = seq((v) => {
    values.push(v);
    return true;
  });
  return isThenable(ran) ? (ran.then(() => done(values)) as R) : done(values);
}
