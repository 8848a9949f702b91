// Futures polled by hand (runtime/src/tokio/std-future.ts): `poll_fn` with `Pin::new(&mut fut).poll(cx)`
// runs the future until it would park and reports Ready or Pending without dropping it; a later
// poll goes on from where it stopped; `std::future::pending` never completes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Duration, Future, mpsc, Notify, rs, spawn, timeout, yieldNow } from '../../runtime/src/tokio/index.js';
import { runTokio } from '../support/run-tokio.js';

async function inMain(body: () => Promise<void>): Promise<void> {
  const { code, stderr } = await runTokio(body, { flavor: 'current_thread' });
  assert.equal(code, 0, stderr);
}

/** `poll_fn(|cx| Poll::Ready(Pin::new(&mut *f).poll(cx)))`: one poll's outcome. */
function pollOnce<F>(future: F) {
  return rs.pollFn(async (cx) => rs.StdPoll.ready(await rs.pollFuture(future, cx)));
}

test('a_pending_future_goes_on_from_where_it_stopped', async () => {
  const seen: string[] = [];
  await inMain(async () => {
    const [tx, rx] = mpsc.unboundedChannel<number>();
    const fut = new Future(async () => {
      seen.push('started');
      const a = await rx.recv();
      seen.push(`got ${a}`);
      const b = await rx.recv();
      return (a ?? 0) + (b ?? 0);
    });
    seen.push(String((await pollOnce(fut)).isReady()));
    tx.send(1);
    seen.push(String((await pollOnce(fut)).isReady()));
    tx.send(2);
    const last = await pollOnce(fut);
    seen.push(last.kind === 'Ready' ? `ready ${last.value}` : 'pending');
  });
  assert.deepEqual(seen, ['started', 'false', 'got 1', 'false', 'ready 3']);
});

test('a_polled_notified_stays_registered_for_notify_one', async () => {
  const seen: boolean[] = [];
  await inMain(async () => {
    const notify = new Notify();
    const waiting = notify.notified();
    seen.push((await pollOnce(waiting)).isReady());
    notify.notifyOne();
    seen.push((await pollOnce(waiting)).isReady());
    // The notification went to the waiter: no permit is left for a new one.
    seen.push((await pollOnce(notify.notified())).isReady());
  });
  assert.deepEqual(seen, [false, true, false]);
});

test('poll_fn_polls_again_after_its_waker_wakes_it', async () => {
  let calls = 0;
  let value = 0;
  await inMain(async () => {
    value = await rs.pollFn((cx) => {
      calls++;
      if (calls < 3) {
        cx.waker().wakeByRef();
        return rs.StdPoll.pending;
      }
      return rs.StdPoll.ready(calls * 10);
    });
  });
  assert.equal(calls, 3);
  assert.equal(value, 30);
});

test('poll_fn_parks_until_the_polled_future_can_go_on', async () => {
  let polls = 0;
  let got: number | undefined;
  await inMain(async () => {
    const [tx, rx] = mpsc.unboundedChannel<number>();
    const fut = new Future(() => rx.recv());
    spawn(async () => {
      await yieldNow();
      tx.send(7);
    });
    got = await rs.pollFn(async (cx) => {
      polls++;
      return rs.pollFuture(fut, cx);
    });
  });
  assert.equal(got, 7);
  assert.equal(polls, 2);
});

test('pending_loses_to_a_timeout', async () => {
  let elapsed = false;
  await inMain(async () => {
    elapsed = (await timeout(Duration.fromMillis(5), rs.pending<number>())).isErr();
  });
  assert.equal(elapsed, true);
});

test('a_dropped_future_drops_what_it_still_holds_once', async () => {
  const drops: string[] = [];
  const held = (name: string) => ({
    drop() {
      drops.push(name);
      rs.dropFields(this);
    },
  });
  await inMain(async () => {
    const kept = held('kept');
    const moved = held('moved');
    const waiting = new Future(async () => {
      let local;
      try {
        local = moved;
        await rs.pending<void>();
      } catch (error) {
        local?.drop();
        rs.dropIfCancelled(error, kept, moved);
        throw error;
      }
    });
    await pollOnce(waiting);
    waiting.drop();
    await yieldNow();
  });
  assert.deepEqual(drops, ['moved', 'kept']);
});
