// Type-checking translated programs: a folder of NAME.ts files, their runtime import pointing at
// runtime/src (TypeScript resolves .js to the .ts beside it), checked by one `tsc --strict` run.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PROJECT_ROOT, runProcess } from './run-ts-program.js';

const TSC = join(PROJECT_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

const TSCONFIG = {
  compilerOptions: {
    strict: true,
    noEmit: true,
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'Bundler',
    lib: ['ES2023', 'ESNext.Disposable', 'DOM'],
    skipLibCheck: true,
    types: [],
  },
  include: ['*.ts'],
};

/** tsc's exit code and its error lines (paths relative to `dir`) for the .ts files in `dir`. */
export async function typecheckFolder(dir: string): Promise<{ code: number | string; lines: string[] }> {
  await writeFile(join(dir, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2) + '\n');
  const result = await runProcess(process.execPath, [TSC, '-p', dir], { cwd: dir, timeoutMs: 180_000 });
  const lines = (result.stdout + result.stderr)
    .trimEnd()
    .replaceAll(dir + '/', '')
    .split('\n');
  return { code: result.code, lines: result.code === 0 ? [] : lines };
}
