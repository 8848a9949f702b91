import { FloorChan, floorSelect } from './floor-chan.js';
import { promiseBlocked } from './common.js';
import type { ChannelImpl } from './types.js';

/** The floor (impls/floor-chan.ts): goroutines are plain async calls. */
export const floorImpl: ChannelImpl = {
  name: 'floor',
  description: 'minimal promise hand-off channel written in the bench (impls/floor-chan.ts); goroutine = async call',

  async spsc(n, capacity) {
    const ch = new FloorChan<number>(capacity);
    void (async () => {
      for (let i = 0; i < n; i++) await ch.send(i);
    })();
    let sum = 0;
    for (let i = 0; i < n; i++) sum += await ch.recv();
    return sum;
  },

  async pingPong(n) {
    const ping = new FloorChan<number>(0);
    const pong = new FloorChan<number>(0);
    void (async () => {
      for (let i = 0; i < n; i++) await pong.send(await ping.recv());
    })();
    let sum = 0;
    for (let i = 0; i < n; i++) {
      await ping.send(i);
      sum += await pong.recv();
    }
    return sum;
  },

  async fanIn(n, producers, capacity) {
    const ch = new FloorChan<number>(capacity);
    const per = n / producers;
    const produce = async (from: number) => {
      for (let i = from; i < from + per; i++) await ch.send(i);
    };
    for (let p = 0; p < producers; p++) void produce(p * per);
    let sum = 0;
    for (let i = 0; i < n; i++) sum += await ch.recv();
    return sum;
  },

  async select4(n) {
    const chans = [0, 1, 2, 3].map(() => new FloorChan<number>(0));
    const per = n / 4;
    const produce = async (ch: FloorChan<number>, from: number) => {
      for (let i = from; i < from + per; i++) await ch.send(i);
    };
    chans.forEach((ch, k) => void produce(ch, k * per));
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const s = await floorSelect(chans);
      sum += s.value;
    }
    return sum;
  },

  blockedOwn: (n) => promiseBlocked(n, false, floorLib),
  blockedShared: (n) => promiseBlocked(n, true, floorLib),
};

const floorLib = {
  make: () => new FloorChan<number>(0),
  start: (worker: (ch: FloorChan<number>) => Promise<void>, ch: FloorChan<number>) => void worker(ch),
  recv: (ch: FloorChan<number>) => ch.recv(),
  async sendEach(chans: readonly FloorChan<number>[]) {
    for (let i = 0; i < chans.length; i++) await chans[i]!.send(i);
  },
  close: (ch: FloorChan<number>) => ch.close(0),
};
