/**
 * Differential tests of a translator against the real toolchain, one node:test test per corpus
 * program: the corpus is built once with the real compiler and each binary run; the same source
 * is translated in-process with `translate`, the JavaScript written to a temporary folder (its
 * runtime import pointing at the runtime's sources) and run by Node in its own process. Their
 * stdout, the first line of their stderr and their exit code must be equal. A last test lists
 * unsupported markers and error diagnostics in the translations.
 *
 *     defineDifferentialTests(GO_CORPUS, {
 *       missing: GO_MISSING,                      // why the toolchain is absent, and what to install
 *       find: () => findGo(),                     // null when it is absent
 *       build: (go, programs) => buildGoPrograms(go, programs),
 *       stderrFirstLine: (stderr) => stderr.split('\n')[0]!,
 *     });
 *
 * A missing toolchain fails every test under CI and skips them otherwise, with `missing` as the reason.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import {
  corpusFile,
  corpusNames,
  describeTranslateError,
  inCI,
  pointAtRuntime,
  runtimeEntry,
  translateCorpus,
  translationProblems,
  type Corpus,
  type CorpusTranslation,
} from './corpus.js';
import { PROJECT_ROOT, REGISTER_MJS, runProcess, type ProcessResult, type RunOptions } from './run-ts-program.js';

/** Programs built by the real toolchain, run by name. */
export interface BuiltPrograms {
  run(name: string, options?: RunOptions): Promise<ProcessResult>;
  cleanup(): Promise<void>;
}

/** How to reach the real toolchain of the corpus's language. */
export interface Toolchain<T> {
  /** Why the tests cannot run without it, and what to install. */
  missing: string;
  find(): T | null;
  build(toolchain: T, programs: { name: string; file: string }[]): Promise<BuiltPrograms>;
  /** The first line of a program's stderr, in the form both sides can agree on. */
  stderrFirstLine(stderr: string): string;
}

const RUN_TIMEOUT_MS = 20_000;
const TYPESCRIPT_LINES_SHOWN = 80;

export function defineDifferentialTests<T>(corpus: Corpus, toolchain: Toolchain<T>): void {
  const names = corpusNames(corpus);
  const found = toolchain.find();
  const label = corpus.language;
  let built: BuiltPrograms | null = null;
  let buildError: unknown = null;
  let outDir = '';
  let translations = new Map<string, CorpusTranslation>();

  before(async () => {
    outDir = await mkdtemp(join(tmpdir(), `chan2ts-${label}-differential-`));
    translations = await translateCorpus(corpus, names);
    const runtime = runtimeEntry(corpus, 'url-of-ts');
    for (const [name, translated] of translations) {
      if ('translation' in translated) {
        await writeFile(
          join(outDir, `${name}.mjs`),
          pointAtRuntime(corpus, translated.translation.javascript, runtime),
        );
      }
    }
    if (found === null) return;
    try {
      built = await toolchain.build(
        found,
        names.map((name) => ({ name, file: corpusFile(corpus, name) })),
      );
    } catch (error) {
      buildError = error;
    }
  });

  after(async () => {
    await built?.cleanup();
    if (outDir !== '') await rm(outDir, { recursive: true, force: true });
  });

  /** What the comparison looks at. */
  function observed(result: ProcessResult): { code: number; stderrFirstLine: string; stdout: string } {
    return { code: result.code, stderrFirstLine: toolchain.stderrFirstLine(result.stderr), stdout: result.stdout };
  }

  function describeDifference(
    name: string,
    original: ProcessResult,
    translated: ProcessResult,
    typescript: string,
  ): string | null {
    const expected = observed(original);
    const actual = observed(translated);
    const lines: string[] = [];
    const pad = ' '.repeat(Math.max(0, label.length - 2));
    for (const key of ['code', 'stderrFirstLine'] as const) {
      if (expected[key] === actual[key]) continue;
      lines.push(
        `${key}:`,
        `  ${label}: ${JSON.stringify(expected[key])}`,
        `  ts:${pad} ${JSON.stringify(actual[key])}`,
      );
    }
    if (expected.stdout !== actual.stdout) {
      const originalLines = expected.stdout.split('\n');
      const translatedLines = actual.stdout.split('\n');
      let at = 0;
      while (at < originalLines.length && originalLines[at] === translatedLines[at]) at++;
      lines.push(
        `stdout differs from line ${at + 1}:`,
        `  ${label}: ${at < originalLines.length ? JSON.stringify(originalLines[at]) : '(end of output)'}`,
        `  ts:${pad} ${at < translatedLines.length ? JSON.stringify(translatedLines[at]) : '(end of output)'}`,
        `--- ${label} stdout ---`,
        clip(expected.stdout, 3000),
        '--- ts stdout ---',
        clip(actual.stdout, 3000),
      );
    }
    if (lines.length === 0) return null;
    return [
      `${name}: the translation differs from ${name}${corpus.extension}`,
      ...lines,
      '--- ts stderr ---',
      clip(translated.stderr, 3000),
      `--- ${label} stderr ---`,
      clip(original.stderr, 600),
      `--- translated TypeScript (first ${TYPESCRIPT_LINES_SHOWN} lines) ---`,
      numberedLines(typescript, TYPESCRIPT_LINES_SHOWN),
    ].join('\n');
  }

  for (const name of names) {
    test(`${name} prints and exits as ${corpus.title} does`, async (t) => {
      if (found === null) {
        if (inCI) assert.fail(toolchain.missing);
        t.skip(toolchain.missing);
        return;
      }
      if (buildError !== null) throw buildError;
      assert.ok(built, `the ${corpus.title} programs were not built`);
      const build: BuiltPrograms = built;

      const translated = translations.get(name);
      assert.ok(translated, `${name} was not translated`);
      if ('error' in translated) {
        assert.fail(`translate(${corpus.fileName(name)}) threw: ${describeTranslateError(translated.error, true)}`);
      }
      const { typescript } = translated.translation;

      const [originalResult, translatedResult] = await Promise.all([
        build.run(name, { timeoutMs: RUN_TIMEOUT_MS }),
        runProcess(process.execPath, ['--import', REGISTER_MJS, `${name}.mjs`], {
          cwd: outDir,
          timeoutMs: RUN_TIMEOUT_MS,
          // Under `node --test` these tell a child process it is a test file: it is not.
          env: { NODE_TEST_CONTEXT: undefined, NODE_OPTIONS: undefined },
        }).catch((error: unknown) => {
          // A hang: keep what it printed, and show the translation as a mismatch would.
          const message = error instanceof Error ? error.message : String(error);
          throw new Error(
            `${message}\n--- translated TypeScript (first ${TYPESCRIPT_LINES_SHOWN} lines) ---\n${numberedLines(typescript, TYPESCRIPT_LINES_SHOWN)}`,
          );
        }),
      ]);
      const difference = describeDifference(name, originalResult, translatedResult, typescript);
      if (difference !== null) assert.fail(difference);
    });
  }

  test(`every program of ${relative(PROJECT_ROOT, corpus.dir)} translates without unsupported markers or error diagnostics`, () => {
    const problems = translationProblems(corpus, translations);
    for (const name of names) {
      if (!translations.has(name)) problems.push(`${corpus.fileName(name)}: not translated`);
    }
    if (problems.length > 0) assert.fail(`${problems.length} problems:\n${problems.join('\n')}`);
  });
}

function numberedLines(text: string, count: number): string {
  const lines = text.split('\n');
  const shown = lines.slice(0, count).map((line, i) => `${String(i + 1).padStart(3)}  ${line}`);
  if (lines.length > count) shown.push(`     ... (${lines.length - count} more lines)`);
  return shown.join('\n');
}

function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) + '\n...' : text;
}
