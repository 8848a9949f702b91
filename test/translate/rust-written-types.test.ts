// The types the Rust translator writes where TypeScript cannot infer what Rust knew: a value
// typed by a later use, a literal TypeScript would widen, a closure type, and never a name the
// TypeScript cannot see (another function's `T`, an internal type). The corpus programs check
// that these translations pass tsc --strict and print what cargo's do; these pin the lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectTranslation as expectGolden } from '../support/golden.js';

const expectTranslation = (rust: string, expected: string[]) => expectGolden('rust', rust, expected, 'src/main.rs');

test('a_oneshot_made_without_a_type_takes_the_type_of_what_a_task_sends', async () => {
  await expectTranslation(
    'use tokio::sync::oneshot;\n#[tokio::main]\nasync fn main() {\n    let (tx, rx) = oneshot::channel();\n    tokio::spawn(async move {\n        let n = (1..=9u32).max_by_key(|&k| k % 4).unwrap();\n        let _ = tx.send((n, n.to_string()));\n    });\n    if let Ok((n, s)) = rx.await {\n        println!("{} {}", n, s);\n    }\n}\n',
    ['const [tx, rx] = oneshot.channel<[number, string]>();'],
  );
});

test('a_cloned_sender_types_the_channel_by_its_send', async () => {
  await expectTranslation(
    'use tokio::sync::mpsc;\n#[tokio::main]\nasync fn main() {\n    let (tx, mut rx) = mpsc::unbounded_channel();\n    for (name, _n) in [("a", 1), ("b", 2)] {\n        let tx = tx.clone();\n        tokio::spawn(async move { tx.send(name).unwrap(); });\n    }\n    drop(tx);\n    while let Some(n) = rx.recv().await { println!("{}", n); }\n}\n',
    ['let [tx, rx] = mpsc.unboundedChannel<string>();'],
  );
});

test('an_empty_vec_captured_by_a_closure_is_annotated_from_its_first_push', async () => {
  await expectTranslation(
    'use std::thread;\nfn main() {\n    let mut handles = Vec::new();\n    for i in 0..3u32 {\n        handles.push(thread::spawn(move || i * 2));\n    }\n    let total: u32 = (0..1).map(|_| handles.len() as u32).sum();\n    println!("{}", total);\n}\n',
    ['const handles: thread.JoinHandle<number>[] = [];'],
  );
});

test('a_join_set_is_typed_by_what_its_tasks_give', async () => {
  await expectTranslation(
    'use tokio::task::JoinSet;\n#[tokio::main]\nasync fn main() {\n    let mut set = JoinSet::new();\n    for w in ["a", "bb"] {\n        set.spawn(async move { (w.len(), w.to_string()) });\n    }\n    while let Some(r) = set.join_next().await {\n        println!("{:?}", r.unwrap());\n    }\n}\n',
    ['const set: JoinSet<[number, string]> = new JoinSet();'],
  );
});

test('a_function_returning_impl_fn_and_a_map_of_boxed_closures_have_arrow_types', async () => {
  await expectTranslation(
    'use std::collections::BTreeMap;\nfn adder(n: i32) -> impl Fn(i32) -> i32 {\n    move |x| x + n\n}\nfn main() {\n    let mut ops: BTreeMap<&str, Box<dyn Fn(f64) -> f64>> = BTreeMap::new();\n    ops.insert("half", Box::new(|x| x / 2.0));\n    println!("{} {}", adder(1)(2), ops["half"](3.0));\n}\n',
    [
      'function adder(n: number): (arg0: number) => number {',
      'const ops: Map<string, (arg0: number) => number> = new rs.BTreeMap();',
    ],
  );
});

test('a_struct_field_of_a_type_bound_by_fn_is_that_function', async () => {
  await expectTranslation(
    'struct Lazy<F, T>\nwhere\n    F: Fn() -> T,\n{\n    make: F,\n}\nimpl<F, T> Lazy<F, T>\nwhere\n    F: Fn() -> T,\n{\n    fn get(&self) -> T {\n        (self.make)()\n    }\n}\nfn main() {\n    let l = Lazy { make: || 4 };\n    println!("{}", l.get());\n}\n',
    ['make: () => T;'],
  );
});

test('enum_and_tuple_literals_are_typed_where_typescript_would_widen_them', async () => {
  await expectTranslation(
    'use tokio::sync::watch;\n#[derive(Debug, Clone, Copy, PartialEq)]\nenum Phase { Idle, Busy(u8) }\nfn next(p: Phase, n: u8) -> Result<Phase, (Phase, String)> {\n    match (p, n) {\n        (Phase::Idle, n) if n > 0 => Ok(Phase::Busy(n)),\n        (other, _) => Err((other, "stuck".to_string())),\n    }\n}\n#[tokio::main]\nasync fn main() {\n    let (tx, rx) = watch::channel(Phase::Idle);\n    tx.send(next(Phase::Idle, 2).unwrap()).unwrap();\n    let pairs: Vec<(u8, &str)> = ["x"].iter().map(|s| (1, *s)).collect();\n    println!("{:?} {:?}", *rx.borrow(), pairs);\n}\n',
    [
      'const value1: [Phase, number] = [p, n];',
      "const [tx, rx] = watch.channel<Phase>({ kind: 'Idle' });",
      'const pairs: [number, string][] = ["x"].map((s): [number, string] => [1, s]);',
    ],
  );
});

test('a_type_naming_another_functions_type_parameter_is_not_written', async () => {
  const typescript = await expectTranslation(
    'use tokio::sync::mpsc;\nstruct Sink<T> { rx: mpsc::Receiver<T> }\nimpl<T: std::fmt::Debug> Sink<T> {\n    fn new(rx: mpsc::Receiver<T>) -> Self { Sink { rx } }\n    async fn run(mut self) { while let Some(v) = self.rx.recv().await { println!("{:?}", v); } }\n}\n#[tokio::main]\nasync fn main() {\n    let (tx, rx) = mpsc::channel(1);\n    let h = tokio::spawn(Sink::new(rx).run());\n    tx.send(5u8).await.unwrap();\n    drop(tx);\n    h.await.unwrap();\n}\n',
    ['const [tx, rx] = mpsc.channel<number>(1);'],
  );
  assert.doesNotMatch(typescript, /channel<T>/);
});
