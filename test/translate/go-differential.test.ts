// Differential tests of the Go translator against real Go 1.23: every program in
// test/corpus/go/ is built once with `go build` and its binary run; the same source is
// translated in-process with `translate`, the JavaScript output is written to a temporary
// folder (the runtime import pointing at runtime/src/go/index.ts) and run by Node in its own
// process. Their stdout, the first line of their stderr and their exit code must be equal.
// Every corpus program prints the same output on every schedule Go may pick.
// The machinery is shared with the Rust twin: test/support/differential.ts.
import { buildGoPrograms, findGo, GO_MISSING } from '../support/go-toolchain.js';
import { GO_CORPUS, GO_FAST_PATH_CORPUS, GO_RUNTIME_PROGRAMS } from '../support/corpus.js';
import { defineDifferentialTests } from '../support/differential.js';

const go = {
  missing: GO_MISSING,
  find: findGo,
  build: buildGoPrograms,
  // Go's runtime prints a panic's first line exactly as the translation must.
  stderrFirstLine: (stderr: string) => stderr.split('\n')[0]!,
};

defineDifferentialTests(GO_CORPUS, go);
defineDifferentialTests(GO_RUNTIME_PROGRAMS, go);
defineDifferentialTests(GO_FAST_PATH_CORPUS, go);
