// Traces of small programs against golden files written by hand from what each program must
// do (test/runtime/trace-golden/*.txt, with the logical clock only: no wall times).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fmt, go, makeChan, recvCase, select, time } from '../../runtime/src/go/index.js';
import { startTracing as startGoTracing } from '../../runtime/src/core/trace.js';
import { sprint } from '../../runtime/src/fmt/go.js';
import { mpsc, println, spawn, startTracing as startTokioTracing } from '../../runtime/src/tokio/index.js';
import { PROJECT_ROOT } from '../support/run-ts-program.js';
import { runProgram } from '../support/run-program.js';
import { runTokio } from '../support/run-tokio.js';
import { goldenLines, traceProblems } from '../support/trace-checks.js';
import type { TraceRecorder } from '../../runtime/src/core/trace.js';

function golden(name: string): string {
  const text = readFileSync(join(PROJECT_ROOT, 'test', 'runtime', 'trace-golden', `${name}.txt`), 'utf8');
  return text
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .join('\n');
}

/** Go's `%v`, except for time.Time values, whose text is the clock's. */
function startTracing(): TraceRecorder {
  return startGoTracing((value) => (value instanceof time.Time ? '<time>' : sprint(value)));
}

function assertTrace(recorder: TraceRecorder, name: string): void {
  assert.deepEqual(traceProblems(recorder.events), []);
  assert.equal(goldenLines(recorder.events), golden(name));
}

test('the trace of a two-stage pipeline shows each value passed from stage to stage', async () => {
  const recorder = startTracing();
  const { stdout } = await runProgram(async () => {
    const naturals = makeChan<number>(0, 0, 'naturals', 'chan int');
    const squares = makeChan<number>(0, 0, 'squares', 'chan int');
    go(async function counter() {
      for (let x = 1; x <= 2; x++) await naturals.send(x);
      naturals.close();
    });
    go(async function squarer() {
      for await (const x of naturals) await squares.send(x * x);
      squares.close();
    });
    for await (const x of squares) fmt.println(x);
  });
  assert.equal(stdout, '1\n4\n');
  assertTrace(recorder, 'pipeline');
});

test('the trace of a fan-in shows both workers sending to the one receiver', async () => {
  const recorder = startTracing();
  const { stdout } = await runProgram(async () => {
    const results = makeChan<string>(0, '', 'results', 'chan string');
    const worker = async (name: string) => {
      await results.send(name);
    };
    Object.defineProperty(worker, 'name', { value: 'worker' });
    go(worker, 'a');
    go(worker, 'b');
    for (let i = 0; i < 2; i++) fmt.println(await results.recv());
  });
  assert.equal(stdout, 'b\na\n');
  assertTrace(recorder, 'fan-in');
});

test('the trace of a select with a timeout shows the timer firing and waking the select', async () => {
  const recorder = startTracing();
  const { stdout } = await runProgram(async () => {
    const results = makeChan<string>(0, '', 'results', 'chan string');
    go(async function slow() {
      await time.sleep(10 * time.second);
      await results.send('done');
    });
    const chosen = await select([recvCase(results), recvCase(time.after(10 * time.millisecond))]);
    fmt.println(chosen.index === 0 ? 'got' : 'timeout');
  });
  assert.equal(stdout, 'timeout\n');
  assertTrace(recorder, 'select-timeout');
});

test('the trace of a deadlock ends with the stall naming the blocked goroutine', async () => {
  const recorder = startTracing();
  const { code } = await runProgram(async () => {
    await makeChan<number>(0, 0, 'ch', 'chan int').recv();
  });
  assert.equal(code, 2);
  assertTrace(recorder, 'deadlock');
});

test("the trace of a Tokio task dropping its sender shows the receiver's while-let loop ending", async () => {
  const recorder = startTokioTracing();
  const { stdout } = await runTokio(
    async () => {
      const [tx, rx] = mpsc.channel<number>(4);
      spawn(async function producer() {
        for (const i of [1, 2]) await tx.send(i);
        tx.drop();
      });
      let value: number | undefined;
      while ((value = await rx.recv()) !== undefined) println('{}', [value]);
    },
    { flavor: 'current_thread' },
  );
  assert.equal(stdout, '1\n2\n');
  assertTrace(recorder, 'tokio-sender-drop');
});
