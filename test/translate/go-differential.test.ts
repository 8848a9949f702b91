// Differential tests of the Go translator against real Go 1.23: every program in
// test/corpus/go/ is built once with `go build` and its binary run; the same source is
// translated in-process with `translate`, the JavaScript output is written to a temporary
// folder (the runtime import pointing at runtime/src/go/index.ts) and run by Node in its own
// process. Their stdout, the first line of their stderr and their exit code must be equal.
// Every corpus program prints the same output on every schedule Go may pick.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { translate, type Translation } from '../../server/translate/index.js';
import { buildGoPrograms, findGo, GO_MISSING, type GoBuild } from '../support/go-toolchain.js';
import { PROJECT_ROOT, REGISTER_MJS, runProcess, type ProcessResult } from '../support/run-ts-program.js';

const CORPUS = join(PROJECT_ROOT, 'test', 'corpus', 'go');
const RUNTIME_SPECIFIER = '@chan2ts/runtime/go';
const RUNTIME_URL = pathToFileURL(join(PROJECT_ROOT, 'runtime', 'src', 'go', 'index.ts')).href;
const RUN_TIMEOUT_MS = 20_000;

/** The corpus: NAME for every test/corpus/go/NAME.go, in name order. */
const names: readonly string[] = readdirSync(CORPUS)
  .filter((file) => file.endsWith('.go'))
  .map((file) => file.slice(0, -'.go'.length))
  .sort();

/** CI=true (or any value but "" / "0" / "false") turns a missing toolchain into a failure. */
const inCI = !['', '0', 'false'].includes((process.env.CI ?? '').toLowerCase());

const go = findGo();
let built: GoBuild | null = null;
let buildError: unknown = null;
let outDir = '';

/** Each program's translation, or why `translate` threw. */
const translations = new Map<string, { translation: Translation } | { error: unknown }>();

function sourceOf(name: string): string {
  return readFileSync(join(CORPUS, `${name}.go`), 'utf8');
}

/** Every quoted occurrence of the runtime specifier, in import and export statements alike. */
function pointAtRuntime(javascript: string, target: string): string {
  return javascript.replaceAll(`'${RUNTIME_SPECIFIER}'`, `'${target}'`).replaceAll(`"${RUNTIME_SPECIFIER}"`, `"${target}"`);
}

before(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'chan2ts-go-differential-'));
  for (const name of names) {
    const fileName = `${name}.go`;
    try {
      const translation = await translate(sourceOf(name), { fileName });
      translations.set(name, { translation });
      await writeFile(join(outDir, `${name}.mjs`), pointAtRuntime(translation.javascript, RUNTIME_URL));
    } catch (error) {
      translations.set(name, { error });
    }
  }
  if (go === null) return;
  try {
    built = await buildGoPrograms(
      go,
      names.map((name) => ({ name, file: join(CORPUS, `${name}.go`) })),
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
  return { code: result.code, stderrFirstLine: result.stderr.split('\n')[0]!, stdout: result.stdout };
}

function firstLines(text: string, count: number): string {
  const lines = text.split('\n');
  const shown = lines.slice(0, count).map((line, i) => `${String(i + 1).padStart(3)}  ${line}`);
  if (lines.length > count) shown.push(`     ... (${lines.length - count} more lines)`);
  return shown.join('\n');
}

function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) + '\n...' : text;
}

function describeDifference(name: string, goResult: ProcessResult, tsResult: ProcessResult, typescript: string): string | null {
  const expected = observed(goResult);
  const actual = observed(tsResult);
  const lines: string[] = [];
  for (const key of ['code', 'stderrFirstLine'] as const) {
    if (expected[key] === actual[key]) continue;
    lines.push(`${key}:`, `  go: ${JSON.stringify(expected[key])}`, `  ts: ${JSON.stringify(actual[key])}`);
  }
  if (expected.stdout !== actual.stdout) {
    const goLines = expected.stdout.split('\n');
    const tsLines = actual.stdout.split('\n');
    let at = 0;
    while (at < goLines.length && goLines[at] === tsLines[at]) at++;
    lines.push(
      `stdout differs from line ${at + 1}:`,
      `  go: ${at < goLines.length ? JSON.stringify(goLines[at]) : '(end of output)'}`,
      `  ts: ${at < tsLines.length ? JSON.stringify(tsLines[at]) : '(end of output)'}`,
      '--- go stdout ---',
      clip(expected.stdout, 3000),
      '--- ts stdout ---',
      clip(actual.stdout, 3000),
    );
  }
  if (lines.length === 0) return null;
  return [
    `${name}: the translation differs from ${name}.go`,
    ...lines,
    '--- ts stderr ---',
    clip(tsResult.stderr, 3000),
    '--- go stderr ---',
    clip(goResult.stderr, 600),
    '--- translated TypeScript (first 80 lines) ---',
    firstLines(typescript, 80),
  ].join('\n');
}

for (const name of names) {
  test(`${name} prints and exits as Go does`, async (t) => {
    if (go === null) {
      if (inCI) assert.fail(GO_MISSING);
      t.skip(GO_MISSING);
      return;
    }
    if (buildError !== null) throw buildError;
    assert.ok(built, 'the Go programs were not built');

    const translated = translations.get(name);
    assert.ok(translated, `${name} was not translated`);
    if ('error' in translated) {
      const error = translated.error;
      assert.fail(`translate(${name}.go) threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
    const { typescript } = translated.translation;

    const [goResult, tsResult] = await Promise.all([
      built.run(name, { timeoutMs: RUN_TIMEOUT_MS }),
      runProcess(process.execPath, ['--import', REGISTER_MJS, `${name}.mjs`], {
        cwd: outDir,
        timeoutMs: RUN_TIMEOUT_MS,
        // Under `node --test` these tell a child process it is a test file: it is not.
        env: { NODE_TEST_CONTEXT: undefined, NODE_OPTIONS: undefined },
      }).catch((error: unknown) => {
        // A hang: keep what it printed, and show the translation as a mismatch would.
        const message = error instanceof Error ? error.message : String(error);
        throw new Error(`${message}\n--- translated TypeScript (first 80 lines) ---\n${firstLines(typescript, 80)}`);
      }),
    ]);
    const difference = describeDifference(name, goResult, tsResult, typescript);
    if (difference !== null) assert.fail(difference);
  });
}

test('every corpus program translates without unsupported markers or error diagnostics', () => {
  const problems: string[] = [];
  for (const name of names) {
    const translated = translations.get(name);
    if (!translated) {
      problems.push(`${name}.go: not translated`);
      continue;
    }
    if ('error' in translated) {
      const error = translated.error;
      problems.push(`${name}.go: translate threw: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const { typescript, diagnostics } = translated.translation;
    typescript.split('\n').forEach((line, i) => {
      if (line.includes('chan2ts: unsupported')) problems.push(`${name}.ts:${i + 1}: ${line.trim()}`);
    });
    for (const d of diagnostics) {
      if (d.severity !== 'error') continue;
      const { line, column } = d.range.start;
      problems.push(`${name}.go:${line + 1}:${column + 1}: error ${d.code}: ${d.message}`);
    }
  }
  if (problems.length > 0) assert.fail(`${problems.length} problems:\n${problems.join('\n')}`);
});
