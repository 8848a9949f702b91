// tokio::task::JoinSet, spawn_blocking and Runtime::block_on (runtime/src/tokio/join-set.ts,
// runtime-builder.ts). Behaviours from Tokio 1.24.2's src/task/join_set.rs documentation and
// tests/task_join_set.rs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Duration, JoinSet, Runtime, sleep, spawn, spawnBlocking } from '../../runtime/src/tokio/index.js';
import { runTokio } from '../support/run-tokio.js';

async function inTokio(main: () => Promise<void>): Promise<void> {
  const { code, stderr } = await runTokio(main, { flavor: 'current_thread' });
  assert.equal(code, 0, stderr);
}

const ms = (n: number) => Duration.fromMillis(n);

test('join_set_join_next_gives_results_in_completion_order', async () => {
  await inTokio(async () => {
    const set = new JoinSet<number>();
    for (const delay of [30, 10, 20]) set.spawn(async () => (await sleep(ms(delay)), delay));
    assert.equal(set.len(), 3);
    const order: number[] = [];
    for (let next = await set.joinNext(); next !== undefined; next = await set.joinNext()) order.push(next.unwrap());
    assert.deepEqual(order, [10, 20, 30]);
    assert.equal(set.isEmpty(), true);
  });
});

test('join_set_join_next_on_an_empty_set_gives_none', async () => {
  await inTokio(async () => {
    assert.equal(await new JoinSet<number>().joinNext(), undefined);
  });
});

test('join_set_abort_all_cancels_its_tasks', async () => {
  await inTokio(async () => {
    const set = new JoinSet<number>();
    set.spawn(async () => (await sleep(ms(10_000)), 1));
    set.abortAll();
    const joined = await set.joinNext();
    assert.equal(joined!.unwrapErr().isCancelled(), true);
  });
});

test('dropping_a_join_set_aborts_its_tasks', async () => {
  await inTokio(async () => {
    let finished = false;
    const set = new JoinSet<void>();
    set.spawn(async () => {
      await sleep(ms(5));
      finished = true;
    });
    set.drop();
    await sleep(ms(20));
    assert.equal(finished, false);
  });
});

test('join_set_shutdown_waits_for_every_task_to_end', async () => {
  await inTokio(async () => {
    const set = new JoinSet<void>();
    for (let i = 0; i < 2; i++) set.spawn(async () => void (await sleep(ms(10_000))));
    await set.shutdown();
    assert.equal(set.len(), 0);
  });
});

test('spawn_blocking_result_comes_through_its_join_handle', async () => {
  await inTokio(async () => {
    assert.equal((await spawnBlocking(() => 6 * 7)).unwrap(), 42);
  });
});

test('block_on_in_a_plain_main_runs_the_future_inside_a_runtime', async () => {
  const { code, stderr } = await runTokio(
    async () => {
      const rt = Runtime.new().unwrap();
      const value = await rt.blockOn(async () => (await spawn(() => 2)).unwrap());
      assert.equal(value, 2);
    },
    { runtime: false },
  );
  assert.equal(code, 0, stderr);
});
