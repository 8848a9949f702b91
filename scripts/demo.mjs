// `npm run demo`: Go and Rust (Tokio) programs translated to TypeScript by chan2ts and run.
// The Rust example is compared with the output Rust 1.95 with Tokio 1.24.2 gave, recorded below
// (the program is test/corpus/rust/lesson_11_channels.rs, which npm test checks against cargo).
// For each example
// it prints the Go source, the TypeScript that `chan2ts translate` writes, what
// `chan2ts run` prints and its exit code, and, when Go 1.23 or newer is found (`go` on PATH,
// then /usr/lib/go-1.23/bin/go), what the real Go program prints, built with `go build`.
// The comparison is the one the differential tests make: stdout, the first line of stderr and
// the exit code. Without Go, the translation is compared with Go's output recorded below.
// Exits 1 if any translated program does not end as the Go program does.
//
//   npm run demo                        every example
//   npm run demo -- go-deadlock lesson  only the named ones
//
// Needs the build (dist/cli.mjs): `npm ci` makes it, or `npm run build`.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = 'dist/cli.mjs';
const TIMEOUT_MS = 60_000;
/** Lines of Go's stderr shown (its goroutine traces carry addresses and paths). */
const GO_STDERR_LINES = 3;

/**
 * The examples, each with the output real Go 1.23.5 gave for it (stdout, the first line of
 * stderr, the exit code): what the translation is compared with when Go is not installed.
 */
const examples = [
  {
    name: 'go-pipeline',
    file: 'examples/go-pipeline.go',
    title: 'a pipeline of goroutines joined by unbuffered channels',
    expected: {
      stdout: 'got 1\ngot 4\ngot 9\ngot 16\ngot 25\nsum: 55\nafter close: v=0 ok=false\n',
      stderrFirstLine: '',
      code: 0,
    },
  },
  {
    name: 'go-worker-pool',
    file: 'examples/go-worker-pool.go',
    title: 'a worker pool: a buffered job queue and a sync.WaitGroup',
    expected: {
      stdout: 'queued: 9 of capacity 100\nresults: [10 20 30 40 50 60 70 80 90]\ncount: 9\n',
      stderrFirstLine: '',
      code: 0,
    },
  },
  {
    name: 'go-deadlock',
    file: 'examples/go-deadlock.go',
    title: 'a deadlock, detected and reported as Go reports it',
    expected: {
      stdout: 'waiting for the workers...\n',
      stderrFirstLine: 'fatal error: all goroutines are asleep - deadlock!',
      code: 2,
    },
  },
  {
    name: 'rust-lesson',
    file: 'test/corpus/rust/lesson_11_channels.rs',
    title: "the lesson's Tokio program: two producers, one consumer, the channel closes when both senders drop",
    rust: true,
    expected: {
      stdout:
        '📨 Received: 📤 Upload completed\n📨 Received: 💳 Payment processed\n📨 Received: 📦 File synced to bucket\n',
      stderrFirstLine: '',
      code: 0,
    },
  },
  {
    name: 'lesson',
    file: 'examples/lesson.md',
    title: 'a Markdown lesson: its first go block is the program',
    expected: {
      stdout:
        'buffered: 3 of 3\nreceived: upload completed\nreceived: file synced\nreceived: payment processed\n' +
        'received: report ready\nafter close: "" ok=false\n',
      stderrFirstLine: '',
      code: 0,
    },
  },
];

// ---- arguments and the build ----

const wanted = process.argv.slice(2).map((arg) => basename(arg).replace(/\.(go|md|rs)$/, ''));
const unknown = wanted.filter((name) => !examples.some((e) => e.name === name));
if (unknown.length > 0) {
  console.error(`unknown example: ${unknown.join(', ')} (known: ${examples.map((e) => e.name).join(', ')})`);
  process.exit(1);
}
const chosen = wanted.length > 0 ? examples.filter((e) => wanted.includes(e.name)) : examples;

if (!existsSync(join(root, CLI))) {
  console.error(`${CLI} is missing: run npm run build first`);
  process.exit(1);
}

// ---- printing ----

const WIDTH = 78;
const rule = (char) => char.repeat(WIDTH);
const heading = (text) => `--- ${text} ${'-'.repeat(Math.max(3, WIDTH - text.length - 5))}`;
const untab = (text) => text.replace(/\t/g, '    ');
const linesOf = (text) => (text.trim() === '' ? [] : text.replace(/\s+$/, '').split('\n'));

/** Prints a block as it is (the Go source, the TypeScript). */
function show(text) {
  const lines = linesOf(untab(text));
  console.log(lines.length === 0 ? '(nothing)' : lines.join('\n'));
}

/** Prints a program's stdout, stderr (at most maxStderr lines) and exit code, indented. */
function showRun(result, maxStderr = Infinity) {
  const indent = (lines) => lines.map((line) => (line === '' ? '' : `  ${line}`)).join('\n');
  const out = linesOf(untab(result.stdout));
  console.log(out.length === 0 ? 'stdout: (nothing)' : `stdout:\n${indent(out)}`);
  const err = linesOf(untab(result.stderr));
  if (err.length > 0) {
    const shown = err.slice(0, maxStderr);
    if (err.length > shown.length) shown.push(`... (${err.length - shown.length} more lines)`);
    console.log(`stderr:\n${indent(shown)}`);
  }
  console.log(`exit code: ${result.error ?? result.code}`);
}

// ---- running ----

/** Runs a command in the project folder; `error` says why it did not run or end. */
function run(command, args) {
  const r = spawnSync(command, args, { cwd: root, encoding: 'utf8', timeout: TIMEOUT_MS });
  let error = null;
  if (r.error)
    error = r.error.code === 'ETIMEDOUT' ? `killed after ${TIMEOUT_MS / 1000} s` : `failed to run: ${r.error.message}`;
  else if (r.status === null) error = `killed by ${r.signal}`;
  return { stdout: r.stdout ?? '', stderr: r.stderr ?? '', code: r.status, error };
}

const chan2ts = (...args) => run(process.execPath, [CLI, ...args]);

/** What the comparison looks at: the same as the differential tests. */
const observed = (result) => ({
  stdout: result.stdout,
  stderrFirstLine: result.stderr.split('\n')[0],
  code: result.code,
});

/** How `actual` differs from `expected`, in words, or null when it does not. */
function difference(actual, expected) {
  if (actual.error) return actual.error;
  const a = observed(actual);
  const problems = [];
  if (a.code !== expected.code) problems.push(`exit code ${a.code}, not ${expected.code}`);
  if (a.stderrFirstLine !== expected.stderrFirstLine) {
    problems.push(
      `stderr starts ${JSON.stringify(a.stderrFirstLine)}, not ${JSON.stringify(expected.stderrFirstLine)}`,
    );
  }
  if (a.stdout !== expected.stdout) {
    const got = a.stdout.split('\n');
    const want = expected.stdout.split('\n');
    let at = 0;
    while (got[at] === want[at]) at++;
    problems.push(
      `stdout line ${at + 1} is ${JSON.stringify(got[at] ?? '(end)')}, not ${JSON.stringify(want[at] ?? '(end)')}`,
    );
  }
  return problems.length > 0 ? problems.join('; ') : null;
}

// ---- real Go ----

/** The Go environment the differential tests use: never download a toolchain or a module. */
function goEnv() {
  const env = { ...process.env, GOTOOLCHAIN: 'local', GOPROXY: 'off', GOFLAGS: '', GO111MODULE: 'on' };
  if (!env.GOCACHE && !env.HOME && !env.XDG_CACHE_HOME) env.GOCACHE = join(tmpdir(), 'chan2ts-go-build-cache');
  return env;
}

/** Go 1.23 or newer: `go` on PATH, then where Debian's golang-1.23-go puts it. */
function findGo() {
  const candidates = (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, 'go'));
  candidates.push('/usr/lib/go-1.23/bin/go');
  for (const path of candidates) {
    if (!existsSync(path)) continue;
    try {
      const version = execFileSync(path, ['env', 'GOVERSION'], {
        encoding: 'utf8',
        env: goEnv(),
        stdio: ['ignore', 'pipe', 'ignore'],
        timeout: 20_000,
      }).trim();
      const minor = /^go1\.(\d+)/.exec(version);
      if (minor && Number(minor[1]) >= 23) return { path, version };
    } catch {
      // not a working go: try the next one
    }
  }
  return null;
}

/** The program of an example: the .go file, or the first go block of a Markdown lesson. */
function goSource(example) {
  const text = readFileSync(join(root, example.file), 'utf8');
  if (!example.file.endsWith('.md')) return text;
  const block = /^```go[ \t]*\r?\n([\s\S]*?)^```[ \t]*$/m.exec(text);
  if (!block) throw new Error(`${example.file} has no go block`);
  return block[1];
}

/**
 * Builds the chosen examples with one `go build` in a temporary module (go 1.23), one main
 * package per example. Binaries are run directly: `go run` exits 1 where the program exits 2.
 */
function buildGo(go, dir) {
  const src = join(dir, 'src');
  const bin = join(dir, 'bin');
  mkdirSync(bin, { recursive: true });
  mkdirSync(src, { recursive: true });
  writeFileSync(join(src, 'go.mod'), 'module chan2ts.demo\n\ngo 1.23\n');
  for (const example of chosen.filter((e) => !e.rust)) {
    mkdirSync(join(src, example.name));
    if (example.file.endsWith('.go')) copyFileSync(join(root, example.file), join(src, example.name, 'main.go'));
    else writeFileSync(join(src, example.name, 'main.go'), goSource(example));
  }
  const r = spawnSync(go.path, ['build', '-o', bin + '/', ...chosen.filter((e) => !e.rust).map((e) => `./${e.name}`)], {
    cwd: src,
    env: goEnv(),
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (r.status !== 0) throw new Error(`go build failed: ${r.error?.message ?? ''}${r.stderr ?? ''}${r.stdout ?? ''}`);
  return (name) => run(join(bin, name), []);
}

// ---- the demo ----

const go = findGo();
const goVersion = go ? go.version.replace(/^go/, '') : '';
const goDir = go ? mkdtempSync(join(tmpdir(), 'chan2ts-demo-')) : null;
process.on('exit', () => goDir && rmSync(goDir, { recursive: true, force: true }));
let runGo = null;
let goBuildError = null;
if (go && chosen.some((e) => !e.rust)) {
  try {
    runGo = buildGo(go, goDir);
  } catch (error) {
    goBuildError = error.message;
  }
}

console.log(
  'chan2ts: Go channel code and Rust Tokio channel code translated to TypeScript and run on @chan2ts/runtime.',
);
console.log(`"chan2ts" below is node ${CLI} (npm run -s chan2ts -- ...).`);
if (!go) {
  console.log('Go 1.23 was not found (go on PATH, /usr/lib/go-1.23/bin/go): each translation is');
  console.log('compared with the output Go 1.23.5 gave, recorded in scripts/demo.mjs.');
} else {
  console.log(`Real Go ${goVersion} (${go.path}); compared: stdout, first line of stderr, exit code.`);
}
console.log();

const failures = [];
if (goBuildError) {
  console.log(goBuildError.trimEnd());
  console.log('(so each translation is compared with the output recorded in scripts/demo.mjs)');
  console.log();
  failures.push('the Go originals did not build');
}
chosen.forEach((example, i) => {
  console.log(rule('='));
  console.log(`${i + 1}/${chosen.length}  ${example.name}: ${example.title}`);
  console.log(rule('='));
  console.log();
  console.log(
    heading(
      `${example.file.endsWith('.md') ? 'Markdown lesson' : example.rust ? 'Rust source' : 'Go source'}: ${example.file}`,
    ),
  );
  show(readFileSync(join(root, example.file), 'utf8'));
  console.log();

  const translated = chan2ts('translate', example.file);
  console.log(heading(`TypeScript: chan2ts translate ${example.file}`));
  show(translated.stdout);
  if (translated.stderr) {
    console.log('diagnostics:');
    show(translated.stderr);
  }
  if (translated.error || translated.code !== 0) {
    failures.push(`${example.name}: chan2ts translate ${translated.error ?? `exited ${translated.code}`}`);
  }
  console.log();

  const ran = chan2ts('run', example.file);
  console.log(heading(`chan2ts run ${example.file}`));
  showRun(ran);
  console.log();

  let verdict;
  if (example.rust) {
    const differs = difference(ran, example.expected);
    verdict = `same as Rust's recorded output: ${differs ? `no (${differs})` : 'yes'}`;
    if (differs) failures.push(`${example.name}: ${differs}`);
  } else if (runGo) {
    const goRan = runGo(example.name);
    console.log(heading(`Go ${goVersion}: go build, then the binary`));
    showRun(goRan, GO_STDERR_LINES);
    console.log();
    const differs = goRan.error ? `the Go program ${goRan.error}` : difference(ran, observed(goRan));
    verdict = `same as Go: ${differs ? `no (${differs})` : 'yes'}`;
    if (differs) failures.push(`${example.name}: ${differs}`);
    if (!goRan.error && difference(goRan, example.expected)) {
      console.log(`note: the output recorded for ${example.name} in scripts/demo.mjs is not what Go prints now`);
    }
  } else {
    const differs = difference(ran, example.expected);
    verdict = `same as Go's recorded output: ${differs ? `no (${differs})` : 'yes'}`;
    if (differs) failures.push(`${example.name}: ${differs}`);
  }
  console.log(verdict);
  console.log();
});

console.log(rule('='));
if (failures.length > 0) {
  console.log(`demo: ${failures.length} problem(s):`);
  for (const failure of failures) console.log(`  ${failure}`);
  process.exitCode = 1;
} else {
  const against = runGo ? `Go ${goVersion} does` : 'Go 1.23.5 did (its recorded output)';
  console.log(
    `${chosen.length} example(s) translated and run: each printed and exited as ${against}, or Rust for the Rust example.`,
  );
}
