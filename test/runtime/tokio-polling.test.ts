// Futures polled in place (runtime/src/tokio/select.ts, core/scheduler.ts stepPolled): an
// async block given to select! or join! runs only when polled, one step per poll, as Tokio
// 1.24.2 polls it (src/macros/select.rs, src/macros/join.rs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Future, join, select, yieldNow } from '../../runtime/src/tokio/index.js';
import { runTokio } from '../support/run-tokio.js';

async function inMain(body: () => Promise<void>): Promise<void> {
  const { code, stderr } = await runTokio(body, { flavor: 'current_thread' });
  assert.equal(code, 0, stderr);
}

test('select_takes_a_yielding_future_for_pending', async () => {
  let index = -2;
  await inMain(async () => {
    ({ index } = await select([{ op: new Future(async () => yieldNow()) }, { op: new Future(async () => 'ready') }], {
      biased: true,
    }));
  });
  assert.equal(index, 1);
});

test('join_starts_each_poll_one_future_further_along', async () => {
  const order: number[] = [];
  await inMain(async () => {
    const worker = (id: number) => async () => {
      for (let i = 0; i < 3; i++) {
        order.push(id);
        await yieldNow();
      }
    };
    await join(worker(1), worker(2), worker(3));
  });
  assert.deepEqual(order, [1, 2, 3, 2, 3, 1, 3, 1, 2]);
});

test('pinned_future_goes_on_where_it_stopped_in_the_next_select', async () => {
  const seen: string[] = [];
  await inMain(async () => {
    const pinned = new Future(async () => {
      seen.push('started');
      await yieldNow();
      return 5;
    });
    for (;;) {
      const other = new Future(async () => null);
      const { index, value } = await select([{ op: pinned }, { op: other }], { biased: true });
      other.cancel();
      if (index === 0) {
        seen.push(`done ${value}`);
        break;
      }
      seen.push('other');
    }
  });
  assert.deepEqual(seen, ['started', 'other', 'done 5']);
});

test('future_does_nothing_until_polled', async () => {
  const seen: string[] = [];
  await inMain(async () => {
    const future = new Future(async () => {
      seen.push('ran');
      return 1;
    });
    await yieldNow();
    seen.push('before await');
    seen.push(`got ${await future}`);
  });
  assert.deepEqual(seen, ['before await', 'ran', 'got 1']);
});
