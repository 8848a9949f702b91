// Differential tests of the Go runtime against real Go 1.23: each program in programs/ is
// written twice, in Go (NAME.go) and in TypeScript against @chan2ts/runtime/go (NAME.ts).
// The Go programs are built once with `go build`; each binary and each TypeScript program
// runs in its own process, and their stdout, the first line of their stderr and their exit
// code must be the same. Every program prints the same output on every schedule.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { buildGoPrograms, findGo, GO_MISSING, type GoBuild } from '../support/go-toolchain.js';
import { PROJECT_ROOT, runTsProgram, type ProcessResult } from '../support/run-ts-program.js';

const PROGRAMS = join(PROJECT_ROOT, 'test', 'runtime', 'programs');

interface Program {
  /** programs/NAME.go and programs/NAME.ts */
  name: string;
  /** What the program shows. */
  title: string;
  /** Go's own exit code for it: a check that the Go program does what the title says. */
  goExit: 0 | 2;
}

const programs: readonly Program[] = [
  { name: 'pipeline', title: 'pipeline closes and drains like Go', goExit: 0 },
  { name: 'worker_pool', title: 'worker pool with a WaitGroup collects every result like Go', goExit: 0 },
  { name: 'fan_in', title: 'fan-in of producers into a buffered channel sums like Go', goExit: 0 },
  { name: 'select_timeout', title: 'select with time.After times out a slow producer like Go', goExit: 0 },
  { name: 'prime_sieve', title: 'prime sieve of chained goroutines prints the first 20 primes like Go', goExit: 0 },
  { name: 'mutex_counter', title: 'mutex counter of 1000 goroutines counts to 1000 like Go', goExit: 0 },
  { name: 'request_reply', title: 'request/reply over a chan of chan answers like Go', goExit: 0 },
  { name: 'deadlock', title: 'deadlock of main on a silent channel is fatal like Go', goExit: 2 },
  { name: 'panic_send_closed', title: 'send on a closed channel panics like Go', goExit: 2 },
  { name: 'panic_goroutine', title: 'panic in a goroutine ends the program like Go', goExit: 2 },
  { name: 'context_cancel', title: 'context WithCancel and WithTimeout stop workers like Go', goExit: 0 },
  {
    name: 'ticker_closed',
    title: 'ticker stops after 3 ticks, receive on closed gives zero and false, len/cap like Go',
    goExit: 0,
  },
  { name: 'semaphore', title: 'buffered channel semaphore limits concurrency like Go', goExit: 0 },
  { name: 'once_rwmutex', title: 'sync.Once runs once and RWMutex shares readers like Go', goExit: 0 },
  { name: 'waitgroup_negative', title: 'negative WaitGroup counter panics like Go', goExit: 2 },
];

/** CI=true (or any value but "" / "0" / "false") turns a missing toolchain into a failure. */
const inCI = !['', '0', 'false'].includes((process.env.CI ?? '').toLowerCase());

const go = findGo();
let built: GoBuild | null = null;
let buildError: unknown = null;

before(async () => {
  if (go === null) return;
  try {
    built = await buildGoPrograms(
      go,
      programs.map(({ name }) => ({ name, file: join(PROGRAMS, `${name}.go`) })),
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
  return { stdout: result.stdout, stderrFirstLine: result.stderr.split('\n')[0]!, code: result.code };
}

function describeDifference(name: string, goResult: ProcessResult, tsResult: ProcessResult): string | null {
  const expected = observed(goResult);
  const actual = observed(tsResult);
  const lines: string[] = [];
  for (const key of ['code', 'stderrFirstLine', 'stdout'] as const) {
    if (expected[key] === actual[key]) continue;
    lines.push(`${key}:`, `  go: ${JSON.stringify(expected[key])}`, `  ts: ${JSON.stringify(actual[key])}`);
  }
  if (lines.length === 0) return null;
  const stderr = tsResult.stderr.length > 3000 ? tsResult.stderr.slice(0, 3000) + '...' : tsResult.stderr;
  return [`${name}.ts differs from ${name}.go:`, ...lines, '--- ts stderr ---', stderr].join('\n');
}

for (const program of programs) {
  test(program.title, async (t) => {
    if (go === null) {
      if (inCI) assert.fail(GO_MISSING);
      t.skip(GO_MISSING);
      return;
    }
    if (buildError !== null) throw buildError;
    assert.ok(built, 'the Go programs were not built');

    const [goResult, tsResult] = await Promise.all([
      built.run(program.name),
      runTsProgram(join(PROGRAMS, `${program.name}.ts`)),
    ]);
    assert.equal(
      goResult.code,
      program.goExit,
      `${program.name}.go itself exited ${goResult.code}, not ${program.goExit}:\n${goResult.stderr}`,
    );
    const difference = describeDifference(program.name, goResult, tsResult);
    if (difference !== null) assert.fail(difference);
  });
}
