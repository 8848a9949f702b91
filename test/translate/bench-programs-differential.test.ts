// The programs of the bench's programs suite (bench/programs/go and bench/programs/rust), run
// at their small default size: each must translate without unsupported markers or error
// diagnostics, and print and exit as its native build does, so that the bench times programs
// that chan2ts runs right (test/support/differential.ts).
import { join } from 'node:path';
import { buildRustPrograms, CARGO_MISSING, findCargo, stderrFirstLine } from '../support/cargo-toolchain.js';
import { GO_CORPUS, RUST_CORPUS, type Corpus } from '../support/corpus.js';
import { defineDifferentialTests } from '../support/differential.js';
import { buildGoPrograms, findGo, GO_MISSING } from '../support/go-toolchain.js';
import { PROJECT_ROOT } from '../support/run-ts-program.js';

const BENCH_PROGRAMS = join(PROJECT_ROOT, 'bench', 'programs');
const GO_BENCH_PROGRAMS: Corpus = { ...GO_CORPUS, dir: join(BENCH_PROGRAMS, 'go') };
const RUST_BENCH_PROGRAMS: Corpus = { ...RUST_CORPUS, dir: join(BENCH_PROGRAMS, 'rust') };

defineDifferentialTests(GO_BENCH_PROGRAMS, {
  missing: GO_MISSING,
  find: findGo,
  build: buildGoPrograms,
  stderrFirstLine: (stderr: string) => stderr.split('\n')[0]!,
});

defineDifferentialTests(RUST_BENCH_PROGRAMS, {
  missing: CARGO_MISSING,
  find: findCargo,
  build: buildRustPrograms,
  stderrFirstLine,
});
