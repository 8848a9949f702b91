// The package's `chan2ts` bin: `npx chan2ts` in the clone, FILE relative to the caller's folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessSync, constants, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, runProcess } from '../support/run-ts-program.js';
import { CLI, PING_GO, tempFile } from './helpers.js';

test('package.json names dist/cli.mjs as the chan2ts bin, an executable node script', () => {
  const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { bin?: Record<string, string> };
  assert.deepEqual(pkg.bin, { chan2ts: 'dist/cli.mjs' });
  assert.match(readFileSync(CLI, 'utf8'), /^#!\/usr\/bin\/env node\n/);
  accessSync(CLI, constants.X_OK);
});

test('the bin runs by itself from another folder, FILE relative to that folder', async () => {
  const file = tempFile('ping.go', PING_GO);
  const r = await runProcess(CLI, ['run', 'ping.go'], { cwd: join(file, '..') });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, 'ping\n');
});

test('npx chan2ts works in the clone, from a subfolder, FILE relative to it', async () => {
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  // --offline --no: never ask the registry; the project's own bin must be found.
  const r = await runProcess(npx, ['--offline', '--no', '--', 'chan2ts', 'translate', 'close_range.go'], {
    cwd: join(PROJECT_ROOT, 'test', 'corpus', 'go'),
    env: { NODE_TEST_CONTEXT: undefined, NODE_OPTIONS: undefined },
    timeoutMs: 60_000,
  });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /from '@chan2ts\/runtime\/go';/);
});
