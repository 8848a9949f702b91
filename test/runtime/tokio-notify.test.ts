// tokio::sync::Notify (runtime/src/tokio/notify.ts). Behaviours from Tokio 1.24.2's
// src/sync/notify.rs documentation and tests/sync_notify.rs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Duration, Notify, select, sleep, spawn, yieldNow } from '../../runtime/src/tokio/index.js';
import { runTokio } from '../support/run-tokio.js';

async function inTokio(main: () => Promise<void>): Promise<void> {
  const { code, stderr } = await runTokio(main, { flavor: 'current_thread' });
  assert.equal(code, 0, stderr);
}

test('notify_one_before_notified_stores_a_permit', async () => {
  await inTokio(async () => {
    const notify = new Notify();
    notify.notifyOne();
    await notify.notified();
  });
});

test('notify_one_stores_at_most_one_permit', async () => {
  await inTokio(async () => {
    const notify = new Notify();
    notify.notifyOne();
    notify.notifyOne();
    await notify.notified();
    const second = notify.notified();
    const won = await select([{ op: second }, { op: sleep(Duration.fromMillis(1)) }], { biased: true });
    assert.equal(won.index, 1);
  });
});

test('notify_one_wakes_one_waiter_in_fifo_order', async () => {
  await inTokio(async () => {
    const notify = new Notify();
    const woken: string[] = [];
    const waiters = ['a', 'b', 'c'].map((name) =>
      spawn(async () => {
        await notify.notified();
        woken.push(name);
      }),
    );
    await yieldNow();
    notify.notifyOne();
    await yieldNow();
    assert.deepEqual(woken, ['a']);
    notify.notifyOne();
    notify.notifyOne();
    for (const w of waiters) await w;
    assert.deepEqual(woken, ['a', 'b', 'c']);
  });
});

test('notify_waiters_wakes_every_waiter_and_stores_no_permit', async () => {
  await inTokio(async () => {
    const notify = new Notify();
    let woken = 0;
    const waiters = [1, 2, 3].map(() =>
      spawn(async () => {
        await notify.notified();
        woken++;
      }),
    );
    await yieldNow();
    notify.notifyWaiters();
    for (const w of waiters) await w;
    assert.equal(woken, 3);
    const later = await select([{ op: notify.notified() }, { op: sleep(Duration.fromMillis(1)) }], { biased: true });
    assert.equal(later.index, 1);
  });
});

test('notify_waiters_completes_a_notified_created_before_it_even_if_never_polled', async () => {
  await inTokio(async () => {
    const notify = new Notify();
    const before = notify.notified();
    notify.notifyWaiters();
    const after = notify.notified();
    await before;
    const won = await select([{ op: after }, { op: sleep(Duration.fromMillis(1)) }], { biased: true });
    assert.equal(won.index, 1);
  });
});

test('enable_registers_a_notified_so_notify_one_reaches_it', async () => {
  await inTokio(async () => {
    const notify = new Notify();
    const first = notify.notified();
    assert.equal(first.enable(), false);
    const second = notify.notified();
    second.enable();
    notify.notifyOne();
    // The permit went to the first registered future, not to a store.
    await first;
    const won = await select([{ op: second }, { op: sleep(Duration.fromMillis(1)) }], { biased: true });
    assert.equal(won.index, 1);
  });
});

test('a_dropped_notified_hands_its_notify_one_to_the_next_waiter', async () => {
  await inTokio(async () => {
    const notify = new Notify();
    const first = spawn(async () => {
      await notify.notified();
    });
    const second = spawn(async () => {
      await notify.notified();
    });
    await yieldNow();
    notify.notifyOne();
    first.abort();
    assert.equal((await first).isErr(), true);
    await second;
  });
});
