/**
 * Go's iter.Pull and iter.Pull2: `next()` resumes the iterator function until its next yield,
 * `stop()` makes that yield return false and lets the function finish. The translator awaits
 * yield calls in a program that pulls, so the iterator function can wait in yield.
 */
import { isIterable, type Seq } from './iter-seq.js';

export type { Pairs, Values } from './iter-seq.js';

type Pulled<V> = [next: () => Promise<[V, boolean]>, stop: () => Promise<void>];

export function pull<V>(seq: Seq<V>, zero: V = null as V): Pulled<V> {
  if (isIterable(seq)) {
    const it = seq[Symbol.iterator]();
    let done = false;
    const next = async (): Promise<[V, boolean]> => {
      const r = done ? null : it.next();
      if (!r || r.done) {
        done = true;
        return [zero, false];
      }
      return [r.value, true];
    };
    return [next, async () => void (done = true)];
  }
  let state: 'new' | 'running' | 'suspended' | 'done' = 'new';
  let resume: (more: boolean) => void = () => {};
  let waiting: { resolve(r: [V, boolean]): void; reject(e: unknown): void } | null = null;
  let finished: Promise<void> = Promise.resolve();
  const deliver = (r: [V, boolean]) => {
    const w = waiting;
    waiting = null;
    w?.resolve(r);
  };
  const yield_ = (v: V) =>
    new Promise<boolean>((more) => {
      state = 'suspended';
      resume = more;
      deliver([v, true]);
    });
  const run = (more: boolean) => {
    state = 'running';
    resume(more);
  };
  const next = () =>
    new Promise<[V, boolean]>((resolve, reject) => {
      if (state === 'done') return resolve([zero, false]);
      waiting = { resolve, reject };
      if (state === 'new') {
        state = 'running';
        finished = Promise.resolve(seq(yield_)).then(
          () => {
            state = 'done';
            deliver([zero, false]);
          },
          (error: unknown) => {
            state = 'done';
            const w = waiting;
            waiting = null;
            if (w) w.reject(error);
            else throw error;
          },
        );
      } else run(true);
    });
  const stop = async () => {
    if (state === 'suspended') {
      run(false);
      await finished;
    }
    state = 'done';
  };
  return [next, stop];
}

/** `iter.Pull2(seq)`: next gives both values of each pair. */
export function pull2<K, V>(
  seq: Iterable<[K, V]> | ((yield_: (k: K, v: V) => boolean | Promise<boolean>) => unknown),
  zeroKey: K = null as K,
  zeroValue: V = null as V,
): [() => Promise<[K, V, boolean]>, () => Promise<void>] {
  const pairs: Seq<[K, V]> = Symbol.iterator in seq ? seq : (yieldPair) => seq((k: K, v: V) => yieldPair([k, v]));
  const [next, stop] = pull<[K, V]>(pairs, [zeroKey, zeroValue]);
  const nextPair = async (): Promise<[K, V, boolean]> => {
    const [[k, v], ok] = await next();
    return [k, v, ok];
  };
  return [nextPair, stop];
}
