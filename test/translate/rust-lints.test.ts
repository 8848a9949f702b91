// Warnings a Rust user would thank us for: send results unwrapped, receive loops that cannot
// end, bounded channels nobody drains; each with its exact range, and silence when unsure.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic, Range } from '../../server/translate/diagnostics.js';
import { createSourceParser, type SourceParser } from '../../server/parse/source-parser.js';
import { analyzeOwnership } from '../../server/translate/rust/ownership/index.js';
import { lintRust } from '../../server/translate/rust/lints.js';

let parser: SourceParser;
before(async () => {
  parser = await createSourceParser('rust');
});

function lint(source: string): Diagnostic[] {
  const root = parser.parse(source).rootNode;
  return lintRust(root, analyzeOwnership(root));
}

/** The range of the nth occurrence of `text` in `source` (0-based lines and columns). */
function rangeOf(source: string, text: string, nth = 0): Range {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = source.indexOf(text, index + 1);
  assert.ok(index >= 0, `${JSON.stringify(text)} is not in the source`);
  const point = (offset: number) => {
    const before = source.slice(0, offset).split('\n');
    return { line: before.length - 1, column: before[before.length - 1]!.length };
  };
  return { start: point(index), end: point(index + text.length) };
}

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code);

// ---- send-unwrap

test('send_await_unwrap_is_reported_on_the_unwrap_call', () => {
  const source = `
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(1);
    tx.send(1).await.unwrap();
    rx.recv().await;
}`;
  const [d, ...rest] = lint(source);
  assert.deepEqual(rest, []);
  assert.equal(d!.code, 'send-unwrap');
  assert.equal(d!.severity, 'warning');
  assert.deepEqual(d!.range, rangeOf(source, 'unwrap()'));
  assert.match(d!.message, /panics/);
  assert.match(d!.message, /receiver is dropped or closed/);
  assert.match(d!.message, /if tx\.send\(x\)\.await\.is_err\(\) \{ break; \}/);
});

test('send_await_expect_is_reported_up_to_the_end_of_the_call', () => {
  const source = `
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(1);
    tx.send(1).await.expect("receiver alive");
    rx.recv().await;
}`;
  const diagnostics = lint(source);
  assert.deepEqual(codes(diagnostics), ['send-unwrap']);
  assert.deepEqual(diagnostics[0]!.range, rangeOf(source, 'expect("receiver alive")'));
});

test('std_send_unwrap_is_reported', () => {
  const source = `
fn main() {
    let (tx, rx) = std::sync::mpsc::channel::<u32>();
    tx.send(1).unwrap();
    rx.recv().ok();
}`;
  const diagnostics = lint(source);
  assert.deepEqual(codes(diagnostics), ['send-unwrap']);
  assert.deepEqual(diagnostics[0]!.range, rangeOf(source, 'unwrap()'));
});

test('send_unwrap_through_a_borrowed_sender_parameter_is_reported', () => {
  const source = `
async fn produce(tx: &mpsc::Sender<u32>) {
    tx.send(1).await.unwrap();
}`;
  assert.deepEqual(codes(lint(source)), ['send-unwrap']);
});

test('handled_send_errors_are_not_reported', () => {
  const source = `
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(1);
    if tx.send(1).await.is_err() { return; }
    let _ = tx.send(2).await;
    match tx.send(3).await { Ok(()) => {}, Err(e) => println!("{}", e) }
    tx.try_send(4).unwrap_or(());
    rx.recv().await;
}`;
  assert.deepEqual(lint(source), []);
});

test('unwrap_of_other_calls_is_not_reported', () => {
  const source = `
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(1);
    let handle = tokio::spawn(async move { tx.reserve().await.is_ok() });
    handle.await.unwrap();
    let v = rx.recv().await.unwrap();
    let response = client.get(url).send().await.unwrap();
}`;
  assert.deepEqual(lint(source), []);
});

// ---- recv-loop-never-ends

test('recv_loop_while_the_scope_keeps_a_sender_is_reported_on_the_loop_header', () => {
  const source = `
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(8);
    for id in 0..3 {
        let tx = tx.clone();
        tokio::spawn(async move {
            let _ = tx.send(id).await;
        });
    }
    while let Some(v) = rx.recv().await {
        println!("{}", v);
    }
}`;
  const diagnostics = lint(source);
  assert.deepEqual(codes(diagnostics), ['recv-loop-never-ends']);
  const [d] = diagnostics;
  assert.deepEqual(d!.range, rangeOf(source, 'while let Some(v) = rx.recv().await'));
  assert.equal(d!.severity, 'warning');
  assert.match(d!.message, /`tx` \(declared on line 3\)/);
  assert.match(d!.message, /waits here forever/);
  assert.match(d!.message, /drop\(tx\);/);
});

test('recv_loop_after_drop_is_not_reported', () => {
  const source = `
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(8);
    let worker = tx.clone();
    tokio::spawn(async move { let _ = worker.send(1).await; });
    drop(tx);
    while let Some(v) = rx.recv().await {}
}`;
  assert.deepEqual(lint(source), []);
});

test('recv_loop_with_every_sender_moved_into_tasks_is_not_reported', () => {
  const source = `
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(8);
    let tx1 = tx.clone();
    tokio::spawn(async move { let _ = tx1.send(1).await; });
    tokio::spawn(async move { let _ = tx.send(2).await; });
    while let Some(v) = rx.recv().await {}
}`;
  assert.deepEqual(lint(source), []);
});

test('recv_loop_that_can_break_is_not_reported', () => {
  const source = `
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(8);
    let _ = tx.send(1).await;
    while let Some(v) = rx.recv().await {
        if v == 1 { break; }
    }
}`;
  assert.deepEqual(lint(source), []);
});

test('recv_loop_after_receiver_close_is_not_reported', () => {
  const source = `
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(8);
    let _ = tx.send(1).await;
    rx.close();
    while let Some(v) = rx.recv().await {}
}`;
  assert.deepEqual(lint(source), []);
});

test('recv_loop_in_a_task_whose_sender_lives_elsewhere_is_not_reported', () => {
  const source = `
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(8);
    let consumer = tokio::spawn(async move {
        while let Some(v) = rx.recv().await {}
    });
    let _ = tx.send(1).await;
    drop(tx);
    consumer.await.unwrap();
}`;
  assert.deepEqual(lint(source), []);
});

test('std_for_loop_over_a_receiver_while_the_scope_keeps_a_sender_is_reported', () => {
  const source = `
fn main() {
    let (tx, rx) = std::sync::mpsc::channel::<u32>();
    let worker = tx.clone();
    std::thread::spawn(move || { let _ = worker.send(1); });
    for v in rx.iter() {
        println!("{}", v);
    }
}`;
  const diagnostics = lint(source);
  assert.deepEqual(codes(diagnostics), ['recv-loop-never-ends']);
  assert.deepEqual(diagnostics[0]!.range, rangeOf(source, 'for v in rx.iter()'));
});

test('std_while_let_ok_recv_with_a_sender_alive_is_reported', () => {
  const source = `
fn main() {
    let (tx, rx) = std::sync::mpsc::channel::<u32>();
    let _ = tx.send(1);
    while let Ok(v) = rx.recv() {}
}`;
  assert.deepEqual(codes(lint(source)), ['recv-loop-never-ends']);
});

// ---- channel-never-drained

test('bounded_channel_never_received_from_is_reported_on_its_constructor', () => {
  const source = `
async fn main() {
    let (tx, rx) = mpsc::channel::<u32>(2);
    tokio::spawn(async move {
        for i in 0..10 {
            if tx.send(i).await.is_err() { break; }
        }
    });
    sleep(Duration::from_millis(100)).await;
    println!("pending: {}", rx.len());
}`;
  const diagnostics = lint(source);
  assert.deepEqual(codes(diagnostics), ['channel-never-drained']);
  const [d] = diagnostics;
  assert.deepEqual(d!.range, rangeOf(source, 'mpsc::channel::<u32>(2)'));
  assert.match(d!.message, /`rx` is never used to receive/);
  assert.match(d!.message, /once 2 messages are buffered/);
});

test('std_rendezvous_channel_never_received_from_is_reported', () => {
  const source = `
fn main() {
    let (tx, _rx) = std::sync::mpsc::sync_channel::<u32>(0);
    std::thread::spawn(move || { let _ = tx.send(1); });
}`;
  const diagnostics = lint(source);
  assert.deepEqual(codes(diagnostics), ['channel-never-drained']);
  assert.match(diagnostics[0]!.message, /every send waits for a receive that never comes/);
});

test('channel_received_in_a_task_or_a_select_is_not_reported', () => {
  const source = `
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(2);
    let (tx2, mut rx2) = mpsc::channel::<u32>(2);
    tokio::spawn(async move { while let Some(v) = rx.recv().await {} });
    let _ = tx.send(1).await;
    let _ = tx2.send(1).await;
    tokio::select! {
        Some(v) = rx2.recv() => println!("{}", v),
    }
}`;
  assert.deepEqual(lint(source), []);
});

test('unbounded_channel_never_received_from_is_not_reported', () => {
  const source = `
async fn main() {
    let (tx, rx) = mpsc::unbounded_channel::<u32>();
    let _ = tx.send(1);
}`;
  assert.deepEqual(lint(source), []);
});

test('bounded_channel_whose_receiver_is_dropped_is_not_reported', () => {
  const source = `
async fn main() {
    let (tx, rx) = mpsc::channel::<u32>(1);
    drop(rx);
    let _ = tx.send(1).await;
}`;
  assert.deepEqual(lint(source), []);
});

test('bounded_channel_nobody_sends_on_is_not_reported', () => {
  const source = `
async fn main() {
    let (tx, rx) = mpsc::channel::<u32>(1);
    println!("{}", tx.capacity());
}`;
  assert.deepEqual(lint(source), []);
});

// ---- real programs: only the send-unwraps that are really there

function realPrograms(): { name: string; source: string }[] {
  const dir = 'test/runtime/tokio-programs';
  const programs = readdirSync(dir)
    .filter((f) => f.endsWith('.rs'))
    .map((f) => ({ name: f, source: readFileSync(join(dir, f), 'utf8') }));
  const lesson = readFileSync('/work/shared/seed/lesson-11-channels-and-messaging.md', 'utf8');
  const block = /```rust\n([\s\S]*?)```/.exec(lesson)?.[1];
  if (block) programs.push({ name: 'lesson 11', source: block });
  return programs;
}

/** `.send(..)` (optionally `.await`) directly followed by `.unwrap()`/`.expect(`, counted on the text. */
function sendUnwrapsIn(source: string): number {
  return (
    source.match(/\.send\((?:[^()]|\([^()]*\)|\((?:[^()]|\([^()]*\))*\))*\)(?:\.await)?\s*\.(?:unwrap|expect)\(/g)
      ?.length ?? 0
  );
}

test('the runtime programs and the lesson give no warning but their send unwraps', () => {
  const programs = realPrograms();
  assert.ok(programs.length >= 10, 'the Tokio programs are missing');
  for (const { name, source } of programs) {
    const diagnostics = lint(source);
    assert.deepEqual(
      [...new Set(codes(diagnostics))].filter((c) => c !== 'send-unwrap'),
      [],
      name,
    );
    assert.equal(diagnostics.length, sendUnwrapsIn(source), `${name}: one warning per send(..).unwrap()`);
    for (const d of diagnostics) {
      const line = source.split('\n')[d.range.start.line]!;
      assert.match(line.slice(d.range.start.column), /^(unwrap|expect)\(/, `${name}: ${JSON.stringify(d.range)}`);
    }
  }
});
