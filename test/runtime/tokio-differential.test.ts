// Differential tests of the Tokio runtime against real Rust with Debian's Tokio 1.24: each
// program in tokio-programs/ is written twice, in Rust (NAME.rs) and by hand in TypeScript
// against @chan2ts/runtime/tokio (NAME.ts), line by line. The Rust programs are binaries of one
// cargo package built once (the first build on a machine compiles Tokio: 15-60 s); each binary
// and each TypeScript program runs in its own process, and their stdout, the first line of
// their stderr and their exit code must be the same. Every program prints the same output on
// every schedule (order fixed by channels, or by sleeps far apart).
//
// Programs whose order is fixed by sleeps are marked `timed`: on a loaded machine (the test
// runner starts many test files at once) a 30 ms gap can stretch past the next deadline, in
// Rust as in TypeScript, so such a pair is run up to TIMED_ATTEMPTS times and passes if one
// run matches. Any other pair gets one run.
//
// The first stderr line is compared as `stderrFirstLine` gives it: recent rustc prints a panic
// after an empty line and with the OS thread id ("thread 'main' (4242) panicked at ..."),
// which no translation can reproduce; older rustc printed neither.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  buildRustPrograms,
  CARGO_MISSING,
  findCargo,
  stderrFirstLine,
  type RustBuild,
} from '../support/cargo-toolchain.js';
import { PROJECT_ROOT, runTsProgram, type ProcessResult } from '../support/run-ts-program.js';

const PROGRAMS = join(PROJECT_ROOT, 'test', 'runtime', 'tokio-programs');

interface Program {
  /** tokio-programs/NAME.rs and tokio-programs/NAME.ts */
  name: string;
  /** What the program shows. */
  title: string;
  /** Rust's own exit code for it: a check that the Rust program does what the title says. */
  rustExit: 0 | 101;
  /** Its output depends on sleeps ending on time: retried when the outputs differ. */
  timed?: true;
}

const TIMED_ATTEMPTS = 3;

const programs: readonly Program[] = [
  {
    name: 'lesson_channels',
    title: 'lesson 11: two producers and a consumer on a bounded mpsc channel like Tokio',
    rustExit: 0,
    timed: true,
  },
  {
    name: 'oneshot_manager',
    title: 'manager task answers commands through oneshot responders like Tokio',
    rustExit: 0,
  },
  {
    name: 'worker_pool_mutex',
    title: 'worker pool sharing Arc<Mutex<Receiver>> does every job like Tokio',
    rustExit: 0,
  },
  {
    name: 'select_two_receivers',
    title: 'select! loop over two receivers ends with else => break like Tokio',
    rustExit: 0,
  },
  {
    name: 'broadcast_lagged',
    title: 'broadcast receiver that falls behind gets Lagged(n), then Closed like Tokio',
    rustExit: 0,
  },
  { name: 'watch_config', title: 'watch config updates coalesce and reach the watcher like Tokio', rustExit: 0 },
  {
    name: 'try_send_try_recv',
    title: 'try_send gives Full then Closed, try_recv gives Empty then Disconnected like Tokio',
    rustExit: 0,
  },
  {
    name: 'std_thread_rendezvous',
    title: 'std::thread with sync_channel(0) rendezvous and std mpsc errors like Rust',
    rustExit: 0,
  },
  {
    name: 'task_panic',
    title: 'panic in a spawned task prints on stderr and gives a JoinError like Tokio',
    rustExit: 0,
  },
  {
    name: 'main_unwrap_closed',
    title: 'unwrap of a send on a closed channel panics main with exit 101 like Tokio',
    rustExit: 101,
  },
  {
    name: 'abort_cancelled',
    title: 'JoinHandle::abort gives JoinError::Cancelled and drops the task like Tokio',
    rustExit: 0,
  },
  {
    name: 'timeout_elapsed',
    title: 'timeout gives Elapsed, or the value when the future is ready first, like Tokio',
    rustExit: 0,
    timed: true,
  },
  {
    name: 'interval_ticks',
    title: 'interval ticks at once, then once per period, like Tokio',
    rustExit: 0,
  },
];

/** CI=true (or any value but "" / "0" / "false") turns a missing toolchain into a failure. */
const inCI = !['', '0', 'false'].includes((process.env.CI ?? '').toLowerCase());

const cargo = findCargo();
let built: RustBuild | null = null;
let buildError: unknown = null;

before(async () => {
  if (cargo === null) return;
  try {
    built = await buildRustPrograms(
      cargo,
      programs.map(({ name }) => ({ name, file: join(PROGRAMS, `${name}.rs`) })),
    );
  } catch (error) {
    buildError = error;
  }
});

after(async () => {
  await built?.cleanup();
});

/** What the comparison looks at. */
function observed(result: ProcessResult): { stdout: string; stderrFirstLine: string; code: number } {
  return { stdout: result.stdout, stderrFirstLine: stderrFirstLine(result.stderr), code: result.code };
}

function describeDifference(name: string, rustResult: ProcessResult, tsResult: ProcessResult): string | null {
  const expected = observed(rustResult);
  const actual = observed(tsResult);
  const lines: string[] = [];
  for (const key of ['code', 'stderrFirstLine', 'stdout'] as const) {
    if (expected[key] === actual[key]) continue;
    lines.push(`${key}:`, `  rust: ${JSON.stringify(expected[key])}`, `  ts:   ${JSON.stringify(actual[key])}`);
  }
  if (lines.length === 0) return null;
  const stderr = tsResult.stderr.length > 3000 ? tsResult.stderr.slice(0, 3000) + '...' : tsResult.stderr;
  return [`${name}.ts differs from ${name}.rs:`, ...lines, '--- ts stderr ---', stderr].join('\n');
}

for (const program of programs) {
  test(program.title, async (t) => {
    if (cargo === null) {
      if (inCI) assert.fail(CARGO_MISSING);
      t.skip(CARGO_MISSING);
      return;
    }
    if (buildError !== null) throw buildError;
    assert.ok(built, 'the Rust programs were not built');
    const build: RustBuild = built;

    const attempts = program.timed ? TIMED_ATTEMPTS : 1;
    let difference: string | null = null;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const [rustResult, tsResult] = await Promise.all([
        build.run(program.name),
        runTsProgram(join(PROGRAMS, `${program.name}.ts`)),
      ]);
      assert.equal(
        rustResult.code,
        program.rustExit,
        `${program.name}.rs itself exited ${rustResult.code}, not ${program.rustExit}:\n${rustResult.stderr}`,
      );
      difference = describeDifference(program.name, rustResult, tsResult);
      if (difference === null) return;
      if (attempt < attempts)
        t.diagnostic(`run ${attempt} of ${attempts} differed (a late timer?); running again. ${difference}`);
    }
    assert.fail(attempts > 1 ? `${difference}\n(differed in all ${attempts} runs)` : difference!);
  });
}
