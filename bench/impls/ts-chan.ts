import { Chan, Select, recv } from 'ts-chan';
import { promiseBlocked } from './common.js';
import type { ChannelImpl } from './types.js';

/**
 * ts-chan 0.6.0. By default every send, receive and select wait also waits for the next
 * macrotask turn unless one happened meanwhile (its guard against microtask starvation);
 * `unsafe` turns that guard off on the channels and selects used (setUnsafe(true)).
 * Goroutines are plain async calls; Select is built once and reused, as its docs advise.
 */
export function tsChanImpl(unsafe: boolean): ChannelImpl {
  const make = (capacity: number) => new Chan<number>(capacity).setUnsafe(unsafe);
  const lib = {
    make: () => make(0),
    start: (worker: (ch: Chan<number>) => Promise<void>, ch: Chan<number>) => void worker(ch),
    recv: async (ch: Chan<number>) => (await ch.recv()).value,
    async sendEach(chans: readonly Chan<number>[]) {
      for (let i = 0; i < chans.length; i++) await chans[i]!.send(i);
    },
    close: (ch: Chan<number>) => ch.close(),
  };
  return {
    name: unsafe ? 'ts-chan-unsafe' : 'ts-chan',
    description: unsafe
      ? 'ts-chan 0.6.0 with setUnsafe(true): no wait for a macrotask turn per operation'
      : 'ts-chan 0.6.0, defaults (each operation also waits for a macrotask turn unless one passed)',

    async spsc(n, capacity) {
      const ch = make(capacity);
      void (async () => {
        for (let i = 0; i < n; i++) await ch.send(i);
      })();
      let sum = 0;
      for (let i = 0; i < n; i++) sum += (await ch.recv()).value!;
      return sum;
    },

    async pingPong(n) {
      const ping = make(0);
      const pong = make(0);
      void (async () => {
        for (let i = 0; i < n; i++) await pong.send((await ping.recv()).value!);
      })();
      let sum = 0;
      for (let i = 0; i < n; i++) {
        await ping.send(i);
        sum += (await pong.recv()).value!;
      }
      return sum;
    },

    async fanIn(n, producers, capacity) {
      const ch = make(capacity);
      const per = n / producers;
      const produce = async (from: number) => {
        for (let i = from; i < from + per; i++) await ch.send(i);
      };
      for (let p = 0; p < producers; p++) void produce(p * per);
      let sum = 0;
      for (let i = 0; i < n; i++) sum += (await ch.recv()).value!;
      return sum;
    },

    async select4(n) {
      const chans = [0, 1, 2, 3].map(() => make(0));
      const per = n / 4;
      const produce = async (ch: Chan<number>, from: number) => {
        for (let i = from; i < from + per; i++) await ch.send(i);
      };
      chans.forEach((ch, k) => void produce(ch, k * per));
      const select = new Select([recv(chans[0]!), recv(chans[1]!), recv(chans[2]!), recv(chans[3]!)]).setUnsafe(unsafe);
      let sum = 0;
      for (let i = 0; i < n; i++) {
        const k = await select.wait();
        sum += select.recv(select.cases[k]!).value!;
      }
      return sum;
    },

    blockedOwn: (n) => promiseBlocked(n, false, lib),
    blockedShared: (n) => promiseBlocked(n, true, lib),
  };
}
