// The command line as `npm pack` ships it: the tarball installed into a fresh project with no
// registry (it has no dependencies: dist/cli.mjs is one bundle), then `npx chan2ts` run there
// on files relative to the caller's folder, for Go and for Rust.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, runProcess, type ProcessResult } from '../support/run-ts-program.js';

const NPM_TIMEOUT_MS = 120_000;

const GO_PROGRAM = `package main

import "fmt"

func main() {
	ch := make(chan string)
	go func() { ch <- "ping" }()
	fmt.Println(<-ch)
}
`;

const RUST_PROGRAM = `use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(1);
    tokio::spawn(async move { tx.send("pong").await.unwrap() });
    while let Some(msg) = rx.recv().await {
        println!("{}", msg);
    }
}
`;

let workDir = '';
let projectDir = '';

async function must(running: Promise<ProcessResult>): Promise<ProcessResult> {
  const result = await running;
  assert.equal(result.code, 0, `failed with exit ${result.code}:\n${result.stdout}${result.stderr}`);
  return result;
}

before(async () => {
  assert.ok(existsSync(join(PROJECT_ROOT, 'dist', 'cli.mjs')), 'dist/cli.mjs is missing: run `npm run build` first');
  workDir = await mkdtemp(join(tmpdir(), 'chan2ts-cli-package-'));
  // --ignore-scripts: the build is done; `prepare` would build again.
  const packed = await must(
    runProcess('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', workDir], {
      cwd: PROJECT_ROOT,
      timeoutMs: NPM_TIMEOUT_MS,
    }),
  );
  const tarball = join(workDir, packed.stdout.trim().split('\n').pop()!);
  projectDir = join(workDir, 'project');
  await mkdir(join(projectDir, 'src'), { recursive: true });
  await writeFile(join(projectDir, 'package.json'), JSON.stringify({ name: 'user-project', private: true }));
  await must(
    runProcess('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], {
      cwd: projectDir,
      timeoutMs: NPM_TIMEOUT_MS,
    }),
  );
  await writeFile(join(projectDir, 'src', 'ping.go'), GO_PROGRAM);
  await writeFile(join(projectDir, 'src', 'pong.rs'), RUST_PROGRAM);
});

after(async () => {
  if (workDir !== '') await rm(workDir, { recursive: true, force: true });
});

function npx(args: string[], cwd: string): Promise<ProcessResult> {
  return runProcess('npx', ['--no-install', 'chan2ts', ...args], { cwd, timeoutMs: NPM_TIMEOUT_MS });
}

test('the_tarball_holds_the_command_line_and_what_it_needs_only', async () => {
  const listed = await must(
    runProcess('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: PROJECT_ROOT,
      timeoutMs: NPM_TIMEOUT_MS,
    }),
  );
  const [info] = JSON.parse(listed.stdout) as [{ files: { path: string }[] }];
  const paths = info.files.map((f) => f.path).sort();
  for (const needed of [
    'dist/cli.mjs',
    'dist/cli-worker.mjs',
    'dist/tree-sitter.wasm',
    'dist/tree-sitter-go.wasm',
    'dist/tree-sitter-rust.wasm',
    'dist/runtime/go.js',
    'dist/runtime/tokio.js',
    'LICENSE',
    'README.md',
    'package.json',
  ])
    assert.ok(paths.includes(needed), `${needed} is in the tarball`);
  assert.deepEqual(
    paths.filter((p) => /^(server|extension|runtime|test|node_modules)\/|^dist\/(extension|server)\.js/.test(p)),
    [],
  );
});

test('npx_chan2ts_translates_a_file_relative_to_the_callers_folder', async () => {
  const r = await must(npx(['translate', 'ping.go'], join(projectDir, 'src')));
  assert.match(r.stdout, /from '@chan2ts\/runtime\/go';/);
  assert.match(r.stdout, /makeChan<string>/);
});

test('npx_chan2ts_runs_a_go_program_from_the_installed_package', async () => {
  const r = await npx(['run', 'src/ping.go'], projectDir);
  assert.deepEqual([r.code, r.stdout, r.stderr], [0, 'ping\n', '']);
});

test('npx_chan2ts_runs_a_tokio_program_from_the_installed_package', async () => {
  const r = await npx(['run', 'src/pong.rs'], projectDir);
  assert.deepEqual([r.code, r.stdout, r.stderr], [0, 'pong\n', '']);
});
