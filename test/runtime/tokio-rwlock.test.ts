// tokio::sync::RwLock and std::sync::RwLock (runtime/src/tokio/rwlock.ts). Behaviours from
// Tokio 1.24.2's src/sync/rwlock.rs documentation and tests/sync_rwlock.rs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { format, RwLock, spawn, std, TryLockError, yieldNow } from '../../runtime/src/tokio/index.js';
import { runTokio } from '../support/run-tokio.js';

async function inTokio(main: () => Promise<void>): Promise<void> {
  const { code, stderr } = await runTokio(main, { flavor: 'current_thread' });
  assert.equal(code, 0, stderr);
}

test('rwlock_many_readers_hold_it_at_once', async () => {
  await inTokio(async () => {
    const lock = new RwLock(5);
    const a = await lock.read();
    const b = await lock.read();
    assert.equal(a.value + b.value, 10);
    assert.equal(lock.tryWrite().unwrapErr(), TryLockError.WouldBlock);
  });
});

test('rwlock_writer_excludes_readers_until_dropped', async () => {
  await inTokio(async () => {
    const lock = new RwLock(1);
    const w = await lock.write();
    w.value = 2;
    assert.equal(lock.tryRead().isErr(), true);
    w.drop();
    assert.equal(lock.tryRead().unwrap().value, 2);
  });
});

test('rwlock_waiting_writer_holds_back_later_readers', async () => {
  await inTokio(async () => {
    const lock = new RwLock(0);
    const reader = await lock.read();
    const order: string[] = [];
    const writer = spawn(async () => {
      const w = await lock.write();
      order.push('writer');
      w.drop();
    });
    await yieldNow();
    const lateReader = spawn(async () => {
      (await lock.read()).drop();
      order.push('reader');
    });
    await yieldNow();
    assert.equal(lock.tryRead().isErr(), true);
    reader.drop();
    await writer;
    await lateReader;
    assert.deepEqual(order, ['writer', 'reader']);
  });
});

test('rwlock_debug_shows_the_value_or_locked', async () => {
  await inTokio(async () => {
    const lock = new RwLock(7);
    assert.equal(format('{:?}', [lock]), 'RwLock { data: 7 }');
    const w = await lock.write();
    assert.equal(format('{:?}', [lock]), 'RwLock { data: <locked> }');
    w.drop();
  });
});

test('std_rwlock_read_and_write_give_ok_guards', async () => {
  await inTokio(async () => {
    const lock = new std.RwLock<number[]>([1]);
    const w = (await lock.write()).unwrap();
    w.value.push(2);
    w.drop();
    const r = (await lock.read()).unwrap();
    assert.deepEqual(r.value, [1, 2]);
    assert.equal(lock.tryWrite().isErr(), true);
    r.drop();
    assert.equal(lock.tryWrite().isOk(), true);
  });
});
