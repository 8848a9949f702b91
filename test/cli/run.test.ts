// `chan2ts run`: the notes it prints before the program, the program's arguments, and how the
// program ends: a closed pipe, a signal, running out of memory, a panic's stack trace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { PROJECT_ROOT, REGISTER_MJS, runProcess } from '../support/run-ts-program.js';
import { defaultMemoryLimitMb } from '../../server/cli/run.js';
import { chan2ts, CLI, PING_GO, STACK_FRAME, tempDir, tempFile } from './helpers.js';

const GB = 2 ** 30;

/** How `child` ended; if it has not within 30 s it is killed, so that a broken CLI fails the test instead of hanging it. */
function ended(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null; killed: boolean }> {
  return new Promise((resolve) => {
    let killed = false;
    const guard = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, 30_000);
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      resolve({ code, signal, killed });
    });
  });
}

const UNSAFE_GO = `package main

import (
	"fmt"
	"unsafe"
)

func main() {
	fmt.Println("start")
	x := 1
	fmt.Println(unsafe.Sizeof(x))
}
`;

test('run prints notes on what it could not translate before the program runs', async () => {
  // (How the untranslated call then behaves is the translator's business, not checked here.)
  const r = await chan2ts(['run', tempFile('unsafe.go', UNSAFE_GO)]);
  assert.match(r.stderr.split('\n')[0]!, /^chan2ts: note: .*unsafe\.go:11:14: .*unsafe/);
  assert.match(r.stdout, /^start\n/);
});

test('run --quiet prints no notes', async () => {
  const r = await chan2ts(['run', tempFile('unsafe.go', UNSAFE_GO), '--quiet']);
  assert.match(r.stdout, /^start\n/);
  assert.doesNotMatch(r.stderr, /chan2ts: note:/);
});

test('run leaves stderr to the program when there is nothing to note (lints are not notes)', async () => {
  const ping = await chan2ts(['run', tempFile('ping.go', PING_GO)]);
  assert.equal(ping.stderr, '');
  const rust = `#[tokio::main]
async fn main() {
    let (tx, mut rx) = tokio::sync::mpsc::channel::<i32>(1);
    tokio::spawn(async move { tx.send(1).await.unwrap(); });
    println!("{:?}", rx.recv().await);
}
`;
  const file = tempFile('send.rs', rust);
  const translated = await chan2ts(['translate', file]);
  assert.match(translated.stderr, /warning: /, 'the program has a lint warning');
  const r = await chan2ts(['run', file]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, 'Some(1)\n');
  assert.equal(r.stderr, '');
});

test('the program sees the arguments after -- as its own (argv[1:] is FILE, then them), and stdin', async () => {
  // The runtimes are to give os.Args / std::env::args from process.argv[1:]: a hand-written
  // program checks what the worker that runs a translation sets there, and that it reads stdin.
  const program = `
    let input = '';
    process.stdin.setEncoding('utf8').on('data', (chunk) => (input += chunk));
    process.stdin.on('end', () => process.stdout.write(JSON.stringify([process.argv.slice(1), input]) + '\\n'));`;
  const script = `
    import { runProgram } from ${JSON.stringify(pathToFileURL(join(PROJECT_ROOT, 'server', 'cli', 'run.ts')).href)};
    await runProgram({
      translation: { language: 'go', javascript: ${JSON.stringify(program)}, javascriptMap: { version: 3, sources: ['prog.go'], names: [], mappings: '' } },
      file: 'prog.go',
      args: ['a', '-b', '--', 'c d'],
      workerEntry: new URL(${JSON.stringify(pathToFileURL(join(PROJECT_ROOT, 'server', 'cli-worker.ts')).href)}),
    });`;
  const r = await runProcess(process.execPath, ['--import', REGISTER_MJS, tempFile('start.mjs', script)], {
    cwd: PROJECT_ROOT,
    stdin: 'one\ntwo\n',
  });
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), [['prog.go', 'a', '-b', '--', 'c d'], 'one\ntwo\n']);
});

test('a Go program printing os.Args[1:] prints [a b]', async () => {
  const file = tempFile(
    'args.go',
    'package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc main() {\n\tfmt.Println(os.Args[1:])\n}\n',
  );
  const r = await chan2ts(['run', file, '--', 'a', 'b']);
  assert.equal(r.stdout, '[a b]\n');
  assert.equal(r.code, 0);
});

test('a Rust program sees std::env::args after -- and reads its stdin line by line', async () => {
  const rust = `use std::env;
use std::io::{self, BufRead};

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    println!("args {:?}", args);
    let mut name = String::new();
    io::stdin().read_line(&mut name).expect("no input");
    println!("hello {}", name.trim());
    let mut total = 0;
    for line in io::stdin().lock().lines() {
        total += line.unwrap().parse::<i32>().unwrap();
    }
    println!("total {}", total);
}
`;
  const r = await chan2ts(['run', tempFile('greet.rs', rust), '--', 'a', 'b c'], { stdin: 'Ann\n1\n2\r\n3' });
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, 'args ["a", "b c"]\nhello Ann\ntotal 6\n');
  assert.equal(r.code, 0);
});

test('run leaves no temporary files, even when interrupted', async () => {
  const tmp = tempDir();
  const file = tempFile(
    'sleep.go',
    'package main\n\nimport (\n\t"fmt"\n\t"time"\n)\n\nfunc main() {\n\tfmt.Println("ready")\n\ttime.Sleep(time.Hour)\n}\n',
  );
  const child = spawn(process.execPath, [CLI, 'run', file], {
    env: { ...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp },
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const end = ended(child);
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => chunk.includes('ready') && child.kill('SIGINT'));
  const { signal, killed } = await end;
  assert.equal(killed, false, `still running after SIGINT: ${stderr}`);
  assert.equal(signal, 'SIGINT', stderr);
  assert.deepEqual(readdirSync(tmp), []);
});

test('run prog | head ends at once and quietly when the pipe closes, as Go does on SIGPIPE', async () => {
  const file = tempFile(
    'lines.go',
    'package main\n\nimport "fmt"\n\nfunc main() {\n\tfor i := 0; ; i++ {\n\t\tfmt.Println("line", i)\n\t}\n}\n',
  );
  const child = spawn(process.execPath, [CLI, 'run', file]);
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let seen = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    seen += chunk;
    if (seen.split('\n').length > 2) child.stdout.destroy();
  });
  const { code, signal, killed } = await ended(child);
  assert.equal(killed, false, `still running after its stdout closed: ${stderr}`);
  assert.ok(signal === 'SIGPIPE' || code === 141, `ended with ${code ?? signal}: ${stderr}`);
  assert.equal(stderr, '');
});

test("a panic's JavaScript stack trace points into the .go file", async () => {
  const file = tempFile(
    'nil.go',
    'package main\n\nimport "fmt"\n\ntype T struct{ n int }\n\nfunc show(p *T) {\n\tfmt.Println(p.n)\n}\n\nfunc main() {\n\tvar p *T\n\tshow(p)\n}\n',
  );
  const r = await chan2ts(['run', file]);
  assert.equal(r.code, 2);
  assert.equal(r.stderr.split('\n')[0], 'panic: runtime error: invalid memory address or nil pointer dereference');
  assert.match(r.stderr, /at show \(.*nil\.go:8:\d+\)/);
  assert.match(r.stderr, /at main \(.*nil\.go:13:\d+\)/);
  assert.doesNotMatch(r.stderr, /\.mjs|data:/);
});

test('a Go program that allocates without end stops as Go does: out of memory, exit 2', async () => {
  const file = tempFile(
    'grow.go',
    'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("growing")\n\tvar all [][]int\n\tfor {\n\t\tall = append(all, make([]int, 1000))\n\t}\n}\n',
  );
  const r = await chan2ts(['run', file, '--max-old-space-size=64'], { timeoutMs: 60_000 });
  assert.equal(r.stdout, 'growing\n');
  assert.equal(r.stderr.split('\n')[0], 'fatal error: runtime: out of memory');
  assert.equal(r.code, 2);
  assert.doesNotMatch(r.stderr, /FATAL ERROR|Last few GCs|Native stack/);
});

test('a Rust program that allocates without end stops as Rust does: allocation failed, exit 134', async () => {
  const file = tempFile(
    'grow.rs',
    'fn main() {\n    println!("growing");\n    let mut all: Vec<Vec<u64>> = Vec::new();\n    loop {\n        all.push(vec![0u64; 1000]);\n    }\n}\n',
  );
  const r = await chan2ts(['run', file, '--max-old-space-size', '64'], { timeoutMs: 60_000 });
  assert.equal(r.stdout, 'growing\n');
  assert.match(r.stderr.split('\n')[0]!, /^memory allocation of \d+ bytes failed$/);
  assert.equal(r.code, 134);
});

test("the default memory limit is a quarter of the memory (or of a container's share), at most 4096 MB", () => {
  assert.equal(defaultMemoryLimitMb(8 * GB, 0), 2048);
  assert.equal(defaultMemoryLimitMb(64 * GB, 0), 4096);
  assert.equal(defaultMemoryLimitMb(64 * GB, 2 * GB), 512);
});

test('run refuses a Go file that is not UTF-8, with where', async () => {
  const bytes = Buffer.concat([
    Buffer.from('package main\n\nfunc main() {\n\tprintln("a'),
    Buffer.from([0xe9]),
    Buffer.from('")\n}\n'),
  ]);
  const r = await chan2ts(['run', tempFile('latin1.go', bytes)]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /latin1\.go:4:12: error: illegal UTF-8 encoding\n/);
  assert.doesNotMatch(r.stderr, STACK_FRAME);
});
