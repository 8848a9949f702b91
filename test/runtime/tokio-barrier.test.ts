// tokio::sync::Barrier and std::sync::Barrier (runtime/src/tokio/barrier.ts). Behaviours from
// Tokio 1.24.2's src/sync/barrier.rs documentation and tests/sync_barrier.rs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Barrier, spawn, yieldNow } from '../../runtime/src/tokio/index.js';
import { runTokio } from '../support/run-tokio.js';

async function inTokio(main: () => Promise<void>): Promise<void> {
  const { code, stderr } = await runTokio(main, { flavor: 'current_thread' });
  assert.equal(code, 0, stderr);
}

test('barrier_waits_until_n_tasks_arrive', async () => {
  await inTokio(async () => {
    const barrier = new Barrier(3);
    const first = spawn(async () => barrier.wait());
    const second = spawn(async () => barrier.wait());
    await yieldNow();
    assert.equal(first.isFinished() || second.isFinished(), false);
    assert.equal((await barrier.wait()).isLeader(), true);
    assert.equal((await first).unwrap().isLeader(), false);
    assert.equal((await second).unwrap().isLeader(), false);
  });
});

test('barrier_of_one_or_zero_never_waits_and_always_leads', async () => {
  await inTokio(async () => {
    for (const n of [0, 1]) {
      const barrier = new Barrier(n);
      assert.equal((await barrier.wait()).isLeader(), true);
      assert.equal((await barrier.wait()).isLeader(), true);
    }
  });
});

test('barrier_is_reused_for_the_next_generation', async () => {
  await inTokio(async () => {
    const barrier = new Barrier(2);
    for (let round = 0; round < 3; round++) {
      const other = spawn(async () => barrier.wait());
      await yieldNow();
      assert.equal((await barrier.wait()).isLeader(), true);
      assert.equal((await other).unwrap().isLeader(), false);
    }
  });
});
