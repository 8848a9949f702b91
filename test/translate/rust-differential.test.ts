// Differential tests of the Rust translator against real Rust with Debian's Tokio 1.24: every
// program in test/corpus/rust/ is built once as a bin target of one cargo package
// (test/support/cargo-toolchain.ts; the first build on a machine compiles Tokio, 15-60 s) and
// its binary run; the same source is translated in-process with `translate` (language rust,
// file name "src/bin/NAME.rs", the path rustc prints in the program's panic locations), the
// JavaScript written to a temporary folder (the runtime import pointing at
// runtime/src/tokio/index.ts) and run by Node in its own process. Their stdout, the first line
// of their stderr and their exit code must be equal. Every corpus program prints the same
// output on every schedule of Tokio's multi-threaded runtime.
//
// The first stderr line is compared as `stderrFirstLine` gives it: rustc 1.9x prints a panic
// after an empty line and with the OS thread id ("thread 'main' (4242) panicked at ..."), which
// no translation can reproduce; older rustc printed neither.
import { buildRustPrograms, CARGO_MISSING, findCargo, stderrFirstLine } from '../support/cargo-toolchain.js';
import { RUST_CORPUS } from '../support/corpus.js';
import { defineDifferentialTests } from '../support/differential.js';

defineDifferentialTests(RUST_CORPUS, {
  missing: CARGO_MISSING,
  find: findCargo,
  build: buildRustPrograms,
  stderrFirstLine,
}, {
  // What the Rust translator does not match yet (the note lists them too).
  enums_and_patterns: 'f64 fields of enum variants print without ".0" in {:?} (their type is lost in a plain object)',
  integers_and_casts: 'wrapping_add and saturating_add ignore the integer width',
  loops_shadowing_tuples: 'a tuple inside an Option prints as a list in {:?} (the Option\'s element type is not inferred)',
  manager_commands: 'a value bound by a match arm and then mutated is declared const',
  std_threads_mutex: 'slice::split_at is not translated',
  task_panic_closes: 'a panicking task\'s JoinHandle is read as Ok',
  tokio_mutex_counter: 'a guard held across a loop body is released late; tuples in a Vec print as lists',
  worker_pool_shared_rx: 'a worker that takes the shared receiver\'s lock in a loop keeps a sender alive',
});
