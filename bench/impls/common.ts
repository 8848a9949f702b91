import type { BlockedRun } from './types.js';

/**
 * The 100k-goroutine scenarios for a promise-style library: `start(worker, ch)` starts one
 * goroutine the library's way, `recv` is one awaited receive; waking sends i to chans[i] (own
 * channels) or closes the one channel (shared).
 */
export function promiseBlocked<C>(
  n: number,
  shared: boolean,
  lib: {
    make(): C;
    start(worker: (ch: C) => Promise<void>, ch: C): void;
    recv(ch: C): Promise<number | undefined> | number | undefined;
    /** Sends i to chans[i], in order, each send awaited. */
    sendEach(chans: readonly C[]): Promise<void>;
    close(ch: C): void;
  },
): BlockedRun {
  let chans: C[] = [];
  let started = 0;
  let finished = 0;
  let sum = 0;
  let done!: (sum: number) => void;
  const all = new Promise<number>((resolve) => (done = resolve));
  const worker = async (ch: C) => {
    started++;
    const v = (await lib.recv(ch)) ?? 0; // not `sum += await ...`: that reads sum before waiting
    sum += v;
    if (++finished === n) done(shared ? finished : sum);
  };
  return {
    spawn() {
      if (shared) {
        const ch = lib.make();
        chans = [ch];
        for (let i = 0; i < n; i++) lib.start(worker, ch);
      } else {
        chans = Array.from({ length: n }, () => lib.make());
        for (let i = 0; i < n; i++) lib.start(worker, chans[i]!);
      }
    },
    started: () => started,
    wake() {
      if (shared) lib.start(async (ch) => lib.close(ch), chans[0]!);
      else void lib.sendEach(chans);
      return all;
    },
  };
}
