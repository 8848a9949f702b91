// `npm run demo`: shows, for each example, the Go program and what its TypeScript version
// prints when run on @chan2ts/runtime. Until the translator exists, the TypeScript versions
// in examples/ are written by hand; later the demo translates the Go source itself.
//
//   npm run demo                 every example
//   npm run demo -- go-deadlock  only the named ones
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Each example: examples/NAME.go (the original) and examples/NAME.ts (on the runtime). */
const examples = [
  {
    name: 'go-pipeline',
    title: 'a pipeline of goroutines joined by unbuffered channels',
    expectedCode: 0,
  },
  {
    name: 'go-worker-pool',
    title: 'a worker pool with a buffered job queue and a sync.WaitGroup',
    expectedCode: 0,
  },
  {
    name: 'go-deadlock',
    title: 'a deadlock, detected and reported as Go reports it',
    expectedCode: 2,
  },
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !examples.some((e) => e.name === name));
if (unknown.length > 0) {
  console.error(`unknown example: ${unknown.join(', ')} (known: ${examples.map((e) => e.name).join(', ')})`);
  process.exit(1);
}
const chosen = wanted.length > 0 ? examples.filter((e) => wanted.includes(e.name)) : examples;

const WIDTH = 78;
const rule = (char) => char.repeat(WIDTH);
const heading = (text) => `--- ${text} ${'-'.repeat(Math.max(3, WIDTH - text.length - 5))}`;

function show(text) {
  const body = text.replace(/\n$/, '');
  console.log(body === '' ? '(nothing)' : body);
}

const failures = [];
chosen.forEach((example, i) => {
  const goFile = `examples/${example.name}.go`;
  const tsFile = `examples/${example.name}.ts`;
  const command = ['--import', './test/support/register.mjs', tsFile];

  console.log(rule('='));
  console.log(`=== ${i + 1}/${chosen.length}  ${example.name}: ${example.title}`);
  console.log(rule('='));
  console.log();
  console.log(heading(`Go source: ${goFile}`));
  show(readFileSync(join(root, goFile), 'utf8').replace(/\t/g, '    '));
  console.log();

  const run = spawnSync(process.execPath, command, { cwd: root, encoding: 'utf8', timeout: 60_000 });
  console.log(heading(`TypeScript: node ${command.join(' ')}`));
  console.log();
  console.log(heading('stdout'));
  show(run.stdout ?? '');
  if (run.stderr) {
    console.log(heading('stderr'));
    show(run.stderr);
  }
  const code = run.status;
  const outcome = run.error
    ? `failed to run: ${run.error.message}`
    : code === null
      ? `killed by ${run.signal}`
      : `exit code ${code}${code === example.expectedCode ? ' (as in Go)' : ` (Go exits with ${example.expectedCode})`}`;
  console.log(heading(outcome));
  console.log();
  if (code !== example.expectedCode) failures.push(`${example.name}: ${outcome}`);
});

if (failures.length > 0) {
  console.error(`demo: ${failures.length} example(s) did not end as the Go program does:`);
  for (const failure of failures) console.error(`  ${failure}`);
  process.exit(1);
}
console.log(`${chosen.length} example(s) ran; each ended with the exit code the Go program has.`);
