import { channel, select, type Channel } from '@thi.ng/csp';
import { promiseBlocked } from './common.js';
import type { ChannelImpl } from './types.js';

/**
 * @thi.ng/csp 3.2.44. Its channels always hold a buffer (fifo, capacity >= 1, default 1) and a
 * write's promise resolves only when a reader takes the value, whatever the buffer: an awaited
 * write is therefore a rendezvous. "Unbuffered" here is channel() (fifo(1)), which a writer
 * awaiting each write cannot tell from Go's unbuffered channel; a buffered channel lets an
 * awaiting writer run no further ahead than an unbuffered one (Go's buffered send would not wait).
 * Goroutines are plain async calls.
 */
const unbuffered = () => channel<number>();
const lib = {
  make: unbuffered,
  start: (worker: (ch: Channel<number>) => Promise<void>, ch: Channel<number>) => void worker(ch),
  recv: (ch: Channel<number>) => ch.read(),
  async sendEach(chans: readonly Channel<number>[]) {
    for (let i = 0; i < chans.length; i++) await chans[i]!.write(i);
  },
  close: (ch: Channel<number>) => ch.close(),
};

export const thingCspImpl: ChannelImpl = {
  name: '@thi.ng/csp',
  description: '@thi.ng/csp 3.2.44; unbuffered = channel() (fifo(1)); a write resolves when its value is read',
  notes: {
    'spsc-buffered-128': 'write() resolves only when the value is read, so the 128 buffer never fills',
    'fanin-100-buffered-128': 'write() resolves only when the value is read: each producer has one value in flight',
    'blocked-100k-shared':
      'n/a: at most 1024 pending reads per channel (MAX_READS); the rest resolve undefined at once',
  },

  async spsc(n, capacity) {
    const ch = channel<number>(capacity);
    void (async () => {
      for (let i = 0; i < n; i++) await ch.write(i);
    })();
    let sum = 0;
    for (let i = 0; i < n; i++) sum += (await ch.read())!;
    return sum;
  },

  async pingPong(n) {
    const ping = unbuffered();
    const pong = unbuffered();
    void (async () => {
      for (let i = 0; i < n; i++) await pong.write((await ping.read())!);
    })();
    let sum = 0;
    for (let i = 0; i < n; i++) {
      await ping.write(i);
      sum += (await pong.read())!;
    }
    return sum;
  },

  async fanIn(n, producers, capacity) {
    const ch = capacity === 0 ? unbuffered() : channel<number>(capacity);
    const per = n / producers;
    const produce = async (from: number) => {
      for (let i = from; i < from + per; i++) await ch.write(i);
    };
    for (let p = 0; p < producers; p++) void produce(p * per);
    let sum = 0;
    for (let i = 0; i < n; i++) sum += (await ch.read())!;
    return sum;
  },

  async select4(n) {
    const chans = [0, 1, 2, 3].map(() => unbuffered());
    const per = n / 4;
    const produce = async (ch: Channel<number>, from: number) => {
      for (let i = from; i < from + per; i++) await ch.write(i);
    };
    chans.forEach((ch, k) => void produce(ch, k * per));
    const [c0, c1, c2, c3] = chans as [Channel<number>, Channel<number>, Channel<number>, Channel<number>];
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const [value] = await select(c0, c1, c2, c3);
      sum += value!;
    }
    return sum;
  },

  blockedOwn: (n) => promiseBlocked(n, false, lib),
};
