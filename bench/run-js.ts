/**
 * Measures the JavaScript implementations of one scenario. The machine may be busy with other
 * work, so the timed runs are interleaved: round 1 runs every implementation once, then round
 * 2, and so on; a burst of load then hits all of them instead of one. Each figure is the median
 * of that implementation's runs.
 */
import type { BlockedScenario, Scenario, ThroughputScenario } from './scenarios.js';
import type { BlockedRun } from './impls/types.js';
import { gc, macrotask, median, now, settleHeap, withTimeout } from './harness.js';

export interface RunOptions {
  quick: boolean;
  /** Timed runs per implementation (the figure is their median). */
  runs: number;
  /** No further runs for an implementation once its timed runs took this long in total. */
  budgetMs: number;
  /** A run that has not finished after this long is an error (a hung implementation). */
  timeoutMs: number;
  log(text: string): void;
}

export interface Measured {
  n: number;
  runs: number;
  opsPerSec?: number;
  ms?: number;
  bytesPerGoroutine?: number;
  spawnMs?: number;
}

export interface Candidate {
  impl: string;
  throughput?: (n: number) => Promise<number>;
  blocked?: (n: number) => BlockedRun;
}

export type Outcome = { impl: string; measured?: Measured; error?: string };

interface Sample {
  /** ops/s for throughput, wake ms for blocked. */
  value: number;
  bytes?: number;
  spawnMs?: number;
}

function check(what: string, got: number, want: number): void {
  if (got !== want) throw new Error(`${what}: wrong checksum ${got}, expected ${want}`);
}

export async function measureScenario(
  scenario: Scenario,
  candidates: readonly Candidate[],
  opts: RunOptions,
): Promise<Outcome[]> {
  const n = opts.quick ? scenario.quickN : scenario.n;
  const state = candidates.map((c) => ({
    c,
    samples: [] as Sample[],
    spent: 0,
    error: undefined as string | undefined,
  }));
  const once = (c: Candidate, size: number): Promise<Sample> =>
    scenario.kind === 'throughput'
      ? throughputOnce(scenario, c.throughput!, size, opts)
      : blockedOnce(scenario, c.blocked!, size, opts);

  // Warm-up: the small size (twice for throughput: JIT, inline caches, the library's pools).
  for (const s of state) {
    try {
      for (let i = 0; i < (scenario.kind === 'throughput' ? 2 : 1); i++) await once(s.c, scenario.quickN);
    } catch (error) {
      s.error = `warm-up: ${(error as Error).message}`;
    }
  }
  for (let round = 0; round < opts.runs; round++) {
    for (const s of state) {
      if (s.error !== undefined || (s.samples.length > 0 && s.spent >= opts.budgetMs)) continue;
      opts.log(`bench: ${scenario.id} / ${s.c.impl} run ${round + 1}`);
      gc();
      await macrotask();
      const t0 = now();
      try {
        s.samples.push(await once(s.c, n));
      } catch (error) {
        s.error = (error as Error).message;
      }
      s.spent += now() - t0;
    }
  }
  return state.map(({ c, samples, error }) => {
    if (error !== undefined) return { impl: c.impl, error };
    const value = median(samples.map((x) => x.value));
    const measured: Measured =
      scenario.kind === 'throughput'
        ? { n, runs: samples.length, opsPerSec: value }
        : {
            n,
            runs: samples.length,
            ms: value,
            bytesPerGoroutine: Math.round(median(samples.map((x) => x.bytes!))),
            spawnMs: median(samples.map((x) => x.spawnMs!)),
          };
    return { impl: c.impl, measured };
  });
}

async function throughputOnce(
  scenario: ThroughputScenario,
  fn: (n: number) => Promise<number>,
  n: number,
  opts: RunOptions,
): Promise<Sample> {
  const t0 = now();
  const sum = await withTimeout(fn(n), opts.timeoutMs, 'run');
  const t1 = now();
  check('run', sum, scenario.expected(n));
  return { value: (n / (t1 - t0)) * 1000 };
}

/**
 * One run: heap after full GCs, spawn n goroutines and let every one reach its receive, heap
 * again (the difference over n is the cost of a blocked goroutine, its channel included when
 * it has its own), then the time from waking them to the last one finishing.
 */
async function blockedOnce(
  scenario: BlockedScenario,
  make: (n: number) => BlockedRun,
  n: number,
  opts: RunOptions,
): Promise<Sample> {
  const run = make(n);
  await macrotask();
  const before = settleHeap();
  const t0 = now();
  run.spawn();
  const deadline = t0 + opts.timeoutMs;
  while (run.started() < n) {
    if (now() > deadline) throw new Error(`spawn: only ${run.started()} of ${n} goroutines started`);
    await macrotask();
  }
  const spawnMs = now() - t0;
  await macrotask();
  const after = settleHeap();
  const t1 = now();
  const sum = await withTimeout(run.wake(), opts.timeoutMs, 'wake');
  const ms = now() - t1;
  check('wake', sum, scenario.expected(n));
  return { value: ms, bytes: (after - before) / n, spawnMs };
}
