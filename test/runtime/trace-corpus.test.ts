// Every program of the Go and Rust corpora, translated as the differential tests translate
// them and run once plain and once with tracing on: the traced run prints the same and exits
// alike, and its trace is well-formed (docs/trace-format.md) and consistent
// (test/support/trace-checks.ts). One process per corpus runs all its programs
// (test/support/traced-corpus-child.ts), so the runtime is loaded once, not twice a program.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
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
import { PROJECT_ROOT, REGISTER_MJS, runProcess } from '../support/run-ts-program.js';
import { STILL_RUNNING } from '../support/run-limited.js';
import { countedMessages, PRINTED_MESSAGES } from '../support/printed-messages.js';
import { traceProblems } from '../support/trace-checks.js';
import type { TracedCorpusResult } from '../support/traced-corpus-child.js';

const CHILD = join(PROJECT_ROOT, 'test', 'support', 'traced-corpus-child.ts');
const HOSTED = pathToFileURL(join(PROJECT_ROOT, 'test', 'support', 'hosted-run-main.ts')).href;
/** For the whole corpus: each program has 30 s of its own in the child. */
const CHILD_TIMEOUT_MS = 15 * 60_000;

/** The runtime as the programs import it: the same module, its runMain taking the child's host. */
function standInRuntime(runtime: string): string {
  return `export * from ${JSON.stringify(runtime)};
import { runMain as realRunMain } from ${JSON.stringify(runtime)};
import { hosted } from ${JSON.stringify(HOSTED)};
export const runMain = hosted(realRunMain);
`;
}

function defineTracedCorpusTests(corpus: Corpus): void {
  const names = corpusNames(corpus);
  let outDir = '';
  let translations = new Map<string, CorpusTranslation>();
  let childFailure = '';

  describe(`${corpus.title} corpus with tracing on`, () => {
    before(async () => {
      outDir = await mkdtemp(join(tmpdir(), `chan2ts-${corpus.language}-trace-`));
      translations = await translateCorpus(corpus, names);
      const runtime = runtimeEntry(corpus, 'url-of-ts');
      await writeFile(join(outDir, 'runtime.mjs'), standInRuntime(runtime));
      const translated = names.filter((name) => 'translation' in translations.get(name)!);
      for (const name of translated) {
        const { javascript } = (translations.get(name) as { translation: { javascript: string } }).translation;
        await writeFile(join(outDir, `${name}.mjs`), pointAtRuntime(corpus, javascript, './runtime.mjs'));
      }
      const child = await runProcess(
        process.execPath,
        ['--import', REGISTER_MJS, CHILD, outDir, runtime, ...translated],
        {
          timeoutMs: CHILD_TIMEOUT_MS,
          env: { NODE_TEST_CONTEXT: undefined, NODE_OPTIONS: undefined },
        },
      ).catch((error: unknown) => ({ code: -1, stderr: String(error) }));
      if (child.code !== 0) childFailure = `the corpus process exited ${child.code}: ${child.stderr}`;
    });
    after(() => rm(outDir, { recursive: true, force: true }));

    for (const name of names) {
      it(`${corpus.fileName(name)}: prints the same when traced, and its trace is well-formed with every receive paired`, async (t) => {
        // A translation that fails is the translator tests' failure, not this one's.
        if (!('translation' in translations.get(name)!)) return t.skip('translation failed');
        const resultFile = join(outDir, `${name}.result.json`);
        assert.ok(existsSync(resultFile), `no result for ${name}; ${childFailure}`);
        const { plain, traced, events, attempts } = JSON.parse(
          await readFile(resultFile, 'utf8'),
        ) as TracedCorpusResult;
        // A program whose output depends on its sleeps may differ between two runs on a loaded
        // machine (as the differential tests allow): the child runs it again, up to 3 times.
        if (attempts > 1) t.diagnostic(`ran ${attempts} times before the outputs agreed (a late timer?)`);
        assert.notEqual(plain.code, STILL_RUNNING, `${name} did not end: ${plain.stderr}`);
        assert.equal(traced.stdout, plain.stdout);
        assert.equal(traced.code, plain.code);
        assert.equal(traced.stderr.split('\n')[0], plain.stderr.split('\n')[0]);
        assert.ok(events !== null, `no trace (exit ${traced.code}, stderr: ${traced.stderr})`);
        assert.deepEqual(traceProblems(events), []);
        assert.ok(
          events.some((event) => event.kind === 'program-end'),
          'the trace has no program-end',
        );
      });
    }

    for (const [name, rules] of Object.entries(PRINTED_MESSAGES[corpus.language])) {
      for (const rule of rules) {
        it(`${corpus.fileName(name)}: the trace has as many ${rule.what} as the program printed`, async () => {
          const resultFile = join(outDir, `${name}.result.json`);
          assert.ok(existsSync(resultFile), `no result for ${name}; ${childFailure}`);
          const { traced, events } = JSON.parse(await readFile(resultFile, 'utf8')) as TracedCorpusResult;
          assert.ok(events !== null, `no trace (exit ${traced.code}, stderr: ${traced.stderr})`);
          const printed = rule.printed(traced.stdout);
          assert.ok(printed > 0, `the output says nothing of the ${rule.what}:\n${traced.stdout}`);
          assert.equal(countedMessages(events, rule), printed);
        });
      }
    }
  });
}

defineTracedCorpusTests(GO_CORPUS);
defineTracedCorpusTests(RUST_CORPUS);
