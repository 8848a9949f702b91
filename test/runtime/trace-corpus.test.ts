// Every program of the Go and Rust corpora, translated and run as the differential tests run
// them, once plain and once with tracing on: the traced run prints the same and exits alike,
// and its trace is well-formed (docs/trace-format.md) and consistent (test/support/trace-checks.ts).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TraceEvent } from '../../runtime/src/core/trace.js';
import {
  corpusNames,
  GO_CORPUS,
  pointAtRuntime,
  RUST_CORPUS,
  runtimeEntry,
  translateCorpus,
  type Corpus,
  type CorpusTranslation,
} from '../support/corpus.js';
import { REGISTER_MJS, runProcess } from '../support/run-ts-program.js';
import { traceProblems } from '../support/trace-checks.js';

const RUN_TIMEOUT_MS = 30_000;
const ATTEMPTS = 3;

/** A module that turns tracing on, runs the program, and leaves its events in NAME.trace.json. */
function tracedEntry(name: string, runtime: string): string {
  return `import { writeFileSync } from 'node:fs';
import { startTracing } from ${JSON.stringify(runtime)};
startTracing({ onEnd: (recorder) => writeFileSync(${JSON.stringify(`${name}.trace.json`)}, JSON.stringify(recorder.events)) });
await import(${JSON.stringify(`./${name}.mjs`)});
`;
}

function defineTracedCorpusTests(corpus: Corpus): void {
  const names = corpusNames(corpus);
  let outDir = '';
  let translations = new Map<string, CorpusTranslation>();

  describe(`${corpus.title} corpus with tracing on`, { concurrency: 4 }, () => {
    before(async () => {
      outDir = await mkdtemp(join(tmpdir(), `chan2ts-${corpus.language}-trace-`));
      translations = await translateCorpus(corpus, names);
      const runtime = runtimeEntry(corpus, 'url-of-ts');
      for (const [name, translated] of translations) {
        if (!('translation' in translated)) continue;
        await writeFile(
          join(outDir, `${name}.mjs`),
          pointAtRuntime(corpus, translated.translation.javascript, runtime),
        );
        await writeFile(join(outDir, `${name}.traced.mjs`), tracedEntry(name, runtime));
      }
    });
    after(() => rm(outDir, { recursive: true, force: true }));

    const run = (file: string) =>
      runProcess(process.execPath, ['--import', REGISTER_MJS, file], {
        cwd: outDir,
        timeoutMs: RUN_TIMEOUT_MS,
        env: { NODE_TEST_CONTEXT: undefined, NODE_OPTIONS: undefined },
      });

    for (const name of names) {
      it(`${corpus.fileName(name)}: prints the same when traced, and its trace is well-formed with every receive paired`, async (t) => {
        // A translation that fails is the translator tests' failure, not this one's.
        if (!('translation' in translations.get(name)!)) return t.skip('translation failed');
        // One after the other, so that neither run's load shifts the other's timers. A program
        // whose output depends on its sleeps may still differ between two runs of a loaded
        // machine (as the differential tests allow): a difference that tracing causes stays.
        let plain = await run(`${name}.mjs`);
        let traced = await run(`${name}.traced.mjs`);
        for (let attempt = 2; attempt <= ATTEMPTS && traced.stdout !== plain.stdout; attempt++) {
          t.diagnostic(`run ${attempt - 1} of ${ATTEMPTS} differed (a late timer?); running again`);
          plain = await run(`${name}.mjs`);
          traced = await run(`${name}.traced.mjs`);
        }
        assert.equal(traced.stdout, plain.stdout);
        assert.equal(traced.code, plain.code);
        assert.equal(traced.stderr.split('\n')[0], plain.stderr.split('\n')[0]);
        const traceFile = join(outDir, `${name}.trace.json`);
        assert.ok(existsSync(traceFile), `no trace written (exit ${traced.code}, stderr: ${traced.stderr})`);
        const events = JSON.parse(await readFile(traceFile, 'utf8')) as TraceEvent[];
        assert.deepEqual(traceProblems(events), []);
        assert.ok(
          events.some((event) => event.kind === 'program-end'),
          'the trace has no program-end',
        );
      });
    }
  });
}

defineTracedCorpusTests(GO_CORPUS);
defineTracedCorpusTests(RUST_CORPUS);
