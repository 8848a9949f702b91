// tokio::sync::mpsc (runtime/src/tokio/mpsc.ts): one behaviour per test, as Tokio 1.24.2 has
// it (src/sync/mpsc/*.rs; tests/sync_mpsc.rs and sync_mpsc_weak.rs). Error output was checked
// against a real Tokio 1.24.2 program.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Duration,
  format,
  mpsc,
  OK,
  PENDING,
  RustPanic,
  select,
  sleep,
  spawn,
  STALL_EXIT_CODE,
  yieldNow,
  type Result,
} from '../../runtime/src/tokio/index.js';
import { runTokio } from '../support/run-tokio.js';

const ms = (n: number) => Duration.fromMillis(n);

/** Runs `body` as a Tokio main and fails the test if the program did not end normally. */
async function inMain(body: () => Promise<void>): Promise<void> {
  const { code, stderr } = await runTokio(body);
  assert.equal(code, 0, stderr);
}

/** Lets every runnable task run until all of them wait. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await yieldNow();
}

function errorOf<E>(result: Result<unknown, E>): E {
  assert.ok(result.isErr(), 'expected an Err');
  return result.error;
}

test('mpsc::channel(0) panics with Tokio message', () => {
  assert.throws(() => mpsc.channel(0), new RustPanic('mpsc bounded channel requires buffer > 0'));
});

test('values come out in the order they were sent', async () => {
  const got: number[] = [];
  await inMain(async () => {
    const [tx, rx] = mpsc.channel<number>(8);
    spawn(async () => {
      for (let i = 0; i < 20; i++) (await tx.send(i)).unwrap();
      tx.drop();
    });
    for await (const v of rx) got.push(v);
  });
  assert.deepEqual(
    got,
    Array.from({ length: 20 }, (_, i) => i),
  );
});

test('send does not wait while there is room, and succeeds with the shared Ok(())', async () => {
  await inMain(async () => {
    const [tx] = mpsc.channel<number>(2);
    assert.equal(tx.send(1), OK);
    assert.equal(tx.send(2), OK);
  });
});

test('recv completes without waiting when a value is buffered', async () => {
  await inMain(async () => {
    const [tx, rx] = mpsc.channel<string>(2);
    tx.trySend('a').unwrap();
    assert.equal(rx.recv(), 'a');
  });
});

test('recv gives None only after the last sender is dropped and the buffer is drained', async () => {
  const got: (number | undefined)[] = [];
  await inMain(async () => {
    const [tx, rx] = mpsc.channel<number>(4);
    const tx2 = tx.clone();
    (await tx.send(1)).unwrap();
    (await tx2.send(2)).unwrap();
    tx.drop();
    got.push(await rx.recv());
    tx2.drop();
    got.push(await rx.recv(), await rx.recv(), await rx.recv());
  });
  assert.deepEqual(got, [1, 2, undefined, undefined]);
});

test('recv gives None at once when every sender is gone before anything is sent', async () => {
  let got: number | undefined = 0;
  await inMain(async () => {
    const [tx, rx] = mpsc.channel<number>(4);
    tx.drop();
    got = await rx.recv();
  });
  assert.equal(got, undefined);
});

test('a recv waiting on an empty channel is woken by the last sender being dropped', async () => {
  const events: string[] = [];
  await inMain(async () => {
    const [tx, rx] = mpsc.channel<number>(4);
    spawn(async () => {
      events.push('dropping');
      tx.drop();
    });
    events.push(`got ${await rx.recv()}`);
  });
  assert.deepEqual(events, ['dropping', 'got undefined']);
});

test('send waits for capacity and senders are served in order', async () => {
  const events: string[] = [];
  const got: string[] = [];
  await inMain(async () => {
    const [tx, rx] = mpsc.channel<string>(1);
    (await tx.send('first')).unwrap();
    for (const name of ['a', 'b', 'c']) {
      const mine = tx.clone();
      spawn(async () => {
        (await mine.send(name)).unwrap();
        events.push(`${name} sent`);
        mine.drop();
      });
    }
    tx.drop();
    await settle();
    events.push('receiving');
    for (let v = await rx.recv(); v !== undefined; v = await rx.recv()) got.push(v);
  });
  assert.equal(events[0], 'receiving');
  assert.deepEqual(got, ['first', 'a', 'b', 'c']);
});

test('try_send cannot take a slot freed for a sender that waits', async () => {
  let attempt: Result<unknown, mpsc.TrySendError<string>> | undefined;
  const got: (string | undefined)[] = [];
  await inMain(async () => {
    const [tx, rx] = mpsc.channel<string>(1);
    tx.trySend('x').unwrap();
    const waiting = tx.clone();
    spawn(async () => {
      (await waiting.send('waited')).unwrap();
    });
    await settle();
    got.push(await rx.recv());
    attempt = tx.trySend('overtaker');
    got.push(await rx.recv());
  });
  assert.equal(errorOf(attempt!).kind, 'Full');
  assert.deepEqual(got, ['x', 'waited']);
});

test('send fails once the receiver is dropped, giving the value back', async () => {
  let result: Result<unknown, mpsc.SendError<string>> | undefined;
  await inMain(async () => {
    const [tx, rx] = mpsc.channel<string>(4);
    rx.drop();
    result = await tx.send('hello');
  });
  const error = errorOf(result!);
  assert.ok(error instanceof mpsc.SendError);
  assert.equal(error.value, 'hello');
});

test('a send waiting for capacity fails when the receiver is closed, giving the value back', async () => {
  let result: Result<unknown, mpsc.SendError<number>> | undefined;
  await inMain(async () => {
    const [tx, rx] = mpsc.channel<number>(1);
    (await tx.send(1)).unwrap();
    spawn(async () => {
      await yieldNow();
      rx.close();
    });
    result = await tx.send(2);
  });
  assert.equal(errorOf(result!).value, 2);
});

test('receiver close keeps buffered values receivable, then recv gives None', async () => {
  const got: (number | undefined)[] = [];
  let sendAfterClose: Result<unknown, mpsc.SendError<number>> | undefined;
  await inMain(async () => {
    const [tx, rx] = mpsc.channel<number>(4);
    tx.trySend(1).unwrap();
    tx.trySend(2).unwrap();
    rx.close();
    sendAfterClose = await tx.send(3);
    got.push(await rx.recv(), await rx.recv(), await rx.recv());
  });
  assert.equal(errorOf(sendAfterClose!).value, 3);
  assert.deepEqual(got, [1, 2, undefined]);
});

test('receiver drop drops the buffered values and frees their slots', async () => {
  let capacity = -1;
  let result: Result<unknown, mpsc.TrySendError<number>> | undefined;
  await inMain(async () => {
    const [tx, rx] = mpsc.channel<number>(3);
    tx.trySend(1).unwrap();
    tx.trySend(2).unwrap();
    rx.drop();
    capacity = tx.capacity();
    result = tx.trySend(3);
  });
  assert.equal(capacity, 3);
  assert.equal(errorOf(result!).kind, 'Closed');
});

test('try_send reports Full then Closed, giving the value back', () => {
  const [tx, rx] = mpsc.channel<string>(1);
  assert.equal(tx.trySend('hello'), OK);
  const full = errorOf(tx.trySend('full'));
  assert.deepEqual([full.kind, full.value], ['Full', 'full']);
  rx.close();
  const closed = errorOf(tx.trySend('closed'));
  assert.deepEqual([closed.kind, closed.value], ['Closed', 'closed']);
});

test('try_recv reports Empty then Disconnected', () => {
  const [tx, rx] = mpsc.channel<string>(2);
  assert.equal(errorOf(rx.tryRecv()), mpsc.TryRecvError.Empty);
  tx.trySend('hello').unwrap();
  tx.drop();
  assert.equal(rx.tryRecv().unwrap(), 'hello');
  assert.equal(errorOf(rx.tryRecv()), mpsc.TryRecvError.Disconnected);
});

test('try_recv after the receiver closes gives Empty while senders live, as Tokio does', () => {
  const [tx, rx] = mpsc.channel<number>(2);
  tx.trySend(1).unwrap();
  rx.close();
  assert.equal(rx.tryRecv().unwrap(), 1);
  assert.equal(errorOf(rx.tryRecv()), mpsc.TryRecvError.Empty);
});

test('reserve holds a slot that the permit then fills without waiting', async () => {
  const got: (number | undefined)[] = [];
  let full: Result<unknown, mpsc.TrySendError<number>> | undefined;
  await inMain(async () => {
    const [tx, rx] = mpsc.channel<number>(1);
    const permit = (await tx.reserve()).unwrap();
    full = tx.trySend(1);
    permit.send(2);
    got.push(await rx.recv());
  });
  assert.equal(errorOf(full!).kind, 'Full');
  assert.deepEqual(got, [2]);
});

test('a dropped permit frees its slot for a waiting sender', async () => {
  const events: string[] = [];
  await inMain(async () => {
    const [tx, rx] = mpsc.channel<number>(1);
    const permit = (await tx.reserve()).unwrap();
    const other = tx.clone();
    spawn(async () => {
      (await other.send(7)).unwrap();
      events.push('sent');
    });
    await settle();
    events.push('dropping permit');
    permit.drop();
    events.push(`got ${await rx.recv()}`);
  });
  assert.deepEqual(events, ['dropping permit', 'sent', 'got 7']);
});

test('try_reserve reports Full then Closed', async () => {
  await inMain(async () => {
    const [tx, rx] = mpsc.channel<number>(1);
    const permit = tx.tryReserve().unwrap();
    assert.equal(errorOf(tx.tryReserve()).kind, 'Full');
    permit.drop();
    rx.close();
    assert.equal(errorOf(tx.tryReserve()).kind, 'Closed');
  });
});

test('a permit reserved before the receiver closes can still send', async () => {
  const got: (number | undefined)[] = [];
  await inMain(async () => {
    const [tx, rx] = mpsc.channel<number>(1);
    const permit = (await tx.reserve()).unwrap();
    rx.close();
    spawn(() => permit.send(123));
    got.push(await rx.recv(), await rx.recv());
  });
  assert.deepEqual(got, [123, undefined]);
});

test('after close, recv waits for outstanding permits and gives None once they are dropped', async () => {
  const events: string[] = [];
  await inMain(async () => {
    const [tx, rx] = mpsc.channel<number>(4);
    const permit = (await tx.reserve()).unwrap();
    rx.close();
    spawn(() => {
      events.push('dropping permit');
      permit.drop();
    });
    events.push(`got ${await rx.recv()}`);
  });
  assert.deepEqual(events, ['dropping permit', 'got undefined']);
});

test('capacity counts queued values and reserved permits; max_capacity stays', async () => {
  const seen: number[][] = [];
  await inMain(async () => {
    const [tx, rx] = mpsc.channel<null>(10);
    seen.push([tx.capacity(), tx.maxCapacity()]);
    const permit = (await tx.reserve()).unwrap();
    seen.push([tx.capacity(), tx.maxCapacity()]);
    (await tx.send(null)).unwrap();
    seen.push([tx.capacity(), tx.maxCapacity()]);
    permit.drop();
    await rx.recv();
    seen.push([tx.capacity(), tx.maxCapacity()]);
  });
  assert.deepEqual(seen, [
    [10, 10],
    [9, 10],
    [8, 10],
    [10, 10],
  ]);
});

test('reserve_owned moves the sender into the permit, which gives it back on send', async () => {
  const got: (number | undefined)[] = [];
  await inMain(async () => {
    const [tx, rx] = mpsc.channel<number>(1);
    const permit = (await tx.reserveOwned()).unwrap();
    assert.throws(() => tx.trySend(0), /used after it was dropped or moved/);
    const back = permit.send(1);
    got.push(await rx.recv());
    back.drop();
    got.push(await rx.recv());
  });
  assert.deepEqual(got, [1, undefined]);
});

test('an owned permit keeps the channel open after every sender is gone', async () => {
  let upgraded = false;
  await inMain(async () => {
    const [tx] = mpsc.channel<number>(1);
    const weak = tx.downgrade();
    const permit = (await tx.reserveOwned()).unwrap();
    const strong = weak.upgrade();
    upgraded = strong !== undefined;
    strong?.drop();
    permit.drop();
  });
  assert.equal(upgraded, true);
});

test('an aborted task waiting in reserve_owned drops the sender it moved there', async () => {
  const got: (number | undefined)[] = [];
  await inMain(async () => {
    const [tx, rx] = mpsc.channel<number>(1);
    tx.trySend(1).unwrap();
    const reserving = spawn(async () => {
      await tx.reserveOwned();
    });
    await settle();
    reserving.abort();
    await reserving;
    got.push(await rx.recv(), await rx.recv());
  });
  assert.deepEqual(got, [1, undefined]);
});

test('owned permit release frees the slot and gives the sender back', async () => {
  let capacity = -1;
  await inMain(async () => {
    const [tx] = mpsc.channel<number>(1);
    const permit = tx.tryReserveOwned().unwrap();
    const back = permit.release();
    capacity = back.capacity();
  });
  assert.equal(capacity, 1);
});

test('try_reserve_owned on a full channel gives the sender back in the error', () => {
  const [tx] = mpsc.channel<number>(1);
  tx.trySend(1).unwrap();
  const error = errorOf(tx.tryReserveOwned());
  assert.equal(error.kind, 'Full');
  assert.equal(error.value, tx);
  assert.equal(tx.capacity(), 0);
});

test('send_timeout gives Timeout(value) when no slot frees in time', async () => {
  let result: Result<unknown, mpsc.SendTimeoutError<number>> | undefined;
  await inMain(async () => {
    const [tx, rx] = mpsc.channel<number>(1);
    tx.trySend(1).unwrap();
    result = await tx.sendTimeout(2, ms(5));
    assert.equal(rx.tryRecv().unwrap(), 1);
    assert.equal(errorOf(rx.tryRecv()), mpsc.TryRecvError.Empty);
  });
  const error = errorOf(result!);
  assert.deepEqual([error.kind, error.value], ['Timeout', 2]);
});

test('send_timeout gives Closed(value) when the receiver is gone', async () => {
  let result: Result<unknown, mpsc.SendTimeoutError<number>> | undefined;
  await inMain(async () => {
    const [tx, rx] = mpsc.channel<number>(1);
    rx.drop();
    result = await tx.sendTimeout(70, ms(1000));
  });
  const error = errorOf(result!);
  assert.deepEqual([error.kind, error.value], ['Closed', 70]);
});

test('send_timeout sends when a slot frees in time', async () => {
  const got: (number | undefined)[] = [];
  await inMain(async () => {
    const [tx, rx] = mpsc.channel<number>(1);
    tx.trySend(1).unwrap();
    spawn(async () => {
      await sleep(ms(2));
      got.push(await rx.recv());
    });
    assert.equal(await tx.sendTimeout(2, ms(2000)), OK);
    got.push(await rx.recv());
  });
  assert.deepEqual(got, [1, 2]);
});

test('closed() completes when the receiver is dropped, and is_closed turns true', async () => {
  const events: string[] = [];
  await inMain(async () => {
    const [tx, rx] = mpsc.channel<number>(1);
    spawn(() => {
      events.push(`closed before drop: ${tx.isClosed()}`);
      rx.drop();
    });
    await tx.closed();
    events.push(`closed: ${tx.isClosed()}`);
  });
  assert.deepEqual(events, ['closed before drop: false', 'closed: true']);
});

test('closed() completes when the receiver closes', async () => {
  let done = false;
  await inMain(async () => {
    const [tx, rx] = mpsc.unboundedChannel<number>();
    spawn(() => rx.close());
    await tx.closed();
    done = true;
  });
  assert.equal(done, true);
});

test('a clone keeps the channel open until it is dropped too', () => {
  const [tx, rx] = mpsc.channel<number>(1);
  const tx2 = tx.clone();
  tx.drop();
  assert.equal(errorOf(rx.tryRecv()), mpsc.TryRecvError.Empty);
  tx2.drop();
  assert.equal(errorOf(rx.tryRecv()), mpsc.TryRecvError.Disconnected);
});

test('dropping a sender twice counts once', () => {
  const [tx, rx] = mpsc.channel<number>(1);
  const tx2 = tx.clone();
  tx.drop();
  tx.drop();
  assert.equal(errorOf(rx.tryRecv()), mpsc.TryRecvError.Empty);
  tx2.drop();
  assert.equal(errorOf(rx.tryRecv()), mpsc.TryRecvError.Disconnected);
});

test('a `using` declaration drops the sender at the end of its block', () => {
  const [tx, rx] = mpsc.channel<number>(1);
  {
    using scoped = tx;
    scoped.trySend(1).unwrap();
  }
  assert.equal(rx.tryRecv().unwrap(), 1);
  assert.equal(errorOf(rx.tryRecv()), mpsc.TryRecvError.Disconnected);
});

test('same_channel tells clones from senders of other channels', () => {
  const [tx] = mpsc.channel<number>(1);
  const [other] = mpsc.channel<number>(1);
  assert.equal(tx.sameChannel(tx.clone()), true);
  assert.equal(tx.sameChannel(other), false);
});

test('a weak sender does not keep the channel open', async () => {
  let got: number | undefined = 0;
  let upgraded: unknown = 'not tried';
  await inMain(async () => {
    const [tx, rx] = mpsc.channel<number>(1);
    const weak = tx.downgrade();
    tx.drop();
    got = await rx.recv();
    upgraded = weak.upgrade();
  });
  assert.equal(got, undefined);
  assert.equal(upgraded, undefined);
});

test('a weak sender upgrades to a working sender while a strong one lives', async () => {
  let got: number | undefined;
  await inMain(async () => {
    const [tx, rx] = mpsc.channel<number>(1);
    const weak = tx.clone().downgrade();
    const strong = weak.upgrade()!;
    (await strong.send(20)).unwrap();
    got = await rx.recv();
  });
  assert.equal(got, 20);
});

test('a weak sender cloned from a dropped clone does not upgrade', () => {
  const [tx] = mpsc.channel<number>(1);
  const clone = tx.clone();
  const weak = clone.downgrade();
  clone.drop();
  tx.drop();
  assert.equal(weak.clone().upgrade(), undefined);
});

test('a losing select branch does not take a message', async () => {
  const leftovers: number[] = [];
  await inMain(async () => {
    for (let i = 0; i < 50; i++) {
      const [tx1, rx1] = mpsc.channel<number>(1);
      const [tx2, rx2] = mpsc.channel<number>(1);
      tx1.trySend(1).unwrap();
      tx2.trySend(2).unwrap();
      const { index } = await select([{ op: rx1.recvOp() }, { op: rx2.recvOp() }]);
      leftovers.push((index === 0 ? rx2 : rx1).tryRecv().unwrap());
    }
  });
  assert.ok(leftovers.includes(1) && leftovers.includes(2), `leftovers ${leftovers.join(',')}`);
});

test('a select waiting on two receivers takes the value sent to either, leaving the other', async () => {
  let selected: { index: number; value: unknown } | undefined;
  let later: number | undefined;
  await inMain(async () => {
    const [tx1, rx1] = mpsc.channel<number>(1);
    const [tx2, rx2] = mpsc.channel<number>(1);
    spawn(async () => {
      (await tx2.send(2)).unwrap();
    });
    selected = await select([{ op: rx1.recvOp() }, { op: rx2.recvOp() }]);
    spawn(async () => {
      (await tx1.send(1)).unwrap();
    });
    later = await rx1.recv();
  });
  assert.deepEqual(selected, { index: 1, value: 2 });
  assert.equal(later, 1);
});

test('a select recv branch whose channel is closed matches None, so `Some(v) = rx.recv()` disables it', async () => {
  let index = -2;
  await inMain(async () => {
    const [tx, rx] = mpsc.channel<number>(1);
    tx.drop();
    ({ index } = await select([{ op: rx.recvOp(), matches: (v) => v !== undefined }, { op: sleep(ms(1)) }], {
      biased: true,
    }));
  });
  assert.equal(index, 1);
});

test('a losing select send branch sends nothing', async () => {
  const got: unknown[] = [];
  await inMain(async () => {
    const [tx, rx] = mpsc.channel<number>(1);
    tx.trySend(1).unwrap();
    const { index } = await select([{ op: tx.sendOp(2) }, { op: sleep(ms(1)) }]);
    got.push(index, await rx.recv(), tx.capacity());
    tx.drop();
    got.push(await rx.recv());
  });
  assert.deepEqual(got, [1, 1, 1, undefined]);
});

test('a select send branch that wins sends its value', async () => {
  let got: number | undefined;
  await inMain(async () => {
    const [tx, rx] = mpsc.channel<number>(1);
    const { index, value } = await select([{ op: tx.sendOp(5) }, { op: sleep(ms(1000)) }]);
    assert.deepEqual([index, value], [0, OK]);
    got = await rx.recv();
  });
  assert.equal(got, 5);
});

test('a slot granted to a losing select branch passes to the next waiting sender', async () => {
  const got: (string | undefined)[] = [];
  let selectedIndex = -2;
  await inMain(async () => {
    const [tx, rx] = mpsc.channel<string>(1);
    const [otherTx, otherRx] = mpsc.channel<number>(1);
    tx.trySend('x').unwrap();
    const a = tx.clone();
    spawn(async () => {
      // reserve queues first, then the other branch wins although the slot was granted
      ({ index: selectedIndex } = await select([{ op: otherRx.recvOp() }, { op: a.reserveOp() }], { biased: true }));
      a.drop();
    });
    const b = tx.clone();
    spawn(async () => {
      (await b.send('b')).unwrap();
      b.drop();
    });
    tx.drop();
    await settle();
    got.push(await rx.recv()); // frees the slot: granted to the select's reserve
    otherTx.trySend(1).unwrap();
    got.push(await rx.recv(), await rx.recv());
  });
  assert.equal(selectedIndex, 0);
  assert.deepEqual(got, ['x', 'b', undefined]);
});

test('an aborted task waiting in recv does not lose the next message', async () => {
  const got: (number | undefined)[] = [];
  let cancelled = false;
  await inMain(async () => {
    const [tx, rx] = mpsc.channel<number>(1);
    const waiter = spawn(async () => {
      got.push(await rx.recv());
    });
    await settle();
    waiter.abort();
    cancelled = (await waiter).isErr();
    (await tx.send(1)).unwrap();
    got.push(await rx.recv());
  });
  assert.equal(cancelled, true);
  assert.deepEqual(got, [1]);
});

test('an aborted task woken by a send but not yet run does not take the message', async () => {
  const got: (number | undefined)[] = [];
  let cancelled = false;
  await inMain(async () => {
    const [tx, rx] = mpsc.channel<number>(1);
    const waiter = spawn(async () => {
      got.push(await rx.recv());
    });
    await settle();
    (await tx.send(1)).unwrap();
    waiter.abort();
    cancelled = (await waiter).isErr();
    got.push(await rx.recv());
  });
  assert.equal(cancelled, true);
  assert.deepEqual(got, [1]);
});

test('an aborted task waiting in send gives up its place in the queue', async () => {
  const got: (string | undefined)[] = [];
  await inMain(async () => {
    const [tx, rx] = mpsc.channel<string>(1);
    tx.trySend('x').unwrap();
    const a = tx.clone();
    const first = spawn(async () => {
      await a.send('a');
    });
    const b = tx.clone();
    spawn(async () => {
      (await b.send('b')).unwrap();
    });
    await settle();
    first.abort();
    await first;
    got.push(await rx.recv(), await rx.recv());
  });
  assert.deepEqual(got, ['x', 'b']);
});

test('async iteration ends when the channel is closed and drained', async () => {
  const got: number[] = [];
  await inMain(async () => {
    const [tx, rx] = mpsc.unboundedChannel<number>();
    for (let i = 1; i <= 3; i++) tx.send(i).unwrap();
    tx.drop();
    for await (const v of rx) got.push(v);
  });
  assert.deepEqual(got, [1, 2, 3]);
});

test('recv op polls a value, None, or pending', () => {
  const [tx, rx] = mpsc.channel<number>(1);
  const op = rx.recvOp();
  assert.equal(op.poll(), PENDING);
  tx.trySend(4).unwrap();
  assert.equal(op.poll(), 4);
  tx.drop();
  assert.equal(op.poll(), undefined);
});

test('unbounded send never waits and gives its Result directly', () => {
  const [tx, rx] = mpsc.unboundedChannel<number>();
  for (let i = 0; i < 1000; i++) assert.equal(tx.send(i), OK);
  assert.equal(rx.tryRecv().unwrap(), 0);
});

test('unbounded send fails once the receiver is dropped, giving the value back', () => {
  const [tx, rx] = mpsc.unboundedChannel<string>();
  rx.drop();
  assert.equal(errorOf(tx.send('x')).value, 'x');
  assert.equal(tx.isClosed(), true);
});

test('unbounded recv gives None after the last sender is dropped and the queue drained', async () => {
  const got: (string | undefined)[] = [];
  await inMain(async () => {
    const [tx, rx] = mpsc.unboundedChannel<string>();
    const tx2 = tx.clone();
    spawn(() => {
      tx.send('a').unwrap();
      tx.drop();
      tx2.send('b').unwrap();
      tx2.drop();
    });
    got.push(await rx.recv(), await rx.recv(), await rx.recv());
  });
  assert.deepEqual(got, ['a', 'b', undefined]);
});

test('a weak unbounded sender does not keep the channel open', () => {
  const [tx, rx] = mpsc.unboundedChannel<number>();
  const weak = tx.downgrade();
  const strong = weak.upgrade()!;
  strong.send(1).unwrap();
  strong.drop();
  tx.drop();
  assert.equal(weak.upgrade(), undefined);
  assert.equal(rx.tryRecv().unwrap(), 1);
  assert.equal(errorOf(rx.tryRecv()), mpsc.TryRecvError.Disconnected);
});

test('describe names the flavour, queued values, live senders and reserved permits', () => {
  const [tx, rx] = mpsc.channel<number>(3);
  tx.trySend(1).unwrap();
  tx.trySend(2).unwrap();
  assert.equal(rx.describe(), 'mpsc channel (bounded 3, 2 queued, 1 sender alive)');
  const permit = tx.tryReserve().unwrap();
  const tx2 = tx.clone();
  rx.close();
  assert.equal(
    tx.describe(),
    'mpsc channel (bounded 3, 2 queued, 2 senders alive, 1 permit reserved, receiver closed)',
  );
  permit.drop();
  tx2.drop();
  const [utx] = mpsc.unboundedChannel<number>();
  assert.equal(utx.describe(), 'mpsc channel (unbounded, 0 queued, 1 sender alive)');
});

test('a program that waits on a channel no task can send to reports the channel', async () => {
  const { code, stderr } = await runTokio(async () => {
    const [tx, rx] = mpsc.channel<number>(3);
    await rx.recv();
    tx.drop();
  });
  assert.equal(code, STALL_EXIT_CODE);
  assert.match(stderr, /main waits on mpsc channel \(bounded 3, 0 queued, 1 sender alive\)/);
});

test('a receiver used after drop throws instead of receiving', () => {
  const [, rx] = mpsc.channel<number>(1);
  rx.drop();
  assert.throws(() => rx.tryRecv(), /receiver used after it was dropped/);
});

// Debug and Display, as Tokio 1.24.2 prints them (checked with a real program).

test('TryRecvError prints Empty / Disconnected and their messages', () => {
  const { Empty, Disconnected } = mpsc.TryRecvError;
  assert.equal(format('{:?} | {}', [Empty, Empty]), 'Empty | receiving on an empty channel');
  assert.equal(format('{:?} | {}', [Disconnected, Disconnected]), 'Disconnected | receiving on a closed channel');
});

test('SendTimeoutError prints Timeout(v) / Closed(v) and their messages', () => {
  const timeout = new mpsc.SendTimeoutError('Timeout', 3);
  const closed = new mpsc.SendTimeoutError('Closed', 6);
  assert.equal(format('{:?} | {}', [timeout, timeout]), 'Timeout(3) | timed out waiting on send operation');
  assert.equal(format('{:?} | {}', [closed, closed]), 'Closed(6) | channel closed');
});

test('SendError prints SendError(v) and "channel closed"', () => {
  const [tx, rx] = mpsc.unboundedChannel<string>();
  rx.drop();
  const error = errorOf(tx.send('x'));
  assert.equal(format('{:?} | {}', [error, error]), 'SendError("x") | channel closed');
});

test('reserve on a closed channel fails with SendError(())', async () => {
  let printed = '';
  await inMain(async () => {
    const [tx, rx] = mpsc.channel<number>(1);
    rx.close();
    const error = errorOf(await tx.reserve());
    printed = format('{:?} | {}', [error, error]);
  });
  assert.equal(printed, 'SendError(()) | channel closed');
});

test('TrySendError prints Full(v) / Closed(v) and their messages', () => {
  const [tx, rx] = mpsc.channel<number>(1);
  tx.trySend(1).unwrap();
  const full = errorOf(tx.trySend(2));
  const fullUnit = errorOf(tx.tryReserve());
  rx.close();
  const closed = errorOf(tx.trySend(5));
  assert.equal(format('{:?} | {}', [full, full]), 'Full(2) | no available capacity');
  assert.equal(format('{:?}', [fullUnit]), 'Full(())');
  assert.equal(format('{:?} | {}', [closed, closed]), 'Closed(5) | channel closed');
});

test('unwrap of a failed send panics with the error Debug, as Rust does', () => {
  const [tx, rx] = mpsc.unboundedChannel<number>();
  rx.drop();
  assert.throws(() => tx.send(4).unwrap(), new RustPanic('called `Result::unwrap()` on an `Err` value: SendError(4)'));
});
