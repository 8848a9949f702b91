// tokio::sync::broadcast (runtime/src/tokio/broadcast.ts). Behaviours from Tokio 1.24.2's
// src/sync/broadcast.rs and tests/sync_broadcast.rs; messages and Debug as Tokio prints them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { broadcast, format, RustPanic, select, spawn, yieldNow } from '../../runtime/src/tokio/index.js';
import { runTokio } from '../support/run-tokio.js';

const { RecvError, TryRecvError } = broadcast;

/** Runs `main` as a Tokio program and fails the test with its output unless it ended well. */
async function inTokio(main: () => Promise<void>): Promise<void> {
  const { code, stderr } = await runTokio(main);
  assert.equal(code, 0, stderr);
}

test('broadcast capacity is rounded up to a power of two', () => {
  const [tx, rx] = broadcast.channel<number>(3);
  for (let i = 1; i <= 5; i++) tx.send(i);
  // four values kept, so only the first one is missed
  assert.equal(rx.tryRecv().unwrapErr().skipped, 1);
  assert.equal(rx.tryRecv().unwrap(), 2);
});

test('a capacity of 0 panics as Tokio does', () => {
  assert.throws(
    () => broadcast.channel(0),
    (error: unknown) => error instanceof RustPanic && error.message === 'capacity is empty',
  );
});

test('send gives the number of receivers', () => {
  const [tx, rx] = broadcast.channel<string>(4);
  const rx2 = tx.subscribe();
  assert.equal(tx.send('a').unwrap(), 2);
  rx2.drop();
  assert.equal(tx.send('b').unwrap(), 1);
  rx.drop();
});

test('send fails without receivers and gives the value back', () => {
  const [tx, rx] = broadcast.channel<string>(4);
  rx.drop();
  const sent = tx.send('lost');
  assert.ok(sent.isErr());
  assert.equal(sent.error.value, 'lost');
  assert.equal(format('{:?} / {}', [sent, sent.error]), 'Err(SendError("lost")) / channel closed');
});

test('a receiver subscribed after a failed send receives what is sent next', () => {
  const [tx, rx] = broadcast.channel<string>(4);
  rx.drop();
  assert.ok(tx.send('nobody').isErr());
  const late = tx.subscribe();
  assert.ok(tx.send('world').isOk());
  assert.equal(late.tryRecv().unwrap(), 'world');
});

test('every receiver gets every value in order', async () => {
  await inTokio(async () => {
    const [tx, rx1] = broadcast.channel<number>(16);
    const rx2 = tx.subscribe();
    const collect = (rx: broadcast.Receiver<number>) =>
      spawn(async () => {
        const got: number[] = [];
        for (let r = await rx.recv(); r.isOk(); r = await rx.recv()) got.push(r.value);
        return got;
      });
    const a = collect(rx1);
    const b = collect(rx2);
    await yieldNow();
    for (let i = 0; i < 5; i++) tx.send(i);
    tx.drop();
    assert.deepEqual((await a).unwrap(), [0, 1, 2, 3, 4]);
    assert.deepEqual((await b).unwrap(), [0, 1, 2, 3, 4]);
  });
});

test('subscribe sees only the values sent after it', () => {
  const [tx, rx] = broadcast.channel<number>(4);
  tx.send(10);
  const late = tx.subscribe();
  tx.send(20);
  assert.equal(late.tryRecv().unwrap(), 20);
  assert.equal(rx.tryRecv().unwrap(), 10);
});

test('a lagging receiver gets Lagged with the number of missed values then the oldest retained value', () => {
  const [tx, rx] = broadcast.channel<number>(2);
  for (const v of [1, 2, 3, 4, 5]) tx.send(v);
  const lagged = rx.tryRecv();
  assert.ok(lagged.isErr());
  assert.equal(lagged.error.kind, 'Lagged');
  assert.equal(lagged.error.skipped, 3);
  assert.equal(rx.tryRecv().unwrap(), 4);
  assert.equal(rx.tryRecv().unwrap(), 5);
  assert.equal(rx.tryRecv().unwrapErr(), TryRecvError.Empty);
});

test('recv reports Lagged too, then resumes with the oldest retained value', async () => {
  await inTokio(async () => {
    const [tx, rx] = broadcast.channel<number>(2);
    for (const v of [10, 20, 30]) tx.send(v);
    assert.equal(format('{:?}', [await rx.recv()]), 'Err(Lagged(1))');
    assert.equal((await rx.recv()).unwrap(), 20);
    assert.equal((await rx.recv()).unwrap(), 30);
  });
});

test('one receiver lagging does not disturb another that keeps up', () => {
  const [tx, slow] = broadcast.channel<string>(2);
  const fast = tx.subscribe();
  for (const v of ['one', 'two', 'three']) {
    tx.send(v);
    assert.equal(fast.tryRecv().unwrap(), v);
  }
  assert.equal(slow.tryRecv().unwrapErr().kind, 'Lagged');
  assert.equal(slow.tryRecv().unwrap(), 'two');
});

test('closed is reported only after the receiver read everything', () => {
  const [tx, rx] = broadcast.channel<number>(2);
  tx.send(1);
  tx.send(2);
  tx.drop();
  assert.equal(rx.tryRecv().unwrap(), 1);
  assert.equal(rx.tryRecv().unwrap(), 2);
  assert.equal(rx.tryRecv().unwrapErr(), TryRecvError.Closed);
});

test('a receiver that lagged behind a closed channel gets Lagged, the rest, then Closed', () => {
  const [tx, rx] = broadcast.channel<number>(2);
  for (const v of [1, 2, 3, 4]) tx.send(v);
  tx.drop();
  assert.equal(rx.tryRecv().unwrapErr().skipped, 2);
  assert.equal(rx.tryRecv().unwrap(), 3);
  assert.equal(rx.tryRecv().unwrap(), 4);
  assert.equal(rx.tryRecv().unwrapErr(), TryRecvError.Closed);
});

test('the channel closes only when the last sender clone is dropped', async () => {
  await inTokio(async () => {
    const [tx, rx] = broadcast.channel<null>(4);
    const tx2 = tx.clone();
    const waiting = spawn(async () => await rx.recv());
    await yieldNow();
    tx.drop();
    await yieldNow();
    assert.equal(waiting.isFinished(), false);
    tx2.drop();
    assert.equal((await waiting).unwrap().unwrapErr(), RecvError.Closed);
  });
});

test('a waiting recv is woken by a send', async () => {
  await inTokio(async () => {
    const [tx, rx] = broadcast.channel<string>(1);
    const waiting = spawn(async () => (await rx.recv()).unwrap());
    await yieldNow();
    tx.send('hello');
    assert.equal((await waiting).unwrap(), 'hello');
  });
});

test('len counts the values not yet received, beyond the capacity after a lag', () => {
  const [tx, rx] = broadcast.channel<number>(3);
  assert.ok(rx.isEmpty());
  for (const v of [10, 20, 30, 40]) tx.send(v);
  assert.equal(rx.len(), 4);
  assert.equal(rx.tryRecv().unwrap(), 10);
  tx.send(50);
  tx.send(60);
  assert.equal(rx.len(), 5);
  assert.equal(rx.tryRecv().unwrapErr().skipped, 1);
  assert.equal(rx.len(), 4);
  assert.ok(!rx.isEmpty());
});

test('receiverCount follows subscribe, resubscribe and drop', () => {
  const [tx, rx] = broadcast.channel<number>(4);
  assert.equal(tx.receiverCount(), 1);
  const rx2 = tx.subscribe();
  const rx3 = rx.resubscribe();
  assert.equal(tx.receiverCount(), 3);
  rx2.drop();
  rx2.drop();
  rx3[Symbol.dispose]();
  assert.equal(tx.receiverCount(), 1);
});

test('resubscribe starts at the tail, not where the receiver is', () => {
  const [tx, rx] = broadcast.channel<number>(4);
  tx.send(1);
  const again = rx.resubscribe();
  assert.equal(again.tryRecv().unwrapErr(), TryRecvError.Empty);
  tx.send(2);
  assert.equal(again.tryRecv().unwrap(), 2);
  assert.equal(rx.tryRecv().unwrap(), 1);
  assert.equal(rx.tryRecv().unwrap(), 2);
});

test('resubscribing to a closed channel gives a receiver that is closed', () => {
  const [tx, rx] = broadcast.channel<number>(2);
  tx.drop();
  assert.equal(rx.resubscribe().tryRecv().unwrapErr(), TryRecvError.Closed);
});

test('recvOp is a select branch, and the branch that loses keeps its value', async () => {
  await inTokio(async () => {
    const [txA, a] = broadcast.channel<string>(4);
    const [txB, b] = broadcast.channel<string>(4);
    txA.send('a');
    txB.send('b');
    const selected = await select([{ op: a.recvOp() }, { op: b.recvOp() }]);
    const loser = selected.index === 0 ? b : a;
    assert.equal(loser.tryRecv().unwrap(), selected.index === 0 ? 'b' : 'a');
  });
});

test('broadcast errors print as Tokio prints them', () => {
  assert.equal(format('{:?} {}', [RecvError.Closed, RecvError.Closed]), 'Closed channel closed');
  assert.equal(format('{:?} {}', [RecvError.Lagged(3), RecvError.Lagged(3)]), 'Lagged(3) channel lagged by 3');
  assert.equal(format('{:?} {}', [TryRecvError.Empty, TryRecvError.Empty]), 'Empty channel empty');
  assert.equal(format('{:?} {}', [TryRecvError.Closed, TryRecvError.Closed]), 'Closed channel closed');
  assert.equal(format('{:?} {}', [TryRecvError.Lagged(2), TryRecvError.Lagged(2)]), 'Lagged(2) channel lagged by 2');
  assert.equal(format('{:#?}', [new broadcast.SendError(5)]), 'SendError(\n    5,\n)');
});
