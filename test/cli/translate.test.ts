// `chan2ts translate`: its exit codes, its errors on bad files and paths (one line, never a
// JavaScript stack), and how it reports diagnostics (at most 10 errors, nothing raw from the
// input that a terminal would act on, Go's verdict on bytes that are not UTF-8).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { printable } from '../../server/cli/report.js';
import { chan2ts, PING_GO, STACK_FRAME, tempDir, tempFile } from './helpers.js';

test('exit 0 for a clean translation and for warnings only; 1 when an error was reported', async () => {
  const clean = await chan2ts(['translate', tempFile('ping.go', PING_GO)]);
  assert.equal(clean.code, 0, clean.stderr);
  const warned = await chan2ts([
    'translate',
    tempFile('unsafe.go', 'package main\n\nimport "unsafe"\n\nfunc main() {\n\tunsafe.Sizeof(1)\n}\n'),
  ]);
  assert.match(warned.stderr, /: warning: /);
  assert.equal(warned.code, 0, warned.stderr);
  const broken = await chan2ts(['translate', tempFile('bad.go', 'package main\nfunc main() {\n\tx := := 1\n}\n')]);
  assert.match(broken.stderr, /bad\.go:3:\d+: error: /);
  assert.equal(broken.code, 1);
  assert.notEqual(broken.stdout, '', 'the translation is still printed');
});

test('binary input is an error (exit 1), with at most 10 errors and nothing raw on the terminal', async () => {
  const bytes = Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 256);
  const r = await chan2ts(['translate', tempFile('blob.go', bytes)]);
  assert.equal(r.code, 1);
  assert.ok(r.stderr.split('\n').filter((l) => l.includes(': error: ')).length <= 10, r.stderr);
  assert.doesNotMatch(r.stderr, /[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
  assert.doesNotMatch(r.stderr, STACK_FRAME);
});

test('at most 10 errors per file, then "too many errors", as go build stops', async () => {
  const lines = Array.from({ length: 15 }, (_, i) => `\tx${i} := := ${i}`);
  const r = await chan2ts([
    'translate',
    tempFile('many.go', `package main\n\nfunc main() {\n${lines.join('\n')}\n}\n`),
  ]);
  assert.equal(r.code, 1);
  const stderr = r.stderr.trimEnd().split('\n');
  assert.equal(stderr.filter((l) => /: error: /.test(l)).length, 10, r.stderr);
  assert.match(stderr.at(-1)!, /^.*many\.go:\d+:\d+: too many errors$/);
});

test('control characters from the input are escaped in diagnostics, and in file names', async () => {
  const file = tempFile('bell\x07.go', 'package main\n\nfunc main() {\n\tx := \x1b[2J\x07 := 1\n}\n');
  const r = await chan2ts(['translate', file]);
  assert.equal(r.code, 1);
  assert.doesNotMatch(r.stderr, /[\x00-\x08\x0b-\x1f\x7f-\x9f]/, 'a raw control character reached stderr');
  assert.match(r.stderr, /bell\\x07\.go:4:\d+: error: /);
  assert.match(r.stderr, /\\(x1b|u001b)\[2J/);
});

test('printable escapes controls, DEL, C1 and the characters that reorder text', () => {
  assert.equal(printable('a\x07b\x7f\x9b\tc\n'), 'a\\x07b\\x7f\\x9b\\tc\\n');
  assert.equal(printable('x\u202ey\u2066z\u200b'), 'x\\u{202e}y\\u{2066}z\\u{200b}');
  assert.equal(printable('héllo, 世界 🦀'), 'héllo, 世界 🦀');
});

test('invalid UTF-8 in a Go file is an error at each bad byte, as gofmt reports it', async () => {
  const bytes = Buffer.concat([
    Buffer.from('package main\n\nfunc main() {\n\tprintln("a'),
    Buffer.from([0xff]),
    Buffer.from('b")\n}\n'),
  ]);
  const r = await chan2ts(['translate', tempFile('latin1.go', bytes)]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /latin1\.go:4:12: error: illegal UTF-8 encoding\n/);
});

test('-o never overwrites its input, however the path is spelled', async () => {
  const input = tempFile('keep.go', PING_GO);
  const dir = join(input, '..');
  const link = join(dir, 'link.go');
  symlinkSync(input, link);
  for (const out of [input, join(dir, '.', 'keep.go'), link]) {
    const r = await chan2ts(['translate', input, '-o', out]);
    assert.equal(r.code, 1, out);
    assert.match(r.stderr, /^chan2ts: .* is the input file: not overwriting it/);
    assert.equal(readFileSync(input, 'utf8'), PING_GO);
  }
});

test('a directory as FILE is one line: chan2ts: DIR: is a directory', async () => {
  const dir = tempDir();
  const r = await chan2ts(['translate', dir]);
  assert.equal(r.code, 1);
  assert.equal(r.stderr, `chan2ts: ${dir}: is a directory\n`);
});

test('-o into a missing folder is one line, not a stack trace', async () => {
  const out = join(tempDir(), 'missing', 'ping.ts');
  const r = await chan2ts(['translate', tempFile('ping.go', PING_GO), '-o', out]);
  assert.equal(r.code, 1);
  assert.equal(r.stderr, `chan2ts: ${out}: no such file or directory\n`);
  assert.equal(existsSync(out), false);
});

test('no error of chan2ts, on any of these inputs, prints a JavaScript stack trace', async () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'sub.go'));
  const cases: string[][] = [
    ['translate', join(dir, 'sub.go')],
    ['run', join(dir, 'sub.go')],
    ['translate', join(dir, 'nothing.go')],
    ['translate', tempFile('ping.go', PING_GO), '-o', join(dir, 'sub.go')],
    ['translate', tempFile('empty.go', '')],
    ['run', tempFile('empty.rs', '')],
    ['translate', tempFile('nul.go', '\0\0\0')],
    ['translate', tempFile('unknown.txt', 'hello')],
    ['run', tempFile('lesson.md', '# no code\n')],
  ];
  for (const args of cases) {
    const r = await chan2ts(args);
    assert.doesNotMatch(r.stderr, STACK_FRAME, args.join(' '));
    assert.ok(r.code === 0 || r.code === 1, `${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  }
});
