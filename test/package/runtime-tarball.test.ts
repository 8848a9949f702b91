// The runtime package as its users get it: `npm pack` of runtime/ (built by `npm run build`),
// installed from the tarball into fresh projects (ESM, CommonJS under node16/nodenext, and
// TypeScript's old node10 resolution), type-checked there with strict settings and no
// skipLibCheck, compiled and run; and bundled with esbuild for a browser and run in Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { inCI } from '../support/corpus.js';
import { PROJECT_ROOT, runProcess, type ProcessResult } from '../support/run-ts-program.js';

const RUNTIME_DIR = join(PROJECT_ROOT, 'runtime');
const TSC = join(PROJECT_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const NPM_TIMEOUT_MS = 120_000;
/** What README.md says a consumer's compiler options need (and no more). */
const CONSUMER_LIB = ['ES2022', 'ESNext.Disposable', 'DOM'];

const GO_PROGRAM = `
const ch = makeChan<string>(0, '', 'ch', 'chan string');
runMain(async () => {
  go(async () => {
    await ch.send('ping');
    close(ch);
  });
  for await (const message of ch) fmt.println(message);
});
`;
// The README's Tokio example: `using` drops the sender when the task ends, closing the channel.
const TOKIO_PROGRAM = `
tokioMain(async () => {
  const [tx, rx] = mpsc.channel<string>(1);
  spawn(async () => {
    using sender = tx;
    (await sender.send('ping')).unwrap();
  });
  for await (const msg of rx) {
    println('{}', [msg]);
  }
});
`;
const EXPECTED_OUTPUT = 'ping\n';

let workDir = '';
let tarball = '';

before(async () => {
  assert.ok(
    existsSync(join(RUNTIME_DIR, 'dist', 'esm', 'go.js')),
    'runtime/dist is missing: run `npm run build` first',
  );
  workDir = await mkdtemp(join(tmpdir(), 'chan2ts-runtime-package-'));
  const packed = await must(
    runProcess('npm', ['pack', '--silent', '--pack-destination', workDir], {
      cwd: RUNTIME_DIR,
      timeoutMs: NPM_TIMEOUT_MS,
    }),
  );
  tarball = join(workDir, packed.stdout.trim().split('\n').pop()!);
});

after(async () => {
  if (workDir !== '') await rm(workDir, { recursive: true, force: true });
});

async function must(running: Promise<ProcessResult>): Promise<ProcessResult> {
  const result = await running;
  assert.equal(result.code, 0, `failed with exit ${result.code}:\n${result.stdout}${result.stderr}`);
  return result;
}

/** A fresh folder with `package.json` and `tsconfig.json`, the tarball installed into it. */
async function project(name: string, packageType: 'module' | 'commonjs', compilerOptions: object): Promise<string> {
  const dir = join(workDir, name);
  await mkdir(dir);
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name, private: true, type: packageType }));
  const options = { strict: true, target: 'ES2022', lib: CONSUMER_LIB, types: [], outDir: 'out', ...compilerOptions };
  await writeFile(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: options, include: ['*.ts'] }));
  await must(
    runProcess('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], {
      cwd: dir,
      timeoutMs: NPM_TIMEOUT_MS,
    }),
  );
  return dir;
}

/** Type-checks and compiles the project, runs out/main.js, and returns what it printed. */
async function compileAndRun(dir: string, main: string): Promise<string> {
  await writeFile(join(dir, 'main.ts'), main);
  await must(runProcess(process.execPath, [TSC, '-p', '.'], { cwd: dir }));
  return (await must(runProcess(process.execPath, [join('out', 'main.js')], { cwd: dir }))).stdout;
}

const GO_MAIN = `import { close, fmt, go, makeChan, runMain } from '@chan2ts/runtime/go';
${GO_PROGRAM}`;

test('packed_runtime_carries_its_license_types_for_both_module_systems_and_sources', async () => {
  const result = await must(runProcess('tar', ['-tzf', tarball]));
  const files = new Set(result.stdout.split('\n').map((line) => line.replace(/^package\//, '')));
  for (const file of [
    'LICENSE',
    'README.md',
    'dist/esm/go.js',
    'dist/cjs/tokio.cjs',
    'dist/types/go/index.d.ts',
    'dist/types/go/index.d.ts.map',
    'dist/types-cjs/tokio/index.d.cts',
    'src/go/index.ts',
    'go/package.json',
  ]) {
    assert.ok(files.has(file), `${file} is not in the tarball`);
  }
});

test('packed_runtime_type_checks_and_runs_in_an_esm_project', async () => {
  const dir = await project('esm-nodenext', 'module', { module: 'NodeNext', moduleResolution: 'NodeNext' });
  assert.equal(await compileAndRun(dir, GO_MAIN), EXPECTED_OUTPUT);
});

test('packed_runtime_type_checks_and_runs_in_a_commonjs_project_under_nodenext', async () => {
  const dir = await project('cjs-nodenext', 'commonjs', { module: 'NodeNext', moduleResolution: 'NodeNext' });
  const output = await compileAndRun(dir, GO_MAIN);
  assert.equal(output, EXPECTED_OUTPUT);
  // The compiled file really is CommonJS: it requires the package.
  assert.match(readFileSync(join(dir, 'out', 'main.js'), 'utf8'), /require\("@chan2ts\/runtime\/go"\)/);
});

test('packed_runtime_type_checks_and_runs_under_node10_resolution', async () => {
  const dir = await project('cjs-node10', 'commonjs', { module: 'CommonJS', moduleResolution: 'Node10' });
  const main = `import { mpsc, println, runMain as tokioMain, spawn } from '@chan2ts/runtime/tokio';
${TOKIO_PROGRAM}`;
  assert.equal(await compileAndRun(dir, main), EXPECTED_OUTPUT);
});

test('bundled_runtime_runs_in_chromium', async (t) => {
  const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser', process.env.CHROMIUM_PATH].find(
    (path) => path !== undefined && existsSync(path),
  );
  if (executablePath === undefined) {
    const missing = 'Chromium not found: apt-get install -y chromium (or set CHROMIUM_PATH)';
    if (inCI) assert.fail(missing);
    t.skip(missing);
    return;
  }
  const dir = await project('browser', 'module', { module: 'ESNext', moduleResolution: 'Bundler' });
  await writeFile(join(dir, 'main.ts'), GO_MAIN);
  const bundled = await build({
    entryPoints: [join(dir, 'main.ts')],
    absWorkingDir: dir,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    const lines: string[] = [];
    const errors: string[] = [];
    page.on('console', (message) => lines.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    const printed = page.waitForEvent('console', (message) => message.text() === 'ping');
    await page.setContent('<!doctype html><title>runtime</title>');
    await page.addScriptTag({ content: bundled.outputFiles[0]!.text });
    await printed;
    assert.deepEqual(errors, []);
    assert.deepEqual(lines, ['ping']);
  } finally {
    await browser.close();
  }
});
