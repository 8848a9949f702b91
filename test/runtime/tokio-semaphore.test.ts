// tokio::sync::Semaphore (runtime/src/tokio/semaphore.ts). Behaviours from Tokio 1.24.2's
// src/sync/semaphore.rs documentation, src/sync/batch_semaphore.rs and tests/sync_semaphore.rs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Duration,
  format,
  Semaphore,
  spawn,
  timeout,
  TryAcquireError,
  yieldNow,
} from '../../runtime/src/tokio/index.js';
import { runTokio } from '../support/run-tokio.js';

async function inTokio(main: () => Promise<void>): Promise<void> {
  const { code, stderr } = await runTokio(main, { flavor: 'current_thread' });
  assert.equal(code, 0, stderr);
}

test('semaphore_acquire_takes_a_permit_and_drop_gives_it_back', async () => {
  await inTokio(async () => {
    const s = new Semaphore(2);
    const permit = (await s.acquire()).unwrap();
    assert.equal(s.availablePermits(), 1);
    permit.drop();
    permit.drop();
    assert.equal(s.availablePermits(), 2);
  });
});

test('semaphore_try_acquire_without_permits_gives_no_permits', async () => {
  await inTokio(async () => {
    const s = new Semaphore(1);
    const held = s.tryAcquire().unwrap();
    assert.equal(s.tryAcquire().unwrapErr(), TryAcquireError.NoPermits);
    assert.equal(format('{:?}', [s.tryAcquire().unwrapErr()]), 'NoPermits');
    held.drop();
    assert.equal(s.tryAcquire().isOk(), true);
  });
});

test('semaphore_forget_keeps_the_permits_from_the_semaphore', async () => {
  await inTokio(async () => {
    const s = new Semaphore(3);
    s.tryAcquireMany(2).unwrap().forget();
    assert.equal(s.availablePermits(), 1);
  });
});

test('semaphore_acquire_waits_until_a_permit_is_released', async () => {
  await inTokio(async () => {
    const s = new Semaphore(1);
    const held = (await s.acquire()).unwrap();
    const waiting = spawn(async () => (await s.acquire()).unwrap().drop());
    await yieldNow();
    assert.equal(waiting.isFinished(), false);
    held.drop();
    assert.equal((await waiting).isOk(), true);
  });
});

test('semaphore_serves_a_large_acquire_before_later_small_ones', async () => {
  await inTokio(async () => {
    const s = new Semaphore(0);
    const order: string[] = [];
    const big = spawn(async () => {
      (await s.acquireMany(3)).unwrap().drop();
      order.push('big');
    });
    await yieldNow();
    const small = spawn(async () => {
      (await s.acquire()).unwrap();
      order.push('small');
    });
    await yieldNow();
    s.addPermits(2);
    await yieldNow();
    // The two permits went to the queue's head: none is free for the small acquire.
    assert.equal(s.availablePermits(), 0);
    assert.deepEqual(order, []);
    s.addPermits(1);
    await big;
    await small;
    assert.deepEqual(order, ['big', 'small']);
  });
});

test('semaphore_acquire_fails_after_close', async () => {
  await inTokio(async () => {
    const s = new Semaphore(0);
    const waiting = spawn(async () => (await s.acquire()).isErr());
    await yieldNow();
    s.close();
    assert.equal((await waiting).unwrap(), true);
    assert.equal(s.isClosed(), true);
    assert.equal((await s.acquire()).isErr(), true);
    assert.equal(s.tryAcquire().unwrapErr(), TryAcquireError.Closed);
    assert.equal(format('{:?}', [(await s.acquire()).unwrapErr()]), 'AcquireError(())');
  });
});

test('semaphore_abandoned_acquire_gives_back_its_assigned_permits', async () => {
  await inTokio(async () => {
    const s = new Semaphore(1);
    const outcome = await timeout(Duration.fromMillis(1), () => s.acquireMany(2));
    assert.equal(outcome.isErr(), true);
    await yieldNow();
    assert.equal(s.availablePermits(), 1);
  });
});
