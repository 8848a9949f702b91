// `chan2ts run --trace OUT` and `--trace-summary`: the trace files and the summary, with the
// program's own output left as it is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TraceEvent } from '../../runtime/src/core/trace.js';
import { traceProblems } from '../support/trace-checks.js';
import { chan2ts, PING_GO, tempDir, tempFile } from './helpers.js';

const TOKIO_PING = `#[tokio::main]
async fn main() {
    let (tx, mut rx) = tokio::sync::mpsc::channel(1);
    tokio::spawn(async move {
        tx.send("ping").await.unwrap();
    });
    while let Some(message) = rx.recv().await {
        println!("{message}");
    }
}
`;

const DEADLOCK_GO = `package main

func main() {
	ch := make(chan int)
	<-ch
}
`;

test('run --trace OUT.json writes the versioned JSON trace and leaves the output alone', async () => {
  const out = join(tempDir(), 'ping.json');
  const r = await chan2ts(['run', '--trace', out, tempFile('ping.go', PING_GO)]);
  assert.equal(r.code, 0);
  assert.equal(r.stdout, 'ping\n');
  assert.equal(r.stderr, '');
  const document = JSON.parse(readFileSync(out, 'utf8')) as {
    format: string;
    version: number;
    language: string;
    dropped: number;
    events: TraceEvent[];
  };
  assert.deepEqual(
    [document.format, document.version, document.language, document.dropped],
    ['chan2ts-trace', 3, 'go', 0],
  );
  assert.deepEqual(traceProblems(document.events), []);
  const send = document.events.find((event) => event.kind === 'send');
  assert.deepEqual(send && { task: send.task, value: send.value }, { task: 6, value: 'ping' });
  const goroutine = document.events.find((event) => event.kind === 'task-start' && event.task === 6);
  assert.match(goroutine?.kind === 'task-start' ? (goroutine.at ?? '') : '', /ping\.go:7:\d+$/);
});

test("run --trace records a Rust program's Tokio channel, its sender's drop and the None that ends the loop", async () => {
  const out = join(tempDir(), 'ping.json');
  const r = await chan2ts(['run', '--trace', out, tempFile('ping.rs', TOKIO_PING)]);
  assert.equal(r.stdout, 'ping\n');
  const document = JSON.parse(readFileSync(out, 'utf8')) as { language: string; events: TraceEvent[] };
  assert.equal(document.language, 'rust');
  assert.deepEqual(traceProblems(document.events), []);
  const channelKinds = document.events.flatMap((event) =>
    ['chan-make', 'send', 'recv', 'drop-sender'].includes(event.kind) ? [event.kind] : [],
  );
  assert.deepEqual(channelKinds, ['chan-make', 'send', 'drop-sender', 'recv', 'recv']);
  assert.deepEqual(
    document.events.filter((event) => event.kind === 'recv').map((event) => event.kind === 'recv' && event.ok),
    [true, false],
  );
});

test('run --trace OUT.trace.json writes the Chrome trace event format: tasks as threads, waits as slices, messages as flows', async () => {
  const out = join(tempDir(), 'ping.trace.json');
  const r = await chan2ts(['run', '--trace', out, tempFile('ping.go', PING_GO)]);
  assert.equal(r.stdout, 'ping\n');
  const { traceEvents } = JSON.parse(readFileSync(out, 'utf8')) as {
    traceEvents: { name: string; ph: string; cat?: string; id?: number; tid?: number; args?: { name?: string } }[];
  };
  const threads = traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => e.args?.name);
  assert.deepEqual(threads, ['main #1', 'closure at line 7 #6']);
  assert.ok(
    traceEvents.some((e) => e.ph === 'X' && e.cat === 'blocked' && e.name === 'blocked: chan receive on chan 1'),
  );
  const start = traceEvents.find((e) => e.ph === 's');
  const finish = traceEvents.find((e) => e.ph === 'f');
  assert.ok(start && finish, 'no flow');
  assert.equal(finish.id, start.id);
  assert.notEqual(finish.tid, start.tid);
});

test('run --trace-summary prints the summary on stderr after the program, stdout staying the program’s', async () => {
  const r = await chan2ts(['run', '--trace-summary', tempFile('deadlock.go', DEADLOCK_GO)]);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  const [report, summary] = r.stderr.split(/(?=^chan2ts trace:)/m);
  assert.match(report!, /^fatal error: all goroutines are asleep - deadlock!/);
  assert.match(summary!, /^chan2ts trace: 5 events, 1 task, 1 channel/);
  assert.match(
    summary!,
    /^ {2}chan 1 ch \(go chan, unbuffered\) made at .*deadlock\.go:4:\d+: 0 messages; longest wait .* \(main #1, chan receive, never woken\)$/m,
  );
  assert.match(summary!, /^blocked at the end:\n {2}main #1: chan receive on chan 1$/m);
});

test('--trace is an option of run only', async () => {
  const r = await chan2ts(['translate', '--trace', 'x.json', tempFile('ping.go', PING_GO)]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /option '--trace' does not apply to translate/);
});
