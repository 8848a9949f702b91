import * as $ from 'goscript/gs/builtin';
import { promiseBlocked } from './common.js';
import type { ChannelImpl } from './types.js';

/**
 * goscript 0.3.1 (a Go-to-TypeScript compiler): its channel runtime, written as its compiler
 * emits Go: `go f()` -> `queueMicrotask(async () => { ... })`, `await $.chanSend(ch, v)`,
 * `await $.chanRecv(ch)`, `await $.selectStatement([...cases with onSelected], false)`.
 */
type GsChan = $.Channel<number>;
const go = (fn: () => Promise<void>) => queueMicrotask(() => void fn());

const lib = {
  make: () => $.makeChannel<number>(0, 0, 'both'),
  start: (worker: (ch: GsChan) => Promise<void>, ch: GsChan) => go(() => worker(ch)),
  recv: (ch: GsChan) => $.chanRecv(ch),
  async sendEach(chans: readonly GsChan[]) {
    for (let i = 0; i < chans.length; i++) await $.chanSend(chans[i]!, i);
  },
  close: (ch: GsChan) => ch.close(),
};

export const goscriptImpl: ChannelImpl = {
  name: 'goscript',
  description: 'goscript 0.3.1 runtime (goscript/gs/builtin), in the form its compiler emits',

  async spsc(n, capacity) {
    const ch = $.makeChannel<number>(capacity, 0, 'both');
    go(async () => {
      for (let i = 0; i < n; i++) await $.chanSend(ch, i);
    });
    let sum = 0;
    for (let i = 0; i < n; i++) sum += await $.chanRecv(ch);
    return sum;
  },

  async pingPong(n) {
    const ping = $.makeChannel<number>(0, 0, 'both');
    const pong = $.makeChannel<number>(0, 0, 'both');
    go(async () => {
      for (let i = 0; i < n; i++) await $.chanSend(pong, await $.chanRecv(ping));
    });
    let sum = 0;
    for (let i = 0; i < n; i++) {
      await $.chanSend(ping, i);
      sum += await $.chanRecv(pong);
    }
    return sum;
  },

  async fanIn(n, producers, capacity) {
    const ch = $.makeChannel<number>(capacity, 0, 'both');
    const per = n / producers;
    const produce = async (from: number) => {
      for (let i = from; i < from + per; i++) await $.chanSend(ch, i);
    };
    for (let p = 0; p < producers; p++) {
      const from = p * per;
      go(() => produce(from));
    }
    let sum = 0;
    for (let i = 0; i < n; i++) sum += await $.chanRecv(ch);
    return sum;
  },

  async select4(n) {
    const [c0, c1, c2, c3] = [0, 1, 2, 3].map(() => $.makeChannel<number>(0, 0, 'both')) as [
      GsChan,
      GsChan,
      GsChan,
      GsChan,
    ];
    const per = n / 4;
    const produce = async (ch: GsChan, from: number) => {
      for (let i = from; i < from + per; i++) await $.chanSend(ch, i);
    };
    [c0, c1, c2, c3].forEach((ch, k) => go(() => produce(ch, k * per)));
    let sum = 0;
    for (let i = 0; i < n; i++) {
      await $.selectStatement<number, void>(
        [
          { id: 0, isSend: false, channel: c0, onSelected: async (r) => void (sum += r.value) },
          { id: 1, isSend: false, channel: c1, onSelected: async (r) => void (sum += r.value) },
          { id: 2, isSend: false, channel: c2, onSelected: async (r) => void (sum += r.value) },
          { id: 3, isSend: false, channel: c3, onSelected: async (r) => void (sum += r.value) },
        ],
        false,
      );
    }
    return sum;
  },

  blockedOwn: (n) => promiseBlocked(n, false, lib),
  blockedShared: (n) => promiseBlocked(n, true, lib),
};
