// tokio::sync::RwLock's `RwLockWriteGuard::downgrade` and `RwLock::with_max_readers`
// (runtime/src/tokio/rwlock.ts), as Tokio 1.24.2's src/sync/rwlock.rs and write_guard.rs do them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RwLock, spawn, yieldNow } from '../../runtime/src/tokio/index.js';
import { runTokio } from '../support/run-tokio.js';

async function inTokio(main: () => Promise<void>): Promise<void> {
  const { code, stderr } = await runTokio(main);
  assert.equal(code, 0, stderr);
}

test('downgrade_keeps_the_written_value_and_lets_other_readers_in', async () => {
  await inTokio(async () => {
    const lock = new RwLock(5);
    const w = await lock.write();
    w.value += 1;
    assert.equal(lock.tryRead().isErr(), true);
    const r = w.downgrade();
    assert.equal(r.value, 6);
    const other = lock.tryRead();
    assert.equal(other.isOk(), true);
    assert.equal(lock.tryWrite().isErr(), true);
    other.unwrap().drop();
    r.drop();
    assert.equal(lock.tryWrite().isOk(), true);
  });
});

test('downgrade_wakes_a_waiting_reader', async () => {
  await inTokio(async () => {
    const lock = new RwLock('v1');
    const w = await lock.write();
    const reader = spawn(async () => {
      const r = await lock.read();
      const seen = r.value;
      r.drop();
      return seen;
    });
    await yieldNow();
    w.value = 'v2';
    const r = w.downgrade();
    assert.equal((await reader).unwrap(), 'v2');
    r.drop();
  });
});

test('dropping_the_write_guard_after_downgrade_releases_nothing_more', async () => {
  await inTokio(async () => {
    const lock = new RwLock(0);
    const w = await lock.write();
    const r = w.downgrade();
    w.drop();
    assert.equal(lock.tryWrite().isErr(), true);
    r.drop();
    assert.equal(lock.tryWrite().isOk(), true);
  });
});

test('with_max_readers_allows_that_many_readers_at_once', async () => {
  await inTokio(async () => {
    const lock = RwLock.withMaxReaders(7, 2);
    const a = lock.tryRead().unwrap();
    const b = lock.tryRead().unwrap();
    assert.equal(lock.tryRead().isErr(), true);
    a.drop();
    assert.equal(lock.tryRead().isOk(), true);
    b.drop();
  });
});

test('with_max_readers_writer_waits_for_every_reader', async () => {
  await inTokio(async () => {
    const lock = RwLock.withMaxReaders(1, 3);
    const r = lock.tryRead().unwrap();
    assert.equal(lock.tryWrite().isErr(), true);
    r.drop();
    const w = lock.tryWrite().unwrap();
    assert.equal(lock.tryRead().isErr(), true);
    w.drop();
  });
});

test('with_max_readers_past_tokio_limit_panics', async () => {
  const { code, stderr } = await runTokio(async () => {
    RwLock.withMaxReaders(0, 536870912);
  });
  assert.equal(code, 101);
  assert.match(stderr, /a RwLock may not be created with more than 536870911 readers/);
});
