// The Go lints (server/translate/go/lints.ts), through translate(): warnings with their code
// and exact range, none on correct code, none on the corpus and the examples.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { translate } from '../../server/translate/index.js';
import { GO_LINT_CODES } from '../../server/translate/go/lints.js';

interface Found {
  code: string;
  /** 1-based line, 0-based UTF-16 columns: start and end. */
  at: [number, number, number, number];
  message: string;
}

async function lints(go: string): Promise<Found[]> {
  const { diagnostics } = await translate(go, { language: 'go' });
  return diagnostics
    .filter((d) => (GO_LINT_CODES as readonly string[]).includes(d.code))
    .map((d) => {
      assert.equal(d.severity, 'warning', d.code);
      return {
        code: d.code,
        at: [d.range.start.line + 1, d.range.start.column, d.range.end.line + 1, d.range.end.column],
        message: d.message,
      };
    });
}

const codesAndRanges = (found: Found[]) => found.map((f) => [f.code, f.at]);

const program = (body: string, extra = '') =>
  `package main\n\nimport (\n\t"fmt"\n\t"sync"\n)\n\nvar _ = fmt.Println\nvar _ sync.Mutex\n${extra}\nfunc main() {\n${body}}\n`;
// program() puts the first line of the body on line 12.

test('send-without-receiver: a send on an unbuffered channel before any goroutine is started', async () => {
  const found = await lints(program('\tch := make(chan int)\n\tch <- 1\n\tgo func() { fmt.Println(<-ch) }()\n'));
  assert.deepEqual(codesAndRanges(found), [['send-without-receiver', [13, 1, 13, 8]]]);
  assert.match(found[0]!.message, /unbuffered channel `ch` blocks forever/);
  assert.match(found[0]!.message, /deadlock/);
});

test('send-without-receiver: make(chan T, 0) is unbuffered too, and only the first blocking send is reported', async () => {
  const found = await lints(program('\tch := make(chan string, 0)\n\tch <- "a"\n\tch <- "b"\n'));
  assert.deepEqual(codesAndRanges(found), [['send-without-receiver', [13, 1, 13, 10]]]);
});

test('send-without-receiver: applies in any function, not only main', async () => {
  const found = await lints(
    program('\tproduce()\n', 'func produce() int {\n\tout := make(chan int)\n\tout <- 42\n\treturn <-out\n}\n'),
  );
  assert.deepEqual(codesAndRanges(found), [['send-without-receiver', [12, 1, 12, 10]]]);
});

test('send-without-receiver: quiet when a goroutine that captures the channel starts first', async () => {
  assert.deepEqual(
    await lints(program('\tch := make(chan int)\n\tgo func() { fmt.Println(<-ch) }()\n\tch <- 1\n')),
    [],
  );
});

test('send-without-receiver: quiet when the channel is passed to a goroutine or a function first', async () => {
  assert.deepEqual(
    await lints(program('\tch := make(chan int)\n\tgo recv(ch)\n\tch <- 1\n', 'func recv(c chan int) { <-c }\n')),
    [],
  );
  assert.deepEqual(
    await lints(
      program('\tch := make(chan int)\n\tstart(ch)\n\tch <- 1\n', 'func start(c chan int) { go func() { <-c }() }\n'),
    ),
    [],
  );
});

test('send-without-receiver: quiet for buffered channels and for sends in a select', async () => {
  assert.deepEqual(await lints(program('\tch := make(chan int, 1)\n\tch <- 1\n\tfmt.Println(<-ch)\n')), []);
  assert.deepEqual(await lints(program('\tch := make(chan int)\n\tselect {\n\tcase ch <- 1:\n\tdefault:\n\t}\n')), []);
});

test('send-without-receiver: quiet when a goroutine started later in the same loop receives on the next turn', async () => {
  const body =
    '\tch := make(chan int)\n\tfor i := 0; i < 3; i++ {\n\t\tif i > 0 {\n\t\t\tch <- i\n\t\t}\n\t\tgo func() { <-ch }()\n\t}\n';
  assert.deepEqual(await lints(program(body)), []);
});

test('send-without-receiver: quiet when the name is shadowed or the variable reassigned', async () => {
  assert.deepEqual(
    await lints(
      program('\tch := make(chan int)\n\tgo func() {\n\t\tch := make(chan int, 1)\n\t\tch <- 1\n\t}()\n\tch <- 2\n'),
    ),
    [],
  );
  assert.deepEqual(await lints(program('\tch := make(chan int)\n\tch = make(chan int, 1)\n\tch <- 1\n')), []);
});

test('close-by-receiver: a goroutine that only receives from a channel closes it', async () => {
  const body =
    '\tjobs := make(chan int)\n\tgo func() {\n\t\tv := <-jobs\n\t\tfmt.Println(v)\n\t\tclose(jobs)\n\t}()\n\tjobs <- 1\n';
  const found = await lints(program(body));
  assert.deepEqual(codesAndRanges(found), [['close-by-receiver', [16, 2, 16, 13]]]);
  assert.match(found[0]!.message, /`jobs` is closed by code that only receives from it: closing is the sender's job/);
});

test('close-by-receiver: a function that ranges over its parameter and closes it', async () => {
  const extra = 'func consume(in chan int) {\n\tfor v := range in {\n\t\tif v > 2 {\n\t\t\tclose(in)\n\t\t}\n\t}\n}\n';
  const found = await lints(program('\tconsume(nil)\n', extra));
  assert.deepEqual(codesAndRanges(found), [['close-by-receiver', [13, 3, 13, 12]]]);
});

test('close-by-receiver: quiet for the sender, and for the owner that made the channel and closes it after wg.Wait', async () => {
  assert.deepEqual(
    await lints(
      program(
        '\tch := make(chan int, 1)\n\tgo func() {\n\t\tch <- 1\n\t\tclose(ch)\n\t}()\n\tfor v := range ch {\n\t\tfmt.Println(v)\n\t}\n',
      ),
    ),
    [],
  );
  const owner =
    '\tvar wg sync.WaitGroup\n\tresults := make(chan int, 3)\n\tfor i := 0; i < 3; i++ {\n\t\twg.Add(1)\n\t\tgo func() {\n\t\t\tdefer wg.Done()\n\t\t\tresults <- i\n\t\t}()\n\t}\n\twg.Wait()\n\tclose(results)\n\tfor r := range results {\n\t\tfmt.Println(r)\n\t}\n';
  assert.deepEqual(await lints(program(owner)), []);
});

test('close-by-receiver: quiet when the closing code also hands the channel on (it coordinates the senders)', async () => {
  const extra =
    'func relay(in chan int) {\n\tgo fill(in)\n\tfmt.Println(<-in)\n\tclose(in)\n}\nfunc fill(c chan int) { c <- 1 }\n';
  assert.deepEqual(await lints(program('\trelay(make(chan int))\n', extra)), []);
});

test('waitgroup-add-in-goroutine: wg.Add inside the go func that calls wg.Done', async () => {
  const body =
    '\tvar wg sync.WaitGroup\n\tfor i := 0; i < 3; i++ {\n\t\tgo func() {\n\t\t\twg.Add(1)\n\t\t\tdefer wg.Done()\n\t\t\tfmt.Println(i)\n\t\t}()\n\t}\n\twg.Wait()\n';
  const found = await lints(program(body));
  assert.deepEqual(codesAndRanges(found), [['waitgroup-add-in-goroutine', [15, 3, 15, 12]]]);
  assert.match(found[0]!.message, /`wg\.Add` runs inside the goroutine it counts: `wg\.Wait\(\)` may run before/);
});

test('waitgroup-add-in-goroutine: a named function started with go that adds to the WaitGroup it is counted by', async () => {
  const extra = 'func worker(wg *sync.WaitGroup) {\n\twg.Add(1)\n\tdefer wg.Done()\n}\n';
  const found = await lints(program('\tvar wg sync.WaitGroup\n\tgo worker(&wg)\n\twg.Wait()\n', extra));
  assert.deepEqual(codesAndRanges(found), [['waitgroup-add-in-goroutine', [11, 1, 11, 10]]]);
});

test('waitgroup-add-in-goroutine: quiet for Add before the go statement, and for a function not started with go', async () => {
  assert.deepEqual(
    await lints(
      program('\tvar wg sync.WaitGroup\n\twg.Add(1)\n\tgo func() {\n\t\tdefer wg.Done()\n\t}()\n\twg.Wait()\n'),
    ),
    [],
  );
  const extra = 'func track(wg *sync.WaitGroup) {\n\twg.Add(1)\n\tdefer wg.Done()\n}\n';
  assert.deepEqual(await lints(program('\tvar wg sync.WaitGroup\n\ttrack(&wg)\n\twg.Wait()\n', extra)), []);
});

test('lint ranges are document positions in a Markdown lesson', async () => {
  const md = '# Lesson\n\nSome prose.\n\n```go\nfunc main() {\n\tch := make(chan int)\n\tch <- 1\n}\n```\n';
  const { diagnostics } = await translate(md, { fileName: 'lesson.md' });
  const lint = diagnostics.find((d) => d.code === 'send-without-receiver');
  assert.deepEqual(lint?.range, { start: { line: 7, column: 1 }, end: { line: 7, column: 8 } });
});

test('waitgroup-add-in-goroutine: quiet for a goroutine that adds for the goroutines it starts (the Tour crawler)', async () => {
  const extra =
    'func crawl(depth int, wg *sync.WaitGroup) {\n\tdefer wg.Done()\n\tif depth == 0 {\n\t\treturn\n\t}\n\twg.Add(1)\n\tgo crawl(depth-1, wg)\n}\n';
  assert.deepEqual(
    await lints(program('\tvar wg sync.WaitGroup\n\twg.Add(1)\n\tgo crawl(3, &wg)\n\twg.Wait()\n', extra)),
    [],
  );
});

test('close-by-receiver: quiet in a method of a channel type, which owns its channel', async () => {
  const extra =
    'type Jobs chan int\n\nfunc (j Jobs) Drain() (sum int) {\n\tclose(j)\n\tfor n := range j {\n\t\tsum += n\n\t}\n\treturn\n}\n';
  assert.deepEqual(await lints(program('\tj := make(Jobs, 2)\n\tj <- 1\n\tfmt.Println(j.Drain())\n', extra)), []);
});

test('close-by-receiver: still reported for a receiver parameter of a plain function', async () => {
  const extra =
    'func drain(j chan int) (sum int) {\n\tclose(j)\n\tfor n := range j {\n\t\tsum += n\n\t}\n\treturn\n}\n';
  const found = await lints(program('\tj := make(chan int, 2)\n\tj <- 1\n\tfmt.Println(drain(j))\n', extra));
  assert.deepEqual(
    found.map((f) => f.code),
    ['close-by-receiver'],
  );
});

test('the corpus and the examples give no lint warnings except the ones really there', async () => {
  const root = process.cwd();
  const files = [
    ...readdirSync(join(root, 'test', 'corpus', 'go'))
      .filter((f) => f.endsWith('.go'))
      .map((f) => join(root, 'test', 'corpus', 'go', f)),
    ...readdirSync(join(root, 'examples'))
      .filter((f) => f.endsWith('.go'))
      .map((f) => join(root, 'examples', f)),
  ];
  assert.ok(files.length > 40, `only ${files.length} files`);
  const found: string[] = [];
  for (const file of files) {
    for (const lint of await lints(readFileSync(file, 'utf8'))) found.push(`${file}:${lint.at[0]} ${lint.code}`);
  }
  assert.deepEqual(found, []);
});
