// std::sync::Mutex poisoning (runtime/src/tokio/std-poison.ts, sync.ts), as std documents it:
// a thread that panics while it holds a guard poisons the mutex; `lock()` then gives
// Err(PoisonError) with the guard inside, and `into_inner()` with the value.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { format, panic, std, thread } from '../../runtime/src/tokio/index.js';
import { runTokio } from '../support/run-tokio.js';

async function outsideRuntime(main: () => Promise<void>): Promise<void> {
  const { code, stderr } = await runTokio(main, { runtime: false });
  assert.equal(code, 0, stderr);
}

/** A thread that locks `m`, pushes 4, and panics with the guard still held. */
async function panicWhileHolding(m: std.Mutex<number[]>): Promise<void> {
  const joined = await thread
    .spawn(async () => {
      const guard = (await m.lock()).unwrap();
      guard.value.push(4);
      panic('worker failed');
    })
    .join();
  assert.equal(joined.isErr(), true);
}

test('lock_after_a_panic_while_held_is_poisoned', async () => {
  await outsideRuntime(async () => {
    const m = new std.Mutex([1, 2, 3]);
    assert.equal(m.isPoisoned(), false);
    await panicWhileHolding(m);
    assert.equal(m.isPoisoned(), true);
    const locked = await m.lock();
    assert.equal(locked.isErr(), true);
  });
});

test('poison_error_into_inner_gives_the_guard_with_what_the_thread_wrote', async () => {
  await outsideRuntime(async () => {
    const m = new std.Mutex([1, 2, 3]);
    await panicWhileHolding(m);
    const locked = await m.lock();
    assert.ok(locked.isErr());
    const guard = locked.error.intoInner();
    assert.deepEqual(guard.value, [1, 2, 3, 4]);
    guard.drop();
  });
});

test('a_poisoned_mutex_is_unlocked_for_the_next_locker', async () => {
  await outsideRuntime(async () => {
    const m = new std.Mutex([0]);
    await panicWhileHolding(m);
    // The panicking thread's guard was dropped by its unwinding: a second thread gets in.
    const second = await thread
      .spawn(async () => {
        const locked = await m.lock();
        const guard = locked.isErr() ? locked.error.intoInner() : locked.value;
        guard.value.push(5);
        guard.drop();
      })
      .join();
    assert.equal(second.isOk(), true);
    assert.deepEqual(m.intoInner().unwrapErr().intoInner(), [0, 4, 5]);
  });
});

test('clear_poison_makes_lock_ok_again', async () => {
  await outsideRuntime(async () => {
    const m = new std.Mutex([1]);
    await panicWhileHolding(m);
    m.clearPoison();
    assert.equal(m.isPoisoned(), false);
    const locked = await m.lock();
    assert.equal(locked.isOk(), true);
  });
});

test('a_panic_after_the_guard_is_dropped_does_not_poison', async () => {
  await outsideRuntime(async () => {
    const m = new std.Mutex(0);
    await thread
      .spawn(async () => {
        const guard = (await m.lock()).unwrap();
        guard.value += 1;
        guard.drop();
        panic('after unlocking');
      })
      .join();
    assert.equal(m.isPoisoned(), false);
    assert.equal((await m.lock()).unwrap().value, 1);
  });
});

test('poison_error_prints_as_std_prints_it', async () => {
  await outsideRuntime(async () => {
    const m = new std.Mutex([1]);
    await panicWhileHolding(m);
    const locked = await m.lock();
    assert.ok(locked.isErr());
    assert.equal(format('{:?}', [locked.error]), 'PoisonError { .. }');
    assert.equal(format('{}', [locked.error]), 'poisoned lock: another task failed inside');
    locked.error.intoInner().drop();
  });
});
