// Differential tests of the Rust translator against real Rust with Debian's Tokio 1.24: every
// program in test/corpus/rust/ (and the runtime's own test/runtime/tokio-programs/) is built once as a bin target of one cargo package
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
import { RUST_CORPUS, RUST_RUNTIME_PROGRAMS } from '../support/corpus.js';
import { defineDifferentialTests } from '../support/differential.js';

const cargo = { missing: CARGO_MISSING, find: findCargo, build: buildRustPrograms, stderrFirstLine };

defineDifferentialTests(RUST_CORPUS, cargo);
defineDifferentialTests(RUST_RUNTIME_PROGRAMS, cargo);
