import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runProcess } from '../support/run-ts-program.js';

const CLI = join(process.cwd(), 'dist', 'cli.mjs');

function chan2ts(args: string[], input?: string) {
  return runProcess(process.execPath, [CLI, ...args], { stdin: input });
}

function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'chan2ts-cli-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const PING = `package main

import "fmt"

func main() {
	ch := make(chan string)
	go func() { ch <- "ping" }()
	fmt.Println(<-ch)
}
`;

test('--help prints the usage and exits 0', async () => {
  const r = await chan2ts(['--help']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^usage: chan2ts translate FILE/);
});

test('translate prints TypeScript on stdout', async () => {
  const r = await chan2ts(['translate', tempFile('ping.go', PING)]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /import \{ fmt, go, makeChan, runMain \} from '@chan2ts\/runtime\/go';/);
  assert.match(r.stdout, /await ch\.send\('ping'\);/);
});

test('translate -o writes the file instead', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'chan2ts-out-')), 'ping.ts');
  const r = await chan2ts(['translate', tempFile('ping.go', PING), '-o', out]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.match(readFileSync(out, 'utf8'), /runMain\(main\);/);
  rmSync(out);
});

test('run gives the program output and exit code', async () => {
  const r = await chan2ts(['run', tempFile('ping.go', PING)]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, 'ping\n');
  assert.equal(r.stderr, '');
});

test("run exits 2 with Go's message when the program panics", async () => {
  const r = await chan2ts([
    'run',
    tempFile('p.go', 'package main\nfunc main() {\n\tch := make(chan int)\n\tclose(ch)\n\tclose(ch)\n}\n'),
  ]);
  assert.equal(r.code, 2);
  assert.equal(r.stderr.split('\n')[0], 'panic: close of closed channel');
});

test('run exits 2 with the deadlock report when every goroutine is blocked', async () => {
  const r = await chan2ts([
    'run',
    tempFile('d.go', 'package main\nfunc main() {\n\tch := make(chan int)\n\t<-ch\n}\n'),
  ]);
  assert.equal(r.code, 2);
  assert.equal(r.stderr.split('\n')[0], 'fatal error: all goroutines are asleep - deadlock!');
});

test('a dash reads the program from standard input', async () => {
  const r = await chan2ts(['run', '-', '--lang', 'go'], 'println("from stdin")');
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, 'from stdin\n');
});

test('a Markdown lesson translates its Nth go block', async () => {
  const md = '# Lesson\n\n```go\nfmt.Println("first")\n```\n\nText.\n\n```go\nfmt.Println("second")\n```\n';
  const r = await chan2ts(['run', tempFile('lesson.md', md), '--block', '2']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, 'second\n');
});

test('a Markdown file without a go block is a clear error', async () => {
  const r = await chan2ts(['translate', tempFile('empty.md', '# Nothing\n\n```python\nprint(1)\n```\n')]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^chan2ts: no go or rust code block 1 in this Markdown document/);
});

test('a missing file is a clear error', async () => {
  const r = await chan2ts(['translate', '/nonexistent/file.go']);
  assert.equal(r.code, 1);
  assert.equal(r.stderr, 'chan2ts: /nonexistent/file.go: no such file or directory\n');
});

test('an unknown language is a usage error', async () => {
  const r = await chan2ts(['translate', 'x.go', '--lang', 'python']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^chan2ts: unknown language 'python' \(use go or rust\)/);
});

test('an unknown command is a usage error', async () => {
  const r = await chan2ts(['compile', 'x.go']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /unknown command 'compile'/);
});

test('run refuses a program with syntax errors and names where they are', async () => {
  const r = await chan2ts(['run', tempFile('bad.go', 'package main\nfunc main() {\n\tx := := 1\n}\n')]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /bad\.go:3:\d+: error: /);
});
