// The TypeScript the Go translator emits for every corpus program (test/corpus/go/*.go)
// type-checks with `tsc --strict --noEmit`: each translation is written to one temporary
// folder as NAME.ts, its runtime import pointing at runtime/src/go/index.js (TypeScript
// resolves .js to the .ts beside it), and tsc checks the whole folder in one run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { translate } from '../../server/translate/index.js';
import { PROJECT_ROOT, runProcess } from '../support/run-ts-program.js';

const CORPUS = join(PROJECT_ROOT, 'test', 'corpus', 'go');
const RUNTIME_SPECIFIER = '@chan2ts/runtime/go';
const RUNTIME_PATH = join(PROJECT_ROOT, 'runtime', 'src', 'go', 'index.js');
const TSC = join(PROJECT_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const MAX_OUTPUT_LINES = 60;

const TSCONFIG = {
  compilerOptions: {
    strict: true,
    noEmit: true,
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'Bundler',
    lib: ['ES2022', 'ESNext.Disposable', 'DOM'],
    skipLibCheck: true,
    types: [],
  },
  include: ['*.ts'],
};

const names: readonly string[] = readdirSync(CORPUS)
  .filter((file) => file.endsWith('.go'))
  .map((file) => file.slice(0, -'.go'.length))
  .sort();

function pointAtRuntime(typescript: string, target: string): string {
  return typescript.replaceAll(`'${RUNTIME_SPECIFIER}'`, `'${target}'`).replaceAll(`"${RUNTIME_SPECIFIER}"`, `"${target}"`);
}

test('the TypeScript emitted for every corpus program passes tsc --strict --noEmit', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'chan2ts-typecheck-'));
  try {
    const untranslated: string[] = [];
    for (const name of names) {
      try {
        const { typescript } = await translate(readFileSync(join(CORPUS, `${name}.go`), 'utf8'), { fileName: `${name}.go` });
        await writeFile(join(dir, `${name}.ts`), pointAtRuntime(typescript, RUNTIME_PATH));
      } catch (error) {
        untranslated.push(`${name}.go: translate threw: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    await writeFile(join(dir, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2) + '\n');

    const result = await runProcess(process.execPath, [TSC, '-p', dir], { cwd: dir, timeoutMs: 180_000 });
    const output = (result.stdout + result.stderr)
      .trimEnd()
      .replaceAll(dir + '/', '')
      .split('\n');
    const shown = output.slice(0, MAX_OUTPUT_LINES);
    if (output.length > MAX_OUTPUT_LINES) shown.push(`... (${output.length - MAX_OUTPUT_LINES} more lines)`);

    const problems: string[] = [...untranslated];
    if (result.code !== 0) problems.push(`tsc exited ${result.code}:`, ...shown);
    if (problems.length > 0) assert.fail(problems.join('\n'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
