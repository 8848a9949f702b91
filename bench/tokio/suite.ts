/**
 * The runtime-tokio suite: chan2ts's Tokio runtime against native Tokio (current_thread and
 * multi_thread) on the same scenarios, in one run.
 *
 * Each scenario: chan2ts warms up (two runs of quickN, then one of n), then `runs` rounds; a
 * round runs every implementation once, chan2ts in this process and each native flavour in a
 * fresh process (which warms up with two runs of quickN before its one timed run), in an order
 * reversed every other round, so that a burst of load on a shared machine hits all of them.
 * Each figure is the median of its runs. An implementation whose runs add up to the budget gets
 * no more rounds.
 *
 * Unlike run-js.ts, no full collection (global.gc) is forced before a timed run: here it made
 * the next run of chan2ts about a third slower (bounded mpsc 6-7 -> 4-4.6 M msg/s, measured
 * alternately in one process), V8 re-optimizing the runtime's hot functions (trace-opt: 446
 * optimizations instead of 126 in five runs) rather than collecting more. Native Tokio is
 * measured in its steady state, so ours is too. The full-size warm-up run is there because the
 * first run at full size was still 30-40% slower than the next ones.
 */
import { macrotask, median, now, withTimeout } from '../harness.js';
import type { Cell } from '../report.js';
import { chan2tsTokio, CHAN2TS, CHAN2TS_SCENARIOS } from './chan2ts.js';
import { buildTokioNative, TOKIO_NATIVE_IMPLS } from './native.js';
import { TOKIO_SUITE, tokioScenarios } from './scenarios.js';

export interface TokioSuiteOptions {
  quick: boolean;
  runs: number;
  /** Keeps a cell when it matches the --filter (suite, scenario id or implementation). */
  matches(scenarioId: string, impl: string): boolean;
  log(text: string): void;
  /** BENCH_TOKIO_FORM: how chan2ts's main runs (see chan2ts.ts). */
  form?: string;
}

export interface TokioSuiteResult {
  cells: Cell[];
  /** The implementations measured, for the legend. */
  legend: { name: string; description: string }[];
}

interface Candidate {
  impl: string;
  /** One timed run: ops/s. */
  once(n: number): Promise<number>;
  samples: number[];
  spent: number;
  error?: string;
}

export async function runTokioSuite(opts: TokioSuiteOptions): Promise<TokioSuiteResult> {
  const wanted = tokioScenarios.filter((s) =>
    [CHAN2TS, ...TOKIO_NATIVE_IMPLS.map((i) => i.name)].some((impl) => opts.matches(s.id, impl)),
  );
  if (wanted.length === 0) return { cells: [], legend: [] };
  const ours = chan2tsTokio(opts.form);
  const legend = [{ name: ours.name, description: ours.description }];
  const needNative = wanted.some((s) => TOKIO_NATIVE_IMPLS.some((i) => opts.matches(s.id, i.name)));
  const native = needNative ? await buildTokioNative(opts.log) : null;
  if (native !== null)
    legend.push(
      ...TOKIO_NATIVE_IMPLS.map((i) => ({ name: i.name, description: `${i.description}; ${native.version}` })),
    );
  const budgetMs = opts.quick ? 5_000 : 30_000;
  const timeoutMs = opts.quick ? 30_000 : 180_000;
  const cells: Cell[] = [];
  try {
    for (const scenario of wanted) {
      const n = opts.quick ? scenario.quickN : scenario.n;
      const candidates: Candidate[] = [];
      if (opts.matches(scenario.id, CHAN2TS) && CHAN2TS_SCENARIOS.has(scenario.id)) {
        const jsOnce = async (size: number) => {
          const t0 = now();
          const sum = await withTimeout(ours.run(scenario.id, size), timeoutMs, 'run');
          const t1 = now();
          const want = scenario.expected(size);
          if (sum !== want) throw new Error(`wrong checksum ${sum}, expected ${want}`);
          return (size / (t1 - t0)) * 1000;
        };
        const c: Candidate = { impl: CHAN2TS, once: jsOnce, samples: [], spent: 0 };
        try {
          for (let i = 0; i < 2; i++) await jsOnce(scenario.quickN);
          await jsOnce(n);
        } catch (error) {
          c.error = `warm-up: ${(error as Error).message}`;
        }
        candidates.push(c);
      }
      if (native !== null) {
        for (const impl of TOKIO_NATIVE_IMPLS) {
          if (!opts.matches(scenario.id, impl.name)) continue;
          candidates.push({
            impl: impl.name,
            once: (size) => native.run(impl.flavor, scenario.id, size, scenario.quickN, timeoutMs),
            samples: [],
            spent: 0,
          });
        }
      }
      for (let round = 0; round < opts.runs; round++) {
        const order = round % 2 === 0 ? candidates : [...candidates].reverse();
        for (const c of order) {
          if (c.error !== undefined || (c.samples.length > 0 && c.spent >= budgetMs)) continue;
          await macrotask();
          const t0 = now();
          try {
            const opsPerSec = await c.once(n);
            c.samples.push(opsPerSec);
            opts.log(`bench: ${scenario.id} / ${c.impl} run ${round + 1}: ${(opsPerSec / 1e6).toFixed(3)} M/s`);
          } catch (error) {
            c.error = (error as Error).message;
          }
          c.spent += now() - t0;
        }
      }
      for (const c of candidates) {
        const cell: Cell = { scenario: scenario.id, impl: c.impl };
        if (c.error !== undefined) {
          cell.error = c.error;
          opts.log(`bench: ${scenario.id} / ${c.impl} failed: ${c.error}`);
        } else {
          cell.row = {
            suite: TOKIO_SUITE,
            scenario: scenario.id,
            impl: c.impl,
            opsPerSec: median(c.samples),
            n,
            runs: c.samples.length,
          };
        }
        cells.push(cell);
      }
    }
  } finally {
    await native?.cleanup();
  }
  return { cells, legend };
}
