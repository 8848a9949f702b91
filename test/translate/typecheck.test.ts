// The TypeScript the translators emit for every corpus program (test/corpus/go/*.go,
// test/corpus/rust/*.rs) type-checks with `tsc --strict --noEmit`: for each language, every
// translation is written to one temporary folder as NAME.ts, its runtime import pointing at
// runtime/src/<go|tokio>/index.js (TypeScript resolves .js to the .ts beside it), and tsc checks
// the whole folder in one run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import {
  corpusNames,
  GO_CORPUS,
  GO_RUNTIME_PROGRAMS,
  pointAtRuntime,
  runtimeEntry,
  RUST_CORPUS,
  RUST_RUNTIME_PROGRAMS,
  translateCorpus,
  translateFailures,
  type Corpus,
} from '../support/corpus.js';
import { PROJECT_ROOT } from '../support/run-ts-program.js';
import { typecheckFolder } from '../support/typecheck.js';

const MAX_OUTPUT_LINES = 60;

/** What tsc and `translate` say is wrong with the corpus's TypeScript, one line each. */
async function typecheckProblems(corpus: Corpus): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), `chan2ts-typecheck-${corpus.language}-`));
  try {
    const translations = await translateCorpus(corpus, corpusNames(corpus));
    const runtime = runtimeEntry(corpus, 'path-of-js');
    let written = 0;
    for (const [name, translated] of translations) {
      if (!('translation' in translated)) continue;
      await writeFile(join(dir, `${name}.ts`), pointAtRuntime(corpus, translated.translation.typescript, runtime));
      written++;
    }
    const problems = translateFailures(corpus, translations);
    if (written === 0) return problems;
    const result = await typecheckFolder(dir);
    if (result.code === 0) return problems;
    const shown = result.lines.slice(0, MAX_OUTPUT_LINES);
    if (result.lines.length > MAX_OUTPUT_LINES)
      shown.push(`... (${result.lines.length - MAX_OUTPUT_LINES} more lines)`);
    return [...problems, `tsc exited ${result.code}:`, ...shown];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

for (const corpus of [GO_CORPUS, GO_RUNTIME_PROGRAMS, RUST_CORPUS, RUST_RUNTIME_PROGRAMS]) {
  test(`the TypeScript emitted for every program of ${relative(PROJECT_ROOT, corpus.dir)} passes tsc --strict --noEmit`, async () => {
    const problems = await typecheckProblems(corpus);
    if (problems.length > 0) assert.fail(problems.join('\n'));
  });
}
