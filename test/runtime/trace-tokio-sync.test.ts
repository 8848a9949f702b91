// What a trace records of Tokio's Mutex, RwLock, Semaphore and Notify (`sync` events,
// docs/trace-format.md, version 2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TraceEvent } from '../../runtime/src/core/trace.js';
import {
  Barrier,
  BarrierWaitResult,
  Mutex,
  Notify,
  RwLock,
  Semaphore,
  spawn,
  StdMutex,
  yieldNow,
} from '../../runtime/src/tokio/index.js';
import { traceProblems } from '../support/trace-checks.js';
import { ofKind, tracedTokio } from '../support/traced-tokio.js';

/** Each sync event as "TASK OP" (with its delta when it has one). */
function syncSteps(events: readonly TraceEvent[]): string[] {
  return ofKind(events, 'sync').map((e) => `${e.task} ${e.op}${e.delta === undefined ? '' : ` ${e.delta}`}`);
}

test('tokio_mutex_records_lock_when_taken_and_unlock_when_released', async () => {
  const { events } = await tracedTokio(async () => {
    const mutex = new Mutex(0);
    const guard = await mutex.lock();
    const other = spawn(async () => (await mutex.lock()).drop());
    await yieldNow();
    guard.drop();
    await other;
  });
  assert.deepEqual(traceProblems(events), []);
  assert.deepEqual(syncSteps(events), ['0 lock', '0 unlock', '1 lock', '1 unlock']);
  const waiter = events.filter((e) => e.task === 1 && ['block', 'wake', 'sync'].includes(e.kind));
  assert.deepEqual(
    waiter.map((e) => (e.kind === 'block' ? `block ${e.reason}` : e.kind)),
    ['block mutex lock', 'wake', 'sync', 'sync'],
  );
  assert.equal(new Set(ofKind(events, 'sync').map((e) => e.object)).size, 1);
});

test('std_mutex_try_lock_records_lock_and_a_failed_try_records_nothing', async () => {
  const { events } = await tracedTokio(() => {
    const mutex = new StdMutex('x');
    const guard = mutex.tryLock().unwrap();
    assert.ok(mutex.tryLock().isErr());
    guard.drop();
  });
  assert.deepEqual(syncSteps(events), ['0 lock', '0 unlock']);
  assert.match(ofKind(events, 'sync')[0]!.on, /std Mutex/);
});

test('rwlock_records_rlock_and_lock_and_their_releases', async () => {
  const { events } = await tracedTokio(async () => {
    const lock = new RwLock(1);
    const reader = await lock.read();
    reader.drop();
    const writer = await lock.write();
    writer.drop();
  });
  assert.deepEqual(syncSteps(events), ['0 rlock', '0 runlock', '0 lock', '0 unlock']);
});

test('rwlock_downgrade_records_unlock_then_rlock', async () => {
  const { events } = await tracedTokio(async () => {
    const lock = new RwLock(1);
    const reader = (await lock.write()).downgrade();
    reader.drop();
  });
  assert.deepEqual(syncSteps(events), ['0 lock', '0 unlock', '0 rlock', '0 runlock']);
});

test('semaphore_records_acquire_and_release_with_permit_counts', async () => {
  const { events } = await tracedTokio(async () => {
    const semaphore = new Semaphore(3);
    const two = (await semaphore.acquireMany(2)).unwrap();
    const one = semaphore.tryAcquire().unwrap();
    assert.ok(semaphore.tryAcquire().isErr());
    two.drop();
    one.forget();
    semaphore.addPermits(4);
  });
  assert.deepEqual(syncSteps(events), ['0 acquire 2', '0 acquire 1', '0 release 2', '0 release 4']);
});

test('semaphore_waiter_records_acquire_after_it_was_woken', async () => {
  const { events } = await tracedTokio(async () => {
    const semaphore = new Semaphore(1);
    const permit = (await semaphore.acquire()).unwrap();
    const other = spawn(async () => (await semaphore.acquire()).unwrap().drop());
    await yieldNow();
    permit.drop();
    await other;
  });
  const waiter = events.filter((e) => e.task === 1 && ['block', 'wake', 'sync'].includes(e.kind));
  assert.deepEqual(
    waiter.map((e) => (e.kind === 'sync' ? e.op : e.kind)),
    ['block', 'wake', 'acquire', 'release'],
  );
});

test('notify_one_records_the_notify_and_the_waiter_notified', async () => {
  const { events } = await tracedTokio(async () => {
    const notify = new Notify();
    const waiter = spawn(async () => {
      await notify.notified();
    });
    await yieldNow();
    notify.notifyOne();
    await waiter;
  });
  assert.deepEqual(traceProblems(events), []);
  assert.deepEqual(syncSteps(events), ['0 notify-one', '1 notified']);
});

test('notify_waiters_records_one_notify_and_a_notified_per_waiter', async () => {
  const { events } = await tracedTokio(async () => {
    const notify = new Notify();
    const waiters = [1, 2].map(() =>
      spawn(async () => {
        await notify.notified();
      }),
    );
    await yieldNow();
    notify.notifyWaiters();
    for (const waiter of waiters) await waiter;
  });
  assert.deepEqual(syncSteps(events), ['0 notify-waiters', '1 notified', '2 notified']);
});

test('notify_permit_stored_by_notify_one_records_notified_without_a_wait', async () => {
  const { events } = await tracedTokio(async () => {
    const notify = new Notify();
    notify.notifyOne();
    await notify.notified();
  });
  assert.deepEqual(syncSteps(events), ['0 notify-one', '0 notified']);
  assert.equal(ofKind(events, 'block').length, 0);
});

test('semaphore_events_describe_the_permits_free_after_them', async () => {
  const { events } = await tracedTokio(async () => {
    const semaphore = new Semaphore(3);
    const permit = (await semaphore.acquireMany(2)).unwrap();
    permit.drop();
  });
  assert.deepEqual(
    ofKind(events, 'sync').map((e) => e.on),
    ['a Semaphore (1 permit free)', 'a Semaphore (3 permits free)'],
  );
});

test('barrier_records_each_arrival_and_the_last_arrival_wakes_the_others', async () => {
  const { events } = await tracedTokio(async () => {
    const barrier = new Barrier(3);
    const waiters = [1, 2].map(() => spawn(async () => void (await barrier.wait())));
    await yieldNow();
    assert.ok(barrier.wait() instanceof BarrierWaitResult, 'the last arrival does not wait');
    for (const waiter of waiters) await waiter;
  });
  assert.deepEqual(traceProblems(events), []);
  assert.deepEqual(syncSteps(events), ['1 arrive', '2 arrive', '0 arrive']);
  assert.deepEqual(
    ofKind(events, 'sync').map((e) => e.on),
    ['a Barrier (1 of 3 arrived)', 'a Barrier (2 of 3 arrived)', 'a Barrier (3 of 3 arrived)'],
  );
  assert.deepEqual(
    ofKind(events, 'wake')
      .filter((e) => e.task !== 0)
      .map((e) => `${e.task} by ${e.by}`),
    ['1 by 0', '2 by 0'],
  );
});
