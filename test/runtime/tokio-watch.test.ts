// tokio::sync::watch (runtime/src/tokio/watch.ts). Behaviours from Tokio 1.24.2's
// src/sync/watch.rs and tests/sync_watch.rs; messages and Debug as Tokio prints them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { format, OK, select, spawn, watch, yieldNow } from '../../runtime/src/tokio/index.js';
import { runTokio } from '../support/run-tokio.js';

const { RecvError } = watch;

/** Runs `main` as a Tokio program and fails the test with its output unless it ended well. */
async function inTokio(main: () => Promise<void>): Promise<void> {
  const { code, stderr } = await runTokio(main);
  assert.equal(code, 0, stderr);
}

test('borrow gives the initial value', () => {
  const [tx, rx] = watch.channel('one');
  assert.equal(rx.borrow(), 'one');
  assert.equal(tx.borrow(), 'one');
});

test('watch changed waits for a version newer than the one seen', async () => {
  await inTokio(async () => {
    const [tx, rx] = watch.channel('one');
    const waiting = spawn(async () => {
      (await rx.changed()).unwrap();
      return rx.borrow();
    });
    await yieldNow();
    assert.equal(waiting.isFinished(), false);
    tx.send('two').unwrap();
    assert.equal((await waiting).unwrap(), 'two');
  });
});

test('changed completes at once for a value sent before it was called, and marks it seen', () => {
  const [tx, rx] = watch.channel(1);
  tx.send(2).unwrap();
  assert.equal(rx.changed(), OK);
  assert.ok(rx.changed() instanceof Promise);
});

test('values sent while nobody looked coalesce into one change', async () => {
  await inTokio(async () => {
    const [tx, rx] = watch.channel(0);
    for (let i = 1; i <= 3; i++) tx.send(i).unwrap();
    (await rx.changed()).unwrap();
    assert.equal(rx.borrow(), 3);
    assert.equal(rx.hasChanged().unwrap(), false);
  });
});

test('borrow_and_update marks the value seen', () => {
  const [tx, rx] = watch.channel('one');
  tx.send('two').unwrap();
  assert.equal(rx.borrow(), 'two');
  assert.equal(rx.hasChanged().unwrap(), true);
  assert.equal(rx.borrowAndUpdate(), 'two');
  assert.equal(rx.hasChanged().unwrap(), false);
});

test('has_changed errs once the sender is dropped, even with an unseen value', () => {
  const [tx, rx] = watch.channel('one');
  assert.equal(rx.hasChanged().unwrap(), false);
  tx.send('two').unwrap();
  tx.drop();
  assert.equal(rx.hasChanged().unwrapErr(), RecvError.Closed);
});

test('changed still gives the last value sent before the sender was dropped, then errs', async () => {
  await inTokio(async () => {
    const [tx, rx] = watch.channel('one');
    tx.send('two').unwrap();
    tx.drop();
    (await rx.changed()).unwrap();
    assert.equal(rx.borrow(), 'two');
    assert.equal((await rx.changed()).unwrapErr(), RecvError.Closed);
  });
});

test('a waiting changed errs when the sender is dropped', async () => {
  await inTokio(async () => {
    const [tx, rx] = watch.channel('one');
    const waiting = spawn(async () => await rx.changed());
    await yieldNow();
    tx[Symbol.dispose]();
    assert.equal((await waiting).unwrap().unwrapErr(), RecvError.Closed);
    assert.equal(rx.borrow(), 'one');
  });
});

test('watch send fails without receivers', () => {
  const [tx, rx] = watch.channel(0);
  rx.drop();
  const sent = tx.send(1);
  assert.equal(sent.unwrapErr().value, 1);
  assert.equal(tx.borrow(), 0);
});

test('send_replace stores the value without receivers and gives back the old one', () => {
  const [tx, rx] = watch.channel('old');
  rx.drop();
  assert.equal(tx.sendReplace('new'), 'old');
  assert.equal(tx.borrow(), 'new');
});

test('send_modify changes the value in place or takes the value returned, and notifies', () => {
  const [tx, rx] = watch.channel({ count: 1 });
  tx.sendModify((state) => {
    state.count += 1;
  });
  assert.equal(rx.borrowAndUpdate().count, 2);
  const [numberTx, numberRx] = watch.channel(1);
  numberTx.sendModify((n) => n + 1);
  assert.equal(numberRx.hasChanged().unwrap(), true);
  assert.equal(numberRx.borrow(), 2);
});

test('every receiver is woken by one send', async () => {
  await inTokio(async () => {
    const [tx, rx1] = watch.channel('one');
    const rx2 = rx1.clone();
    const watchers = [rx1, rx2].map((rx) =>
      spawn(async () => {
        (await rx.changed()).unwrap();
        return rx.borrow();
      }),
    );
    await yieldNow();
    tx.send('two').unwrap();
    for (const w of watchers) assert.equal((await w).unwrap(), 'two');
  });
});

test('a cloned receiver starts with the version its original has seen', () => {
  const [tx, rx] = watch.channel(0);
  tx.send(1).unwrap();
  const unseen = rx.clone();
  rx.borrowAndUpdate();
  const seen = rx.clone();
  assert.equal(unseen.hasChanged().unwrap(), true);
  assert.equal(seen.hasChanged().unwrap(), false);
});

test('subscribe gives a receiver that has seen the current value', () => {
  const [tx, rx] = watch.channel(0);
  tx.send(1).unwrap();
  assert.equal(tx.subscribe().hasChanged().unwrap(), false);
  assert.equal(rx.hasChanged().unwrap(), true);
});

test('the sender is closed while no receiver is left, and reopened by subscribe', () => {
  const [tx, rx] = watch.channel('one');
  assert.equal(tx.isClosed(), false);
  rx.drop();
  assert.equal(tx.isClosed(), true);
  const again = tx.subscribe();
  assert.equal(tx.receiverCount(), 1);
  assert.equal(tx.isClosed(), false);
  again.drop();
  assert.equal(tx.isClosed(), true);
});

test('closed completes when the last receiver is dropped', async () => {
  await inTokio(async () => {
    const [tx, rx] = watch.channel('one');
    const rx2 = rx.clone();
    const closing = spawn(async () => await tx.closed());
    await yieldNow();
    rx.drop();
    await yieldNow();
    assert.equal(closing.isFinished(), false);
    rx2.drop();
    await closing;
    assert.ok(tx.send('two').isErr());
  });
});

test('changedOp is a select branch', async () => {
  await inTokio(async () => {
    const [tx, rx] = watch.channel(0);
    const [, quiet] = watch.channel(0);
    const waiting = spawn(async () => await select([{ op: quiet.changedOp() }, { op: rx.changedOp() }]));
    await yieldNow();
    tx.send(5).unwrap();
    assert.equal((await waiting).unwrap().index, 1);
    assert.equal(rx.hasChanged().unwrap(), false);
  });
});

test('watch errors print as Tokio prints them', () => {
  assert.equal(format('{:?} / {}', [RecvError.Closed, RecvError.Closed]), 'RecvError(()) / channel closed');
  const sendError = new watch.SendError('x');
  assert.equal(format('{:?} / {}', [sendError, sendError]), 'SendError("x") / channel closed');
});

test('ref_has_changed_tells_whether_the_borrowed_value_was_unseen', () => {
  const [tx, rx] = watch.channel('a');
  tx.send('b');
  const updated = rx.borrowAndUpdateRef();
  assert.equal(updated.value, 'b');
  assert.equal(updated.hasChanged(), true);
  assert.equal(rx.borrowRef().hasChanged(), false);
});

test('same_channel_is_true_only_for_receivers_of_one_channel', () => {
  const [tx, rx] = watch.channel(0);
  const [, other] = watch.channel(0);
  assert.equal(rx.sameChannel(rx.clone()), true);
  assert.equal(rx.sameChannel(tx.subscribe()), true);
  assert.equal(rx.sameChannel(other), false);
});
