/**
 * chan2ts: our runtime, written as the translator's JavaScript for running writes Go
 * (`go(f, args)`, and each channel operation awaited only when it parks:
 * `(($op = ch.recv()) instanceof Promise ? await $op : $op)`, see
 * server/translate/emit/await-operation.ts).
 *
 * How main runs. Two correct forms exist:
 *  - "go": main is itself a goroutine started with go(); the harness only awaits a plain
 *    promise that main resolves. No program object: no deadlock detection, no exit handling.
 *  - "runMain": runMain(main, { host: captureHost() }), as `chan2ts run` does; main is task 1.
 * (Not a third one: a channel operation issued by code outside every goroutine while a
 * goroutine is current is attributed by the scheduler to that goroutine, which breaks its
 * one-runs-at-a-time bookkeeping; so the harness never touches a channel itself.)
 * Both were measured (BENCH_CHAN2TS_FORM=go|runMain selects one); the default is the faster,
 * see DEFAULT_FORM below.
 */
import type { Chan } from '../../runtime/src/go/chan.js';
import type { BlockedRun, ChannelImpl } from './types.js';
import type { Chan2tsApi } from './chan2ts-api.js';

export type MainForm = 'go' | 'runMain';

// The translator's one module-level temporary: read right after it is written.
let $op: any;

/**
 * Measured alternately in separate processes, median Mops/s runMain -> go: spsc 6.18 -> 7.30,
 * ping-pong 1.68 -> 2.02, fan-in unbuffered 3.80 -> 3.88, fan-in cap 128 3.99 -> 4.59,
 * select 2.38 -> 2.09: "go" is faster on four of five (table in bench/peers/README.md).
 */
export const DEFAULT_FORM: MainForm = 'go';

export function chan2tsImpl(rt: Chan2tsApi, requested: MainForm = DEFAULT_FORM): ChannelImpl {
  const { makeChan, go, select, recvCase } = rt;
  const form: MainForm = requested === 'runMain' && rt.runMain !== null ? 'runMain' : 'go';

  /** Runs `main` as the program's main goroutine and gives back what it returned. */
  const program = (main: () => Promise<number>): Promise<number> => {
    if (form === 'runMain') {
      const host = rt.captureHost!();
      let result = NaN;
      return rt.runMain!(
        async () => {
          result = await main();
        },
        { host },
      ).then((code) => {
        if (code !== 0) throw new Error(`exit ${code}: ${host.stderr}`);
        return result;
      });
    }
    return new Promise<number>((resolve, reject) => {
      go(async () => {
        try {
          resolve(await main());
        } catch (error) {
          reject(error);
        }
      });
    });
  };

  return {
    name: 'chan2ts',
    description: `our runtime (${rt.source}, awaiting only pending results, as the JavaScript of translated code does); main = ${form === 'go' ? 'a go() goroutine, no runMain' : 'runMain with captureHost()'}`,

    spsc: (n, capacity) =>
      program(async () => {
        const ch = makeChan<number>(capacity, 0);
        go(async () => {
          for (let i = 0; i < n; i++) ($op = ch.send(i)) instanceof Promise ? await $op : $op;
        });
        let sum = 0;
        for (let i = 0; i < n; i++) sum += ($op = ch.recv()) instanceof Promise ? await $op : $op;
        return sum;
      }),

    pingPong: (n) =>
      program(async () => {
        const ping = makeChan<number>(0, 0);
        const pong = makeChan<number>(0, 0);
        go(async () => {
          for (let i = 0; i < n; i++)
            ($op = pong.send(($op = ping.recv()) instanceof Promise ? await $op : $op)) instanceof Promise
              ? await $op
              : $op;
        });
        let sum = 0;
        for (let i = 0; i < n; i++) {
          ($op = ping.send(i)) instanceof Promise ? await $op : $op;
          sum += ($op = pong.recv()) instanceof Promise ? await $op : $op;
        }
        return sum;
      }),

    fanIn: (n, producers, capacity) =>
      program(async () => {
        const ch = makeChan<number>(capacity, 0);
        const per = n / producers;
        const produce = async (from: number) => {
          for (let i = from; i < from + per; i++) ($op = ch.send(i)) instanceof Promise ? await $op : $op;
        };
        for (let p = 0; p < producers; p++) go(produce, p * per);
        let sum = 0;
        for (let i = 0; i < n; i++) sum += ($op = ch.recv()) instanceof Promise ? await $op : $op;
        return sum;
      }),

    select4: (n) =>
      program(async () => {
        const chans = [0, 1, 2, 3].map(() => makeChan<number>(0, 0));
        const per = n / 4;
        const produce = async (ch: Chan<number>, from: number) => {
          for (let i = from; i < from + per; i++) ($op = ch.send(i)) instanceof Promise ? await $op : $op;
        };
        chans.forEach((ch, k) => go(produce, ch, k * per));
        const [c0, c1, c2, c3] = chans as [Chan<number>, Chan<number>, Chan<number>, Chan<number>];
        let sum = 0;
        for (let i = 0; i < n; i++) {
          const s =
            ($op = select([recvCase(c0), recvCase(c1), recvCase(c2), recvCase(c3)])) instanceof Promise
              ? await $op
              : $op;
          switch (s.index) {
            case 0:
            case 1:
            case 2:
            case 3:
              sum += s.value as number;
              break;
          }
        }
        return sum;
      }),

    // The 100k scenarios run in the "go" form whatever DEFAULT_FORM says: the harness has to
    // weigh the heap between spawning and waking, which a runMain program would not let it do
    // without an extra channel round trip per goroutine.
    blockedOwn: form === 'go' ? (n) => blocked(rt, n, false) : undefined,
    blockedShared: form === 'go' ? (n) => blocked(rt, n, true) : undefined,
  };
}

function blocked(rt: Chan2tsApi, n: number, shared: boolean): BlockedRun {
  const { makeChan, go, close } = rt;
  let chans: Chan<number>[] = [];
  let started = 0;
  let finished = 0;
  let sum = 0;
  let done!: (sum: number) => void;
  const all = new Promise<number>((resolve) => (done = resolve));
  async function worker(ch: Chan<number>) {
    started++;
    const v = ($op = ch.recv()) instanceof Promise ? await $op : $op; // not `sum += ...`: that reads sum before waiting
    sum += v;
    if (++finished === n) done(shared ? finished : sum);
  }
  return {
    spawn() {
      if (shared) {
        const ch = makeChan<number>(0, 0);
        chans = [ch];
        for (let i = 0; i < n; i++) go(worker, ch);
      } else {
        chans = Array.from({ length: n }, () => makeChan<number>(0, 0));
        for (let i = 0; i < n; i++) go(worker, chans[i]!);
      }
    },
    started: () => started,
    wake() {
      go(async () => {
        if (shared) close(chans[0]!);
        else for (let i = 0; i < n; i++) ($op = chans[i]!.send(i)) instanceof Promise ? await $op : $op;
      });
      return all;
    },
  };
}
