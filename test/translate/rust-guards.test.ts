// Lock guards in the Rust translation: where a guard unlocks (a temporary at the end of its
// statement; a moved guard where its new owner drops it) and `MutexGuard::map`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translate, type Translation } from '../../server/translate/index.js';

function translated(body: string, items = ''): Promise<Translation> {
  const rust = `use tokio::sync::{MappedMutexGuard, Mutex, MutexGuard};
${items}
#[tokio::main]
async fn main() {
${body}
}
`;
  return translate(rust, { language: 'rust', fileName: 'src/main.rs' });
}

/** The lines of main's body, trimmed. */
async function mainLines(body: string, items = ''): Promise<string[]> {
  const ts = (await translated(body, items)).typescript;
  const start = ts.indexOf('async function main');
  return ts
    .slice(start, ts.indexOf('\n}\n', start))
    .split('\n')
    .slice(1)
    .map((l) => l.trim());
}

test('mutex_guard_map_gives_accessors_of_the_closures_place', async () => {
  const lines = await mainLines(`    let m = Mutex::new((1, 2));
    {
        let mut first = MutexGuard::map(m.lock().await, |pair| &mut pair.0);
        *first += 1;
    }`);
  assert.deepEqual(lines.slice(1, 6), [
    '{',
    'const first = MutexGuard.map(await m.lock(), (pair) => pair[0], (pair, part1) => { pair[0] = part1; });',
    'first.value += 1;',
    'first.drop();',
    '}',
  ]);
});

test('mapped_mutex_guard_map_narrows_again_under_the_same_lock', async () => {
  const lines = await mainLines(
    `    let m = Mutex::new(Outer { inner: Inner { n: 1 } });
    {
        let inner = MutexGuard::map(m.lock().await, |o| &mut o.inner);
        let n = MappedMutexGuard::map(inner, |i| &mut i.n);
        println!("{}", *n);
    }`,
    'struct Inner { n: u32 }\nstruct Outer { inner: Inner }',
  );
  assert.ok(lines.includes('const n = MappedMutexGuard.map(inner, (i) => i.n, (i, part2) => { i.n = part2; });'));
  // `inner` was moved into `n`: only `n` unlocks.
  assert.ok(lines.includes('n.drop();'));
  assert.ok(!lines.includes('inner.drop();'));
});

test('guard_passed_to_a_function_is_moved_not_unlocked_after_the_statement', async () => {
  const lines = await mainLines(
    `    let m = Mutex::new(0);
    {
        let held = keep(m.lock().await);
        println!("{}", *held);
    }`,
    "fn keep(g: MutexGuard<'_, i32>) -> MutexGuard<'_, i32> { g }",
  );
  assert.deepEqual(lines.slice(1, 6), [
    '{',
    'const held = keep(await m.lock());',
    'println("{}", [held.value]);',
    'held.drop();',
    '}',
  ]);
});

test('guard_assigned_to_a_variable_is_not_unlocked_after_the_statement', async () => {
  const lines = await mainLines(`    let a = Mutex::new(0);
    let mut g = a.lock().await;
    *g += 1;
    drop(g);
    g = a.lock().await;
    println!("{}", *g);`);
  const assigned = lines.indexOf('g = await a.lock();');
  assert.ok(assigned > 0, lines.join('\n'));
  assert.equal(lines[assigned + 1], 'println("{}", [g.value]);');
});

test('guard_in_format_arguments_is_a_temporary', async () => {
  const lines = await mainLines(`    let m = Mutex::new(3);
    println!("{}", m.lock().await);`);
  assert.deepEqual(lines.slice(1), ['const guard1 = await m.lock();', 'println("{}", [guard1]);', 'guard1.drop();']);
});

test('mutex_guard_try_map_is_reported_by_name', async () => {
  const result = await translated(`    let m = Mutex::new(vec![1]);
    let r = MutexGuard::try_map(m.lock().await, |v| v.get_mut(0));
    println!("{}", r.is_ok());`);
  const unsupported = result.diagnostics.filter((d) => d.code === 'unsupported').map((d) => d.message);
  assert.deepEqual(unsupported, ['chan2ts cannot translate this yet: call of MutexGuard::try_map']);
});

test('condvar_wait_while_gives_a_guard_that_unlocks_at_the_end_of_its_scope', async () => {
  const ts = (
    await translate(
      `use std::sync::{Condvar, Mutex};
fn main() {
    let lock = Mutex::new(1);
    let cvar = Condvar::new();
    {
        let ready = cvar.wait_while(lock.lock().unwrap(), |n| *n == 0).unwrap();
        println!("{}", *ready);
    }
    println!("{}", *lock.lock().unwrap());
}
`,
      { language: 'rust', fileName: 'src/main.rs' },
    )
  ).typescript;
  const lines = ts.split('\n').map((l) => l.trim());
  const printed = lines.indexOf('println("{}", [ready.value]);');
  assert.ok(printed > 0, ts);
  assert.equal(lines[printed + 1], 'ready.drop();');
});
