/**
 * The programs suite: whole programs, chan2ts against native, in wall time.
 *
 * For each program, a reference output comes first, from the first native build there is;
 * then every implementation runs once untimed (the warm-up of the disk cache, and the check):
 * an implementation whose stdout or exit code differs from the reference is reported as wrong
 * and not timed, and so is one whose output changes in a later run. Then `runs` rounds, each
 * running every implementation once in a fresh process, in an order reversed every other
 * round so that a burst of load on a shared machine hits all of them; each figure is the
 * median. The translation is timed apart, in this process (chan2ts.ts).
 */
import { readFileSync } from 'node:fs';
import type { ProcessResult } from '../../test/support/run-ts-program.js';
import { median, now } from '../harness.js';
import type { Cell } from '../report.js';
import { CHAN2TS_RUN, CHAN2TS_TRANSLATE, cliMissing, runWithCli, translateMs } from './chan2ts.js';
import { buildNatives, NATIVE_IMPLS, type NativeBuilds, type ProgramRun } from './native.js';
import { benchPrograms, PROGRAMS_SUITE, type BenchProgram } from './programs.js';

export interface ProgramsSuiteOptions {
  quick: boolean;
  runs: number;
  /** Keeps a cell when it matches the --filter (suite, program id or implementation). */
  matches(programId: string, impl: string): boolean;
  log(text: string): void;
}

export interface ProgramsSuiteResult {
  cells: Cell[];
  legend: { name: string; description: string }[];
}

interface Candidate {
  cell: Cell;
  run: ProgramRun;
  samples: number[];
}

const TRANSLATE_CALLS = 10;

export async function runProgramsSuite(opts: ProgramsSuiteOptions): Promise<ProgramsSuiteResult> {
  const implsOf = (p: BenchProgram) => [
    CHAN2TS_RUN,
    CHAN2TS_TRANSLATE,
    ...NATIVE_IMPLS.filter((i) => i.language === p.language).map((i) => i.name),
  ];
  const wanted = benchPrograms.filter((p) => implsOf(p).some((impl) => opts.matches(p.id, impl)));
  if (wanted.length === 0) return { cells: [], legend: [] };

  // Every run is checked against a native build, so only the translate rows go without one.
  const needNative = wanted.filter((p) =>
    implsOf(p).some((impl) => impl !== CHAN2TS_TRANSLATE && opts.matches(p.id, impl)),
  );
  const natives = await buildNatives(needNative, opts.log);
  const cells: Cell[] = [];
  try {
    for (const program of wanted) {
      const kept = implsOf(program).filter((impl) => opts.matches(program.id, impl));
      cells.push(...(await measureProgram(program, kept, natives, opts)));
    }
  } finally {
    await natives.cleanup();
  }
  const shown = new Set(cells.map((c) => c.impl));
  const legend = [
    { name: CHAN2TS_RUN, description: '`node dist/cli.mjs run FILE --quiet -- N` (wall time, translation included)' },
    {
      name: CHAN2TS_TRANSLATE,
      description: `translate() of the program in the bench's process (median of ${TRANSLATE_CALLS} warm calls; n = its lines)`,
    },
    ...NATIVE_IMPLS.map((i) => ({
      name: i.name,
      description: `${i.description}; ${natives.versions.get(i.language) ?? 'not built'}`,
    })),
  ].filter((l) => shown.has(l.name));
  return { cells, legend };
}

async function measureProgram(
  program: BenchProgram,
  impls: readonly string[],
  natives: NativeBuilds,
  opts: ProgramsSuiteOptions,
): Promise<Cell[]> {
  const n = opts.quick ? program.quickN : program.n;
  const timeoutMs = opts.quick ? 60_000 : 300_000;
  const cellOf = (impl: string): Cell => ({ scenario: program.id, impl });
  const cells: Cell[] = [];
  const candidates: Candidate[] = [];

  for (const impl of impls) {
    const cell = cellOf(impl);
    cells.push(cell);
    if (impl === CHAN2TS_TRANSLATE) {
      const lines = readFileSync(program.file, 'utf8').split('\n').length;
      try {
        const ms = await translateMs(program, TRANSLATE_CALLS);
        cell.row = { suite: PROGRAMS_SUITE, scenario: program.id, impl, ms, n: lines, runs: TRANSLATE_CALLS };
      } catch (error) {
        cell.error = `translate threw: ${(error as Error).message}`;
      }
      continue;
    }
    const run = impl === CHAN2TS_RUN ? (cliMissing() === null ? runWithCli : null) : natives.runner(impl);
    if (run === null) cell.na = impl === CHAN2TS_RUN ? cliMissing()! : natives.missing.get(program.language)!;
    else candidates.push({ cell, run, samples: [] });
  }

  const reference = await referenceOutput(program, n, timeoutMs, natives);
  if (reference === null) {
    const ours = candidates.find((c) => c.cell.impl === CHAN2TS_RUN);
    if (ours !== undefined) ours.cell.note = 'output not checked: no native build to compare with';
  }
  const check = async (c: Candidate): Promise<number | null> => {
    const t0 = now();
    let result: ProcessResult;
    try {
      result = await c.run(program, n, timeoutMs);
    } catch (error) {
      c.cell.error = (error as Error).message.split('\n')[0];
      return null;
    }
    const ms = now() - t0;
    const wrong = reference === null ? null : difference(reference, result);
    if (wrong !== null) {
      c.cell.error = `wrong output: ${wrong}`;
      return null;
    }
    return ms;
  };

  const live = () => candidates.filter((c) => c.cell.error === undefined);
  for (const c of candidates) {
    opts.log(`bench: ${program.id} / ${c.cell.impl}: checking the output (n = ${n})`);
    await check(c);
  }
  for (let round = 0; round < opts.runs; round++) {
    const order = round % 2 === 0 ? live() : live().reverse();
    for (const c of order) {
      const ms = await check(c);
      if (ms === null) continue;
      c.samples.push(ms);
      opts.log(`bench: ${program.id} / ${c.cell.impl} run ${round + 1}: ${(ms / 1000).toFixed(3)} s`);
    }
  }
  for (const c of candidates) {
    if (c.cell.error !== undefined) opts.log(`bench: ${program.id} / ${c.cell.impl}: ${c.cell.error}`);
    else if (c.samples.length > 0)
      c.cell.row = {
        suite: PROGRAMS_SUITE,
        scenario: program.id,
        impl: c.cell.impl,
        ms: median(c.samples),
        n,
        runs: c.samples.length,
      };
  }
  return cells;
}

/** What the first native build of the program's language prints and exits with, or null without one. */
async function referenceOutput(
  program: BenchProgram,
  n: number,
  timeoutMs: number,
  natives: NativeBuilds,
): Promise<ProcessResult | null> {
  for (const impl of NATIVE_IMPLS.filter((i) => i.language === program.language)) {
    const run = natives.runner(impl.name);
    if (run === null) continue;
    try {
      return await run(program, n, timeoutMs);
    } catch {
      // A native build that hangs gets its own error when it is measured; try the next.
    }
  }
  return null;
}

/** Where `actual` first departs from `expected` (stdout, then the exit code), or null when it does not. */
function difference(expected: ProcessResult, actual: ProcessResult): string | null {
  if (expected.stdout !== actual.stdout) {
    const want = expected.stdout.split('\n');
    const got = actual.stdout.split('\n');
    let line = 0;
    while (want[line] === got[line]) line++;
    return `stdout line ${line + 1} is ${JSON.stringify(got[line] ?? '(end of output)')}, native prints ${JSON.stringify(want[line] ?? '(end of output)')}`;
  }
  if (expected.code !== actual.code) return `exit code ${actual.code}, native ${expected.code}`;
  return null;
}
