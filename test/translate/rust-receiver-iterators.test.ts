// A std receiver's `iter()`/`try_iter()` wait for their values: adapters on them stay lazy, and a
// consumer awaits the values it needs (server/translate/rust/methods/waited-iters.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translate } from '../../server/translate/index.js';

async function translated(body: string) {
  const rust = `use std::sync::mpsc;\nfn main() {\n    let (tx, rx) = mpsc::channel::<i32>();\n    tx.send(1).unwrap();\n${body}\n}\n`;
  return translate(rust, { language: 'rust', fileName: 'src/main.rs' });
}

test('for_over_a_receivers_iter_take_stops_without_waiting_for_more', async () => {
  const { typescript } = await translated(`    for x in rx.iter().take(3) { println!("{}", x); }`);
  assert.match(typescript, /for await \(const x of rs\.takeValues\(rx\.iter\(\), 3\)\)/);
});

test('adapters_on_a_receivers_iter_are_lazy_and_the_sum_awaits_them', async () => {
  const { typescript } = await translated(
    `    let s: i32 = rx.iter().enumerate().map(|(i, x)| x * i as i32).filter(|x| *x > 0).sum();\n    println!("{}", s);`,
  );
  assert.match(
    typescript,
    /\(await rs\.collectAsync\(rs\.filterValues\(rs\.mapValues\(rs\.enumerateValues\(rx\.iter\(\)\), .*\)\)\)\.reduce\(\(a, b\) => a \+ b, 0\)/,
  );
});

test('try_iter_takes_the_values_already_sent_and_collects_them', async () => {
  const { typescript } = await translated(
    `    let now: Vec<i32> = rx.try_iter().collect();\n    println!("{:?}", now);`,
  );
  assert.match(typescript, /const now: number\[\] = \(await rs\.collectAsync\(rx\.tryIter\(\)\)\);/);
});

test('next_on_a_receivers_iter_receives_one_value', async () => {
  const { typescript } = await translated(`    println!("{:?}", rx.iter().next());`);
  assert.match(typescript, /\(await rs\.nextAsync\(rx\.iter\(\)\)\)/);
});

test('a_consumer_that_stops_early_on_a_receivers_iter_is_reported_by_name', async () => {
  const { typescript, diagnostics } = await translated(`    println!("{}", rx.iter().any(|x| x > 3));`);
  assert.ok(diagnostics.some((d) => /any of a receiver's iterator/.test(d.message)));
  assert.doesNotMatch(typescript, /collectAsync/);
});
