import csp from 'js-csp';
import type { BlockedRun, ChannelImpl } from './types.js';

/**
 * js-csp 1.0.1 (core.async for JavaScript). Its goroutines are generators run by csp.go and
 * an operation is a `yield csp.put(ch, v)` / `yield csp.take(ch)`: the library's equivalent of
 * an await per operation (it has no promise API). Every resumption of a process goes through
 * setImmediate. The harness gets main's result with takeAsync on the channel go() returns.
 */
type Chan = csp.Channel<number>;
type Proc<R> = csp.Process<R>;

function run(main: () => Proc<number>): Promise<number> {
  return new Promise((resolve) => csp.takeAsync(csp.go(main), (sum) => resolve(sum ?? NaN)));
}

export const jsCspImpl: ChannelImpl = {
  name: 'js-csp',
  description: 'js-csp 1.0.1; goroutine = csp.go(generator); yield per operation (no promise API)',
  notes: {
    'blocked-100k-shared': 'n/a: at most 1024 pending takes per channel (MAX_QUEUE_SIZE); the 1025th throws',
  },

  spsc: (n, capacity) =>
    run(function* () {
      const ch: Chan = csp.chan(capacity);
      csp.go(function* (): Proc<void> {
        for (let i = 0; i < n; i++) yield csp.put(ch, i);
      });
      let sum = 0;
      for (let i = 0; i < n; i++) sum += yield csp.take(ch);
      return sum;
    }),

  pingPong: (n) =>
    run(function* () {
      const ping: Chan = csp.chan(0);
      const pong: Chan = csp.chan(0);
      csp.go(function* (): Proc<void> {
        for (let i = 0; i < n; i++) yield csp.put(pong, yield csp.take(ping));
      });
      let sum = 0;
      for (let i = 0; i < n; i++) {
        yield csp.put(ping, i);
        sum += yield csp.take(pong);
      }
      return sum;
    }),

  fanIn: (n, producers, capacity) =>
    run(function* () {
      const ch: Chan = csp.chan(capacity);
      const per = n / producers;
      function* produce(from: number): Proc<void> {
        for (let i = from; i < from + per; i++) yield csp.put(ch, i);
      }
      for (let p = 0; p < producers; p++) csp.go(produce, [p * per]);
      let sum = 0;
      for (let i = 0; i < n; i++) sum += yield csp.take(ch);
      return sum;
    }),

  select4: (n) =>
    run(function* () {
      const chans: Chan[] = [0, 1, 2, 3].map(() => csp.chan(0));
      const per = n / 4;
      function* produce(ch: Chan, from: number): Proc<void> {
        for (let i = from; i < from + per; i++) yield csp.put(ch, i);
      }
      chans.forEach((ch, k) => csp.go(produce, [ch, k * per]));
      let sum = 0;
      for (let i = 0; i < n; i++) {
        const r: csp.AltResult = yield csp.alts(chans);
        sum += r.value as number;
      }
      return sum;
    }),

  blockedOwn(n): BlockedRun {
    let chans: Chan[] = [];
    let started = 0;
    let finished = 0;
    let sum = 0;
    let done!: (sum: number) => void;
    const all = new Promise<number>((resolve) => (done = resolve));
    function* worker(ch: Chan): Proc<void> {
      started++;
      const v: number = yield csp.take(ch); // not `sum += yield ...`: that reads sum before waiting
      sum += v;
      if (++finished === n) done(sum);
    }
    return {
      spawn() {
        chans = Array.from({ length: n }, () => csp.chan<number>(0));
        for (let i = 0; i < n; i++) csp.go(worker, [chans[i]!]);
      },
      started: () => started,
      wake() {
        csp.go(function* (): Proc<void> {
          for (let i = 0; i < n; i++) yield csp.put(chans[i]!, i);
        });
        return all;
      },
    };
  },
};
