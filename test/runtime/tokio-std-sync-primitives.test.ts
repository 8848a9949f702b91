// std::sync's Condvar and atomics (runtime/src/tokio/std-condvar.ts, std-atomic.ts), as the
// Rust standard library documents them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Duration, std, thread } from '../../runtime/src/tokio/index.js';
import { runTokio } from '../support/run-tokio.js';

async function outsideRuntime(main: () => Promise<void>): Promise<void> {
  const { code, stderr } = await runTokio(main, { runtime: false });
  assert.equal(code, 0, stderr);
}

test('condvar_wait_unlocks_the_mutex_and_relocks_after_notify_one', async () => {
  await outsideRuntime(async () => {
    const ready = new std.Mutex(false);
    const cvar = new std.Condvar();
    let guard = (await ready.lock()).unwrap();
    const notifier = thread.spawn(async () => {
      const g = (await ready.lock()).unwrap();
      g.value = true;
      cvar.notifyOne();
      g.drop();
    });
    while (!guard.value) guard = (await cvar.wait(guard)).unwrap();
    assert.equal(guard.value, true);
    guard.drop();
    await notifier.join();
  });
});

test('condvar_notify_all_wakes_every_waiter', async () => {
  await outsideRuntime(async () => {
    const count = new std.Mutex(0);
    const cvar = new std.Condvar();
    const waiters = [1, 2, 3].map(() =>
      thread.spawn(async () => {
        const g = (await cvar.waitWhile((await count.lock()).unwrap(), (n) => n === 0)).unwrap();
        g.drop();
      }),
    );
    await thread.sleep(Duration.fromMillis(1));
    const g = (await count.lock()).unwrap();
    g.value = 1;
    g.drop();
    cvar.notifyAll();
    for (const w of waiters) assert.equal((await w.join()).isOk(), true);
  });
});

test('condvar_wait_timeout_reports_a_timeout_without_notification', async () => {
  await outsideRuntime(async () => {
    const m = new std.Mutex(0);
    const cvar = new std.Condvar();
    const [guard, waited] = (await cvar.waitTimeout((await m.lock()).unwrap(), Duration.fromMillis(2))).unwrap();
    assert.equal(waited.timedOut(), true);
    guard.drop();
  });
});

test('atomic_fetch_add_gives_the_previous_value', () => {
  const n = new std.AtomicUsize(5);
  assert.equal(n.fetchAdd(2, 'SeqCst'), 5);
  assert.equal(n.load('SeqCst'), 7);
});

test('atomic_compare_exchange_gives_ok_previous_or_err_current', () => {
  const n = new std.AtomicI32(1);
  assert.equal(n.compareExchange(1, 2, 'SeqCst', 'Relaxed').unwrap(), 1);
  assert.equal(n.compareExchange(1, 3, 'SeqCst', 'Relaxed').unwrapErr(), 2);
});

test('atomic_fetch_update_stores_what_the_closure_gives_unless_none', () => {
  const n = new std.AtomicU64(3);
  assert.equal(n.fetchUpdate('SeqCst', 'SeqCst', (v) => v * 2).unwrap(), 3);
  assert.equal(n.fetchUpdate('SeqCst', 'SeqCst', () => undefined).unwrapErr(), 6);
});

test('atomic_u64_of_bigints_wraps_past_its_maximum_as_rust_does', () => {
  const n = std.AtomicU64.wide(2n ** 64n - 2n);
  assert.equal(n.fetchAdd(3n, 'SeqCst'), 2n ** 64n - 2n);
  assert.equal(n.load('SeqCst'), 1n);
  assert.equal(n.fetchSub(2n, 'SeqCst'), 1n);
  assert.equal(n.load('SeqCst'), 2n ** 64n - 1n);
});

test('atomic_i64_of_bigints_wraps_to_its_minimum_and_keeps_the_larger_on_fetch_max', () => {
  const n = std.AtomicI64.wide(2n ** 63n - 1n);
  assert.equal(n.fetchAdd(1n, 'SeqCst'), 2n ** 63n - 1n);
  assert.equal(n.load('SeqCst'), -(2n ** 63n));
  assert.equal(n.fetchMax(-5n, 'SeqCst'), -(2n ** 63n));
  assert.equal(n.load('SeqCst'), -5n);
});

test('atomic_bool_swap_and_fetch_or', () => {
  const flag = new std.AtomicBool(false);
  assert.equal(flag.swap(true, 'Relaxed'), false);
  assert.equal(flag.fetchAnd(false, 'Relaxed'), true);
  assert.equal(flag.fetchOr(true, 'Relaxed'), false);
  assert.equal(flag.load('Relaxed'), true);
});
