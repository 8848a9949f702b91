// The TypeScript the Rust translator writes for each construct, line by line: the translation
// style a TypeScript reader meets (run tests against cargo are in rust-differential.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translate } from '../../server/translate/index.js';
import { expectTranslation as expectGolden } from '../support/golden.js';

const expectTranslation = (rust: string, expected: string[]) => expectGolden('rust', rust, expected, 'src/main.rs');

const inMain = (body: string) =>
  `use tokio::sync::{mpsc, oneshot, broadcast, watch};\nuse std::time::Duration;\n#[tokio::main]\nasync fn main() {\n${body}\n}\n`;

test('tokio_main_becomes_an_async_main_run_by_runMain', async () => {
  await expectTranslation('#[tokio::main(flavor = "current_thread")]\nasync fn main() {\n    println!("hi");\n}\n', [
    'async function main(): Promise<void> {',
    'println("hi");',
    "runMain(main, { flavor: 'current_thread' });",
  ]);
});

test('mpsc_channel_destructures_sender_and_receiver_with_the_element_type', async () => {
  await expectTranslation(
    inMain('    let (tx, mut rx) = mpsc::channel::<u32>(8);\n    tx.send(1).await.unwrap();\n    rx.recv().await;'),
    ['let [tx, rx] = mpsc.channel<number>(8);'],
  );
});

test('channel_element_type_is_inferred_from_what_is_sent', async () => {
  await expectTranslation(
    inMain(
      '    let (tx, mut rx) = mpsc::channel(8);\n    tx.send("hello".to_string()).await.unwrap();\n    rx.recv().await;',
    ),
    ['let [tx, rx] = mpsc.channel<string>(8);'],
  );
});

test('send_await_unwrap_keeps_the_panic_location_of_unwrap', async () => {
  await expectTranslation(inMain('    let (tx, _rx) = mpsc::channel::<i32>(1);\n    tx.send(5).await.unwrap();'), [
    "(await tx.send(5)).unwrap('src/main.rs:6:22');",
  ]);
});

test('while_let_recv_becomes_a_for_loop_that_ends_at_none', async () => {
  await expectTranslation(
    inMain(
      '    let (tx, mut rx) = mpsc::channel::<i32>(1);\n    drop(tx);\n    while let Some(v) = rx.recv().await {\n        println!("{}", v);\n    }',
    ),
    ['tx.drop();', 'for (let v = await rx.recv(); v !== undefined; v = await rx.recv()) {', 'println("{}", [v]);'],
  );
});

test('sender_moved_into_spawn_is_dropped_when_the_task_ends', async () => {
  await expectTranslation(
    inMain(
      '    let (tx, mut rx) = mpsc::channel::<i32>(1);\n    tokio::spawn(async move {\n        tx.send(1).await.unwrap();\n    });\n    rx.recv().await;',
    ),
    ['spawn(async () => {', 'try {', '} finally {', 'tx.drop();'],
  );
});

test('spawn_of_a_function_call_names_the_task_after_the_function', async () => {
  await expectTranslation(
    `async fn worker(id: u32) {\n    println!("{}", id);\n}\n${inMain('    tokio::spawn(worker(1));')}`,
    ["spawn(() => worker(1), [], 'worker');"],
  );
});

test('join_set_spawn_of_a_function_call_names_the_task_after_the_function', async () => {
  await expectTranslation(
    `async fn worker(id: u32) -> u32 {\n    id\n}\n${inMain('    let mut set = tokio::task::JoinSet::new();\n    set.spawn(worker(1));\n    set.join_next().await;')}`,
    ["set.spawn(() => worker(1), [], 'worker');"],
  );
});

test('sender_of_an_inner_block_is_dropped_at_its_end', async () => {
  await expectTranslation(
    inMain(
      '    let (tx, mut rx) = mpsc::channel::<i32>(1);\n    {\n        let tx2 = tx.clone();\n        tx2.send(1).await.unwrap();\n    }\n    drop(tx);\n    rx.recv().await;',
    ),
    ['const tx2 = tx.clone();', 'tx2.drop();', '}', 'tx.drop();'],
  );
});

test('let_underscore_drops_the_value_at_once', async () => {
  await expectTranslation(
    inMain(
      '    let (tx, mut rx) = mpsc::channel::<i32>(1);\n    let _ = tx.clone();\n    drop(tx);\n    rx.recv().await;',
    ),
    ['rs.drop(tx.clone());'],
  );
});

test('oneshot_receiver_is_awaited_and_gives_a_result', async () => {
  await expectTranslation(
    inMain(
      '    let (tx, rx) = oneshot::channel::<i32>();\n    tx.send(3).unwrap();\n    match rx.await {\n        Ok(v) => println!("{}", v),\n        Err(e) => println!("{}", e),\n    }',
    ),
    [
      'const [tx, rx] = oneshot.channel<number>();',
      'const value1 = await rx;',
      'if (value1.isOk()) {',
      'const v = value1.value;',
      '} else {',
      'const e = value1.unwrapErr();',
    ],
  );
});

test('select_with_biased_else_and_a_precondition_is_one_runtime_select', async () => {
  await expectTranslation(
    inMain(
      '    let (_tx, mut rx) = mpsc::channel::<i32>(1);\n    let open = true;\n    tokio::select! {\n        biased;\n        Some(v) = rx.recv(), if open => println!("{}", v),\n        else => println!("none"),\n    }',
    ),
    [
      'const selected1 = await select([{ op: open ? rx.recvOp() : null, matches: (v) => v !== undefined }], { biased: true, hasElse: true });',
      'if (selected1.index === 0) {',
      'const v = selected1.value;',
      '} else {',
      'println("none");',
    ],
  );
});

test('select_on_a_sleep_uses_the_sleep_itself', async () => {
  await expectTranslation(
    inMain(
      '    let (_tx, mut rx) = mpsc::channel::<i32>(1);\n    tokio::select! {\n        v = rx.recv() => println!("{:?}", v),\n        _ = tokio::time::sleep(Duration::from_millis(10)) => println!("timeout"),\n    }',
    ),
    ['const selected1 = await select([{ op: rx.recvOp() }, { op: sleep(Duration.fromMillis(10)) }]);'],
  );
});

test('match_on_an_enum_tests_the_kind_and_binds_fields', async () => {
  await expectTranslation(
    'enum Cmd { Get { key: String }, Quit }\nfn describe(c: Cmd) -> String {\n    match c {\n        Cmd::Get { key } => key,\n        Cmd::Quit => "quit".to_string(),\n    }\n}\n',
    [
      "| { kind: 'Get'; key: string }",
      "| { kind: 'Quit' };",
      "if (c.kind === 'Get') {",
      'const key = c.key;',
      'return key;',
      '} else {',
      'return "quit";',
    ],
  );
});

test('struct_with_derive_clone_becomes_a_class_with_clone', async () => {
  await expectTranslation(
    '#[derive(Debug, Clone)]\nstruct Point { x: i32, y: i32 }\nfn main() {\n    let p = Point { x: 1, y: 2 };\n    let q = p.clone();\n    println!("{:?}", q);\n}\n',
    [
      'class Point {',
      'constructor(init: { x: number; y: number }) {',
      'clone(): Point {',
      'return new Point({ x: this.x, y: this.y });',
      'const p = new Point({ x: 1, y: 2 });',
      'const q = p.clone();',
    ],
  );
});

test('option_debug_printing_wraps_the_value', async () => {
  await expectTranslation(inMain('    let v: Option<i32> = Some(3);\n    println!("{:?}", v);'), [
    'const v: Option<number> = 3;',
    'println("{:?}", [option(v)]);',
  ]);
});

test('question_mark_returns_the_err_early', async () => {
  await expectTranslation(
    'fn parse(s: &str) -> Result<i32, std::num::ParseIntError> {\n    let n = s.parse::<i32>()?;\n    Ok(n * 2)\n}\n',
    [
      "const checked1 = rs.parseInteger(s, 'i32');",
      'if (checked1.isErr()) return checked1;',
      'const n = checked1.value;',
      'return new Ok(n * 2);',
    ],
  );
});

test('integer_division_truncates', async () => {
  await expectTranslation('fn half(n: i32) -> i32 {\n    n / 2\n}\n', ['return Math.trunc(n / 2);']);
});

test('std_thread_with_sync_channel_awaits_the_blocking_calls', async () => {
  await expectTranslation(
    'use std::sync::mpsc;\nuse std::thread;\nfn main() {\n    let (tx, rx) = mpsc::sync_channel::<i32>(0);\n    let h = thread::spawn(move || {\n        tx.send(1).unwrap();\n    });\n    println!("{:?}", rx.recv());\n    h.join().unwrap();\n}\n',
    [
      'const [tx, rx] = std.syncChannel<number>(0);',
      'const h = thread.spawn(async () => {',
      "(await tx.send(1)).unwrap('src/main.rs:6:20');",
      'println("{:?}", [(await rx.recv())]);',
    ],
  );
});

test('arc_clone_counts_and_arc_drop_counts_down', async () => {
  await expectTranslation(
    'use std::sync::Arc;\nuse tokio::sync::Mutex;\n#[tokio::main]\nasync fn main() {\n    let m = Arc::new(Mutex::new(0));\n    let m2 = Arc::clone(&m);\n    let m3 = m.clone();\n    drop(m2);\n    println!("{}", Arc::strong_count(&m3));\n}\n',
    [
      'const m = rs.arc(new Mutex(0));',
      'const m2 = rs.arcClone(m);',
      'const m3 = rs.arcClone(m);',
      'rs.arcDrop(m2);',
      'println("{}", [rs.strongCount(m3)]);',
    ],
  );
});

test('mutex_guard_temporary_is_released_at_the_end_of_the_statement', async () => {
  await expectTranslation(
    'use std::sync::Arc;\nuse tokio::sync::Mutex;\n#[tokio::main]\nasync fn main() {\n    let m = Arc::new(Mutex::new(0));\n    *m.lock().await += 1;\n}\n',
    ['const m = rs.arc(new Mutex(0));', 'const guard1 = await m.lock();', 'guard1.value += 1;', 'guard1.drop();'],
  );
});

test('a_selection_of_statements_runs_in_an_async_main', async () => {
  await expectTranslation(
    'let (tx, mut rx) = tokio::sync::mpsc::channel::<i32>(1);\ntx.send(1).await.unwrap();\nprintln!("{:?}", rx.recv().await);\n',
    ['async function main(): Promise<void> {', 'let [tx, rx] = mpsc.channel<number>(1);', 'runMain(main);'],
  );
});

test('unsupported_construct_is_marked_and_reported_with_its_range', async () => {
  const result = await translate('fn main() {\n    let x = my_macro!(a(), b());\n}\n', { language: 'rust' });
  assert.match(result.typescript, /const x = \(unsupported\('my_macro! macro', 'main\.rs:2:13'\) as any\);/);
  assert.match(result.javascript, /const x = unsupported\('my_macro! macro', 'main\.rs:2:13'\);/);
  const d = result.diagnostics.find((x) => x.code === 'unsupported');
  assert.ok(d, JSON.stringify(result.diagnostics));
  assert.deepEqual(d.range.start, { line: 1, column: 12 });
});

test('display_impl_of_an_enum_is_a_function_used_by_format_and_to_string', async () => {
  await expectTranslation(
    'use std::fmt;\nenum Level { Low, High(u8) }\nimpl fmt::Display for Level {\n    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {\n        match self {\n            Level::Low => write!(f, "low"),\n            Level::High(n) => write!(f, "high {}", n),\n        }\n    }\n}\nfn main() {\n    let l = Level::High(2);\n    println!("{}", l);\n    let s = l.to_string();\n}\n',
    [
      'function levelFmt(self: Level): string {',
      'return format("low");',
      'return format("high {}", [n]);',
      'println("{}", [levelFmt(l)]);',
      'const s = levelFmt(l);',
    ],
  );
});

test('tokio_join_runs_the_futures_at_once_and_gives_a_tuple', async () => {
  await expectTranslation(
    'async fn slow(n: u64) -> u64 { n }\n#[tokio::main]\nasync fn main() {\n    let (a, b) = tokio::join!(slow(2), async { 3 });\n    println!("{} {}", a, b);\n}\n',
    ['const [a, b] = await join(() => slow(2), async () => {', 'return 3;'],
  );
});
