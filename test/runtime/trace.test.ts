import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  go,
  gosched,
  makeChan,
  recvCase,
  select,
  sendCase,
  startTracing,
  sync,
  time,
  type TraceOptions,
} from '../../runtime/src/go/index.js';
import type { TraceEvent } from '../../runtime/src/core/trace.js';
import { sched } from '../../runtime/src/core/scheduler.js';
import { tracer } from '../../runtime/src/core/tracer.js';
import { runProgram } from '../support/run-program.js';
import { pairs, traceProblems } from '../support/trace-checks.js';

async function traced(main: () => Promise<void>, options: TraceOptions = {}, limitMs?: number) {
  const recorder = startTracing(options);
  const result = await runProgram(main, { limitMs });
  return { ...result, recorder, events: recorder.events };
}

function eventsOf(events: readonly TraceEvent[], task: number): TraceEvent[] {
  return events.filter((event) => event.task === task);
}

/** Unbuffered and buffered channels, parked senders and receivers, selects, closes. */
async function mixedTraffic(): Promise<void> {
  const unbuffered = makeChan<number>(0, 0);
  const buffered = makeChan<number>(2, 0);
  const done = makeChan<boolean>(0, false);
  go(async function producer() {
    for (let i = 0; i < 6; i++) await unbuffered.send(i);
    unbuffered.close();
    for (let i = 10; i < 16; i++) await buffered.send(i);
    buffered.close();
  });
  go(async function selector() {
    for (let i = 0; i < 4; i++) await select([recvCase(unbuffered), recvCase(buffered)]);
    await select([sendCase(done, true)]);
  });
  for await (const _ of unbuffered);
  for await (const _ of buffered);
  await done.recv();
}

test('every receive that returned a value pairs with exactly one send of that value', async () => {
  const { events, code } = await traced(mixedTraffic);
  assert.equal(code, 0);
  assert.deepEqual(traceProblems(events), []);
  const received = events.filter((event) => event.kind === 'recv' && event.ok).length;
  assert.equal(pairs(events).length, received);
  assert.ok(received >= 12, `only ${received} receives`);
});

test('a buffered channel pairs each receive with the send that put the value in its buffer', async () => {
  const { events } = await traced(async () => {
    const ch = makeChan<string>(2, '');
    go(async function sender() {
      for (const word of ['a', 'b', 'c', 'd', 'e']) await ch.send(word);
    });
    // The sender fills the buffer and parks on its third send: each receive frees a slot.
    await gosched();
    for (let i = 0; i < 5; i++) await ch.recv();
  });
  assert.deepEqual(traceProblems(events), []);
  const paired = pairs(events).map(({ send, recv }) => [send.value, recv.value, send.task, recv.task]);
  assert.deepEqual(paired, [
    ['a', 'a', 6, 1],
    ['b', 'b', 6, 1],
    ['c', 'c', 6, 1],
    ['d', 'd', 6, 1],
    ['e', 'e', 6, 1],
  ]);
  // Sends whose sender was parked are recorded when their value went into the buffer.
  const sendSeqs = pairs(events).map(({ send }) => send.seq);
  assert.deepEqual(
    sendSeqs,
    [...sendSeqs].sort((a, b) => a - b),
  );
});

test('no task records an event after its end', async () => {
  const { events } = await traced(mixedTraffic);
  for (const end of events.filter((event) => event.kind === 'task-end')) {
    const later = events.filter((event) => event.seq > end.seq && event.task === end.task);
    assert.deepEqual(later, [], `task ${end.task} after its end`);
  }
});

test("the events of each task follow its statements' order", async () => {
  const { events } = await traced(async () => {
    const requests = makeChan<number>(0, 0);
    const replies = makeChan<number>(1, 0);
    const mu = new sync.Mutex();
    go(async function server() {
      const n = await requests.recv();
      await mu.lock();
      mu.unlock();
      await replies.send(n * 2);
      replies.close();
    });
    await requests.send(21);
    await replies.recv();
  });
  const server = eventsOf(events, 6)
    .filter((event) => !['block', 'wake'].includes(event.kind))
    .map((event) => (event.kind === 'sync' ? `sync ${event.op}` : event.kind));
  assert.deepEqual(server, ['task-start', 'recv', 'sync lock', 'sync unlock', 'send', 'close', 'task-end']);
  // Main's send waits for the server; it completes (is recorded) while main is parked.
  const main = eventsOf(events, 1).map((event) => event.kind);
  assert.deepEqual(main, ['task-start', 'chan-make', 'chan-make', 'block', 'send', 'wake', 'recv', 'task-end']);
});

test('a select that had to wait records the case another task completed, for its own task', async () => {
  const { events } = await traced(async () => {
    const quit = makeChan<boolean>(0, false);
    const jobs = makeChan<number>(0, 0);
    go(async function worker() {
      await gosched();
      await jobs.send(7); // completes main's parked select, on its case 1
    });
    await select([recvCase(quit), recvCase(jobs)]);
  });
  const main = eventsOf(events, 1).filter((event) => ['block', 'recv', 'select', 'wake'].includes(event.kind));
  assert.deepEqual(
    main.map((event) => event.kind),
    ['block', 'recv', 'select', 'wake'],
  );
  const chose = main[2]!;
  assert.ok(chose.kind === 'select');
  assert.deepEqual([chose.cases, chose.ready, chose.chosen], [2, [1], 1]);
});

test('past the cap, events are dropped and counted, and a last event says how many', async () => {
  const program = async () => {
    const ch = makeChan<number>(4, 0);
    go(async function sender() {
      for (let i = 0; i < 100; i++) await ch.send(i);
      ch.close();
    });
    for await (const _ of ch);
  };
  const all = (await traced(program)).events;
  const { events, recorder } = await traced(program, { cap: 50 });
  assert.equal(recorder.dropped, all.length - 50);
  assert.equal(events.length, 51);
  assert.deepEqual(events.at(-1), { ...events.at(-1)!, kind: 'dropped', count: all.length - 50, task: null });
  const withoutTimes = (list: readonly TraceEvent[]) => list.map(({ ms: _ms, ...rest }) => rest);
  assert.deepEqual(withoutTimes(events.slice(0, 50)), withoutTimes(all.slice(0, 50)));
});

test('a million messages keep the trace within its cap', async () => {
  const { events, recorder, code } = await traced(
    async () => {
      const ch = makeChan<number>(128, 0);
      go(async function sender() {
        for (let i = 0; i < 1_000_000; i++) await ch.send(i);
        ch.close();
      });
      for await (const _ of ch);
    },
    {},
    60_000,
  );
  assert.equal(code, 0);
  assert.equal(events.length, recorder.cap + 1);
  assert.ok(recorder.dropped > 1_900_000, `dropped ${recorder.dropped}`);
});

test('with tracing off nothing is recorded, and a trace ends with its program', async () => {
  const { recorder } = await traced(mixedTraffic);
  const recorded = recorder.events.length;
  let tracerWhileRunning: unknown = 'not run';
  const { code } = await runProgram(async () => {
    tracerWhileRunning = tracer;
    await mixedTraffic();
  });
  assert.equal(code, 0);
  assert.equal(tracerWhileRunning, null);
  assert.equal(recorder.events.length, recorded);
});

test("a timer's stale value, thrown away by Reset, is paired with no receive", async () => {
  const { events } = await traced(async () => {
    const timer = new time.Timer(time.millisecond);
    await time.sleep(20 * time.millisecond);
    timer.reset(time.millisecond);
    await timer.c.recv();
  });
  assert.deepEqual(traceProblems(events), []);
  const sends = events.filter((event) => event.kind === 'send');
  assert.equal(sends.length, 2);
  assert.deepEqual(
    pairs(events).map(({ send }) => send.seq),
    [sends[1]!.seq],
  );
});

test("an event carries the place of its own task's code, and one recorded for a parked task carries none", async () => {
  // The place of the running code is the running task's id: an event whose `at` names another task is misplaced.
  const { events } = await traced(mixedTraffic, { locate: () => `task ${sched.current?.id}` });
  const placed = events.filter((event) => event.kind !== 'task-start' && 'at' in event);
  assert.ok(placed.length > 20, `only ${placed.length} events have a place`);
  for (const event of placed) assert.equal((event as { at: string }).at, `task ${event.task}`, `event ${event.seq}`);
});
