// The command line's grammar: forms of the options, what each command accepts, and what a
// wrong command line gets (the usage on stderr, exit 2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../support/run-ts-program.js';
import { chan2ts, PING_GO, tempDir, tempFile } from './helpers.js';

const LESSON = '# Lesson\n\n```go\nfmt.Println("first")\n```\n\n```go\nfmt.Println("second")\n```\n';

test('no arguments: the usage on stderr, nothing on stdout, exit 2', async () => {
  const r = await chan2ts([]);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^usage: chan2ts translate FILE/);
});

test('--version prints the version in package.json', async () => {
  const { version } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
  const r = await chan2ts(['--version']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, `${version}\n`);
});

test('--out=FILE is -o FILE', async () => {
  const out = join(tempDir(), 'ping.ts');
  const r = await chan2ts(['translate', tempFile('ping.go', PING_GO), `--out=${out}`]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.match(readFileSync(out, 'utf8'), /runMain\(main\);/);
});

test('--block=N is --block N', async () => {
  const r = await chan2ts(['run', tempFile('lesson.md', LESSON), '--block=2']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, 'second\n');
});

test('an option of translate given to run is a usage error, not ignored', async () => {
  const file = tempFile('ping.go', PING_GO);
  for (const option of [['-o', join(tempDir(), 'x.ts')], ['--js'], ['--runtime', './rt.js']]) {
    const r = await chan2ts(['run', file, ...option]);
    assert.equal(r.code, 2, `${option[0]}: ${r.stderr}`);
    assert.match(r.stderr, new RegExp(`^chan2ts: option '${option[0]}' does not apply to run\\n`));
    assert.equal(r.stdout, '', `${option[0]} ran the program`);
  }
});

test('an option of run given to translate is a usage error', async () => {
  const r = await chan2ts(['translate', tempFile('ping.go', PING_GO), '--quiet']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^chan2ts: option '--quiet' does not apply to translate\n/);
});

test('a value-taking option without its value, and a flag given a value, are usage errors', async () => {
  const file = tempFile('ping.go', PING_GO);
  const missing = await chan2ts(['translate', file, '-o']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /^chan2ts: option '-o' needs a value\n/);
  const valued = await chan2ts(['translate', file, '--js=yes']);
  assert.equal(valued.code, 2);
  assert.match(valued.stderr, /^chan2ts: option '--js' takes no value\n/);
});

test('an argument after FILE is a usage error that says where program arguments go', async () => {
  const r = await chan2ts(['run', tempFile('ping.go', PING_GO), 'extra']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^chan2ts: unexpected argument 'extra' \(the program's arguments go after --\)\n/);
});

test('translate takes no program arguments', async () => {
  const r = await chan2ts(['translate', tempFile('ping.go', PING_GO), '--', 'a']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^chan2ts: translate takes no program arguments/);
});

test('--block takes a whole number from 1', async () => {
  for (const value of ['0', '-1', '1.5', 'two']) {
    const r = await chan2ts(['translate', tempFile('lesson.md', LESSON), '--block', value]);
    assert.equal(r.code, 2, value);
    assert.match(r.stderr, /^chan2ts: --block takes a whole number from 1/, value);
  }
});

test("arguments after -- are the program's, even when they look like options", async () => {
  const r = await chan2ts(['run', tempFile('ping.go', PING_GO), '--', '-o', '--js', 'x']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, 'ping\n');
});
