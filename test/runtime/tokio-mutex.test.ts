// tokio::sync::Mutex and std::sync::Mutex (runtime/src/tokio/sync.ts). Behaviours from Tokio
// 1.24.2's src/sync/mutex.rs and tests/sync_mutex.rs; std's Debug as rustc 1.95 prints it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Duration,
  format,
  MappedMutexGuard,
  Mutex,
  MutexGuard,
  select,
  sleep,
  spawn,
  std,
  timeout,
  TryLockError,
  yieldNow,
} from '../../runtime/src/tokio/index.js';
import { runTokio } from '../support/run-tokio.js';

const ms = (n: number) => Duration.fromMillis(n);

/** Runs `main` as a Tokio program and fails the test with its output unless it ended well. */
async function inTokio(main: () => Promise<void>): Promise<void> {
  const { code, stderr } = await runTokio(main);
  assert.equal(code, 0, stderr);
}

test('a guard reads and writes the value, and the next lock sees the write', async () => {
  await inTokio(async () => {
    const m = new Mutex(100);
    const g = await m.lock();
    assert.equal(g.value, 100);
    g.value = 99;
    g.drop();
    const again = await m.lock();
    assert.equal(again.value, 99);
  });
});

test('lock waits while the mutex is held and is woken when the guard is dropped', async () => {
  await inTokio(async () => {
    const m = new Mutex(0);
    const held = await m.lock();
    const waiting = spawn(async () => {
      const g = await m.lock();
      g.value += 1;
      g.drop();
    });
    await sleep(ms(2));
    assert.equal(waiting.isFinished(), false);
    held.drop();
    await waiting;
    assert.equal((await m.lock()).value, 1);
  });
});

test('tokio mutex serves lockers in order', async () => {
  await inTokio(async () => {
    const m = new Mutex<string[]>([]);
    const held = await m.lock();
    const lockers = ['a', 'b', 'c'].map((name) =>
      spawn(async () => {
        const g = await m.lock();
        g.value.push(name);
        g.drop();
      }),
    );
    await yieldNow();
    held.drop();
    // locking again at once does not jump the queue
    const again = await m.lock();
    again.value.push('main');
    again.drop();
    for (const l of lockers) await l;
    assert.deepEqual((await m.lock()).value, ['a', 'b', 'c', 'main']);
  });
});

test('a guard disposed by using unlocks at the end of the block', async () => {
  await inTokio(async () => {
    const m = new Mutex(0);
    {
      using g = await m.lock();
      g.value = 1;
    }
    assert.ok(m.tryLock().isOk());
  });
});

test('dropping a guard twice unlocks once', async () => {
  await inTokio(async () => {
    const m = new Mutex(0);
    const g = await m.lock();
    g.drop();
    const second = await m.lock();
    g.drop();
    assert.equal(m.tryLock().unwrapErr(), TryLockError.WouldBlock);
    second.drop();
  });
});

test('try_lock fails while locked and succeeds once unlocked', () => {
  const m = new Mutex(0);
  const g = m.tryLock().unwrap();
  assert.ok(m.tryLock().isErr());
  g.drop();
  assert.ok(m.tryLock().isOk());
});

test('a locker cancelled while waiting does not keep the mutex', async () => {
  await inTokio(async () => {
    const m = new Mutex(0);
    const held = await m.lock();
    const timedOut = await timeout(ms(1), async () => {
      (await m.lock()).drop();
    });
    assert.ok(timedOut.isErr());
    held.drop();
    const relocked = await timeout(ms(50), async () => {
      (await m.lock()).drop();
    });
    assert.ok(relocked.isOk());
  });
});

test('a lock branch that loses a select hands the free mutex to the next locker', async () => {
  await inTokio(async () => {
    const m = new Mutex(0);
    const held = await m.lock();
    const [tx, rx] = std.channel<string>();
    const selecting = spawn(async () => {
      const winner = await select([{ op: rx }, { op: m.lockOp() }], { biased: true });
      return winner.index;
    });
    await yieldNow();
    const next = spawn(async () => {
      (await m.lock()).drop();
    });
    await yieldNow();
    // both wake-ups at once: the select takes the message, its lock branch is abandoned
    tx.send('first');
    held.drop();
    assert.equal((await selecting).unwrap(), 0);
    assert.ok((await timeout(ms(50), next)).isOk());
  });
});

test('tokio mutex Debug shows the value, or <locked>', async () => {
  await inTokio(async () => {
    const m = new Mutex('data');
    assert.equal(format('{:?}', [m]), 'Mutex { data: "data" }');
    const g = await m.lock();
    assert.equal(format('{:?}', [m]), 'Mutex { data: <locked> }');
    assert.equal(format('{:?} {}', [g, g]), '"data" data');
  });
});

test('TryLockError prints as Tokio prints it', () => {
  const e = TryLockError.WouldBlock;
  assert.equal(format('{:?} / {}', [e, e]), 'TryLockError(()) / operation would block');
});

test('std mutex lock gives Ok with a guard', async () => {
  await inTokio(async () => {
    const m = new std.Mutex(5);
    const g = (await m.lock()).unwrap();
    g.value *= 2;
    g.drop();
    assert.equal((await m.lock()).unwrap().value, 10);
  });
});

test('std mutex lock waits for a guard held by another thread', async () => {
  await inTokio(async () => {
    const m = new std.Mutex<number[]>([]);
    const held = (await m.lock()).unwrap();
    const other = spawn(async () => {
      const g = (await m.lock()).unwrap();
      g.value.push(2);
      g.drop();
    });
    await sleep(ms(2));
    held.value.push(1);
    held.drop();
    await other;
    assert.deepEqual((await m.lock()).unwrap().value, [1, 2]);
  });
});

test('std mutex Debug and try_lock error print as std prints them', () => {
  const m = new std.Mutex(5);
  assert.equal(format('{:?}', [m]), 'Mutex { data: 5, poisoned: false, .. }');
  const g = m.tryLock().unwrap();
  assert.equal(format('{:?}', [m]), 'Mutex { data: "<locked>", poisoned: false, .. }');
  const e = m.tryLock().unwrapErr();
  assert.equal(format('{:?} / {}', [e, e]), '"WouldBlock" / try_lock failed because the operation would block');
  g.drop();
});

test('mutex_guard_map_holds_the_lock_until_dropped', async () => {
  const tries: boolean[] = [];
  await inTokio(async () => {
    const m = new Mutex({ hits: 0, name: 'cache' });
    const hits = MutexGuard.map(
      await m.lock(),
      (v) => v.hits,
      (v, part) => {
        v.hits = part;
      },
    );
    tries.push(m.tryLock().isOk());
    hits.drop();
    const again = m.tryLock();
    tries.push(again.isOk());
    if (again.isOk()) again.value.drop();
  });
  assert.deepEqual(tries, [false, true]);
});

test('mapped_mutex_guard_reads_and_writes_the_part', async () => {
  let seen: unknown;
  await inTokio(async () => {
    const m = new Mutex({ stats: { hits: 1, misses: 2 } });
    const stats = MutexGuard.map(await m.lock(), (v) => v.stats);
    const misses = MappedMutexGuard.map(
      stats,
      (s) => s.misses,
      (s, part) => {
        s.misses = part;
      },
    );
    misses.value += 40;
    assert.equal(format('{} {:?}', [misses, misses]), '42 42');
    misses.drop();
    seen = (await m.lock()).value;
  });
  assert.deepEqual(seen, { stats: { hits: 1, misses: 42 } });
});
