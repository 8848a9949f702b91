/**
 * chan2ts in the runtime-tokio suite: runtime/src/tokio/index.js used as translated Rust's
 * JavaScript for running uses it. Every `.await` of the Rust text (bench/tokio/native/main.rs)
 * is an `await` here, of a pending result only where the translator writes it so
 * (server/translate/emit/await-operation.ts: mpsc send and recv, broadcast recv, oneshot
 * receivers and join handles); `send(...).unwrap()` of an unbounded or broadcast
 * sender has no `.await` in Rust and none here; a task drops the sender it moved in when it
 * ends (`finally { tx.drop() }`), as the translator makes Rust's drop points explicit.
 *
 * How main runs. Two correct forms:
 *  - "runMain": `runMain(main, { host: captureHost(), flavor: 'current_thread' })`, as
 *    `chan2ts run` runs a translated program: a program per run, main is its task 0.
 *  - "none": no program at all: main is a task started with `spawn()`, whose result the harness
 *    awaits through a plain promise (never through a runtime object: an operation issued from
 *    outside every task while a task is current would be attributed to that task).
 * BENCH_TOKIO_FORM=runMain|none selects one; DEFAULT_TOKIO_FORM is the faster (measured below).
 */
import { broadcast, captureHost, mpsc, oneshot, runMain, spawn } from '../../runtime/src/tokio/index.js';
import { broadcastCapacity, CAPACITY, PRODUCERS, RECEIVERS } from './scenarios.js';

export type TokioForm = 'runMain' | 'none';

// The translator's one module-level temporary: read right after it is written.
let $op: any;

/**
 * Measured in separate processes, alternating the forms (five processes each, each figure the
 * median of three runs after a warm-up as suite.ts does it; 2 CPUs, load average 3.0 to 3.2),
 * median M ops/s runMain -> none: bounded SPSC 6.88 -> 6.95, unbounded SPSC 10.72 -> 11.26,
 * fan-in 2.53 -> 2.61, oneshot 4.95 -> 4.88, oneshot spawn-send-receive 0.380 -> 0.390,
 * broadcast 2.46 -> 2.53. "none" is faster on five of six, by 1-5% (about the noise); a program
 * costs little once per run. (With a forced gc() before each run, as run-js.ts does, runMain
 * had looked 17% faster on bounded mpsc: an artifact, see suite.ts.)
 */
export const DEFAULT_TOKIO_FORM: TokioForm = 'none';

export const CHAN2TS = 'chan2ts';

export interface Chan2tsTokio {
  name: string;
  description: string;
  form: TokioForm;
  /** Runs scenario `id` with n and gives its checksum. */
  run(id: string, n: number): Promise<number>;
}

type Main = (n: number) => Promise<number>;

/** The scenarios' main functions, by scenario id. */
const mains: Record<string, Main> = {
  'mpsc-bounded-128-spsc': async (n) => {
    const [tx, rx] = mpsc.channel<number>(CAPACITY);
    spawn(async () => {
      try {
        for (let i = 0; i < n; i++) (($op = tx.send(i)) instanceof Promise ? await $op : $op).unwrap();
      } finally {
        tx.drop();
      }
    });
    let sum = 0;
    for (
      let v = ($op = rx.recv()) instanceof Promise ? await $op : $op;
      v !== undefined;
      v = ($op = rx.recv()) instanceof Promise ? await $op : $op
    )
      sum += v;
    return sum;
  },

  'mpsc-unbounded-spsc': async (n) => {
    const [tx, rx] = mpsc.unboundedChannel<number>();
    spawn(async () => {
      try {
        for (let i = 0; i < n; i++) tx.send(i).unwrap();
      } finally {
        tx.drop();
      }
    });
    let sum = 0;
    for (
      let v = ($op = rx.recv()) instanceof Promise ? await $op : $op;
      v !== undefined;
      v = ($op = rx.recv()) instanceof Promise ? await $op : $op
    )
      sum += v;
    return sum;
  },

  'mpsc-fanin-100-bounded-128': async (n) => {
    const [tx, rx] = mpsc.channel<number>(CAPACITY);
    const per = n / PRODUCERS;
    for (let p = 0; p < PRODUCERS; p++) {
      const txP = tx.clone();
      spawn(async () => {
        try {
          for (let i = p * per; i < (p + 1) * per; i++)
            (($op = txP.send(i)) instanceof Promise ? await $op : $op).unwrap();
        } finally {
          txP.drop();
        }
      });
    }
    tx.drop();
    let sum = 0;
    for (
      let v = ($op = rx.recv()) instanceof Promise ? await $op : $op;
      v !== undefined;
      v = ($op = rx.recv()) instanceof Promise ? await $op : $op
    )
      sum += v;
    return sum;
  },

  'oneshot-send-recv': async (n) => {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const [tx, rx] = oneshot.channel<number>();
      tx.send(i).unwrap();
      sum += (($op = rx.outcome()) instanceof Promise ? await $op : $op).unwrap();
    }
    return sum;
  },

  'oneshot-spawn-send-recv': async (n) => {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const [tx, rx] = oneshot.channel<number>();
      spawn(async () => {
        tx.send(i).unwrap();
      });
      sum += (($op = rx.outcome()) instanceof Promise ? await $op : $op).unwrap();
    }
    return sum;
  },

  'broadcast-4-receivers': async (n) => {
    const [tx, rx] = broadcast.channel<number>(broadcastCapacity(n));
    const receivers = [rx];
    for (let k = 1; k < RECEIVERS; k++) receivers.push(tx.subscribe());
    const handles = receivers.map((rxK) =>
      spawn(async () => {
        let sum = 0;
        for (;;) {
          const r = ($op = rxK.recv()) instanceof Promise ? await $op : $op;
          if (r.isOk()) sum += r.value;
          else if (r.error.kind === 'Closed') return sum;
          else throw new Error(`receiver lagged by ${r.error.skipped}`);
        }
      }),
    );
    for (let i = 0; i < n; i++) tx.send(i).unwrap();
    tx.drop();
    let total = 0;
    for (const handle of handles) total += (($op = handle.outcome()) instanceof Promise ? await $op : $op).unwrap();
    return total;
  },
};

export const CHAN2TS_SCENARIOS: ReadonlySet<string> = new Set(Object.keys(mains));

/** Runs `main` as the program's main task (form "runMain") or as a plain spawned task ("none"). */
function program(form: TokioForm, main: () => Promise<number>): Promise<number> {
  if (form === 'runMain') {
    const host = captureHost();
    let result = NaN;
    return runMain(
      async () => {
        result = await main();
      },
      { host, flavor: 'current_thread' },
    ).then((code) => {
      if (code !== 0) throw new Error(`exit ${code}: ${host.stderr}`);
      return result;
    });
  }
  return new Promise<number>((resolve, reject) => {
    spawn(async () => {
      try {
        resolve(await main());
      } catch (error) {
        reject(error);
      }
    });
  });
}

export function chan2tsTokio(requested?: string): Chan2tsTokio {
  if (requested !== undefined && requested !== 'runMain' && requested !== 'none') {
    throw new Error(`BENCH_TOKIO_FORM must be runMain or none, not ${JSON.stringify(requested)}`);
  }
  const form: TokioForm = (requested as TokioForm | undefined) ?? DEFAULT_TOKIO_FORM;
  return {
    name: CHAN2TS,
    description: `our runtime (runtime/src/tokio/index.js, awaiting only pending results, as the JavaScript of translated code does); main = ${
      form === 'runMain' ? "runMain with captureHost(), flavor 'current_thread'" : 'a spawn() task, no runMain'
    }`,
    form,
    run(id, n) {
      const main = mains[id];
      if (main === undefined) return Promise.reject(new Error(`no chan2ts main for scenario ${id}`));
      return program(form, () => main(n));
    },
  };
}
