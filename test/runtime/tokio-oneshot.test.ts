// tokio::sync::oneshot (runtime/src/tokio/oneshot.ts): one behaviour per test, as Tokio 1.24.2
// has it (src/sync/oneshot.rs, tests/sync_oneshot.rs). Error output was checked against a
// real Tokio 1.24.2 program.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Duration,
  format,
  OK,
  oneshot,
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

/** Runs `body` as a Tokio main and fails the test if the program did not end normally. */
async function inMain(body: () => Promise<void>): Promise<void> {
  const { code, stderr } = await runTokio(body);
  assert.equal(code, 0, stderr);
}

function errorOf<E>(result: Result<unknown, E>): E {
  assert.ok(result.isErr(), 'expected an Err');
  return result.error;
}

test('the receiver gets the value sent', async () => {
  let got: unknown;
  await inMain(async () => {
    const [tx, rx] = oneshot.channel<number>();
    assert.equal(tx.send(1), OK);
    got = (await rx).unwrap();
  });
  assert.equal(got, 1);
});

test('the receiver waits until a task sends', async () => {
  const events: string[] = [];
  await inMain(async () => {
    const [tx, rx] = oneshot.channel<string>();
    spawn(() => {
      events.push('sending');
      tx.send('hi').unwrap();
    });
    events.push(`got ${(await rx).unwrap()}`);
  });
  assert.deepEqual(events, ['sending', 'got hi']);
});

test('oneshot receiver gets RecvError when the sender is dropped unsent', async () => {
  let result: Result<number, oneshot.RecvError> | undefined;
  await inMain(async () => {
    const [tx, rx] = oneshot.channel<number>();
    spawn(() => tx.drop());
    result = await rx;
  });
  assert.ok(errorOf(result!) instanceof oneshot.RecvError);
});

test('send fails with the value back once the receiver is dropped', () => {
  const [tx, rx] = oneshot.channel<number>();
  rx.drop();
  assert.equal(errorOf(tx.send(7)), 7);
});

test('send fails with the value back once the receiver is closed', () => {
  const [tx, rx] = oneshot.channel<string>();
  rx.close();
  assert.equal(errorOf(tx.send('late')), 'late');
  assert.equal(errorOf(rx.tryRecv()), oneshot.TryRecvError.Closed);
});

test('send consumes the sender', () => {
  const [tx] = oneshot.channel<number>();
  tx.send(1).unwrap();
  assert.throws(() => tx.send(2), /used after it was sent or dropped/);
});

test('closed() completes when the receiver is dropped, and is_closed turns true', async () => {
  const events: string[] = [];
  await inMain(async () => {
    const [tx, rx] = oneshot.channel<number>();
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
    const [tx, rx] = oneshot.channel<number>();
    spawn(() => rx.close());
    await tx.closed();
    done = true;
  });
  assert.equal(done, true);
});

test('a select on closed() lets a sender give up when the receiver leaves', async () => {
  let index = -2;
  await inMain(async () => {
    const [tx, rx] = oneshot.channel<number>();
    spawn(() => rx.drop());
    ({ index } = await select([{ op: sleep(Duration.fromMillis(1000)) }, { op: tx.closedOp() }]));
  });
  assert.equal(index, 1);
});

test('try_recv reports Empty, then gives the value, then Closed', () => {
  const [tx, rx] = oneshot.channel<number>();
  assert.equal(errorOf(rx.tryRecv()), oneshot.TryRecvError.Empty);
  tx.send(17).unwrap();
  assert.equal(rx.tryRecv().unwrap(), 17);
  assert.equal(errorOf(rx.tryRecv()), oneshot.TryRecvError.Closed);
});

test('try_recv reports Closed when the sender is dropped unsent', () => {
  const [tx, rx] = oneshot.channel<number>();
  tx.drop();
  assert.equal(errorOf(rx.tryRecv()), oneshot.TryRecvError.Closed);
});

test('a receiver closed after the send still gets the value', async () => {
  let got: unknown;
  await inMain(async () => {
    const [tx, rx] = oneshot.channel<number>();
    tx.send(1).unwrap();
    rx.close();
    got = (await rx).unwrap();
  });
  assert.equal(got, 1);
});

test('a receiver closed before any send gets RecvError', async () => {
  let result: Result<number, oneshot.RecvError> | undefined;
  await inMain(async () => {
    const [, rx] = oneshot.channel<number>();
    rx.close();
    result = await rx;
  });
  assert.ok(errorOf(result!) instanceof oneshot.RecvError);
});

test('polling a receiver after it completed panics "called after complete"', () => {
  const [tx, rx] = oneshot.channel<number>();
  tx.send(1).unwrap();
  assert.equal(rx.poll() === PENDING, false);
  assert.throws(() => rx.poll(), new RustPanic('called after complete'));
});

test('a losing select branch on a oneshot receiver takes nothing', async () => {
  let index = -2;
  let later: unknown;
  await inMain(async () => {
    const [tx, rx] = oneshot.channel<number>();
    const [otherTx, otherRx] = oneshot.channel<number>();
    tx.send(1).unwrap();
    otherTx.send(2).unwrap();
    ({ index } = await select([{ op: otherRx }, { op: rx }], { biased: true }));
    later = (await rx).unwrap();
  });
  assert.equal(index, 0);
  assert.equal(later, 1);
});

test('a select waiting on a receiver wakes when the value is sent', async () => {
  let selected: { index: number; value: unknown } | undefined;
  await inMain(async () => {
    const [tx, rx] = oneshot.channel<string>();
    spawn(async () => {
      await yieldNow();
      tx.send('now').unwrap();
    });
    selected = await select([{ op: sleep(Duration.fromMillis(1000)) }, { op: rx }]);
  });
  assert.equal(selected?.index, 1);
  assert.equal((selected?.value as Result<string, unknown>).unwrap(), 'now');
});

test('an aborted task waiting on a receiver leaves the value for the next one', async () => {
  let got: unknown;
  await inMain(async () => {
    const [tx, rx] = oneshot.channel<number>();
    const waiter = spawn(async () => {
      await rx;
    });
    await yieldNow();
    waiter.abort();
    await waiter;
    tx.send(3).unwrap();
    got = rx.tryRecv().unwrap();
  });
  assert.equal(got, 3);
});

test('a `using` declaration drops the sender unsent at the end of its block', async () => {
  let result: Result<number, oneshot.RecvError> | undefined;
  await inMain(async () => {
    const [tx, rx] = oneshot.channel<number>();
    {
      using scoped = tx;
      assert.equal(scoped.isClosed(), false);
    }
    result = await rx;
  });
  assert.ok(result?.isErr());
});

test('a program that awaits a receiver whose sender nobody uses reports the channel', async () => {
  const { code, stderr } = await runTokio(async () => {
    const [tx, rx] = oneshot.channel<number>();
    await rx;
    tx.drop();
  });
  assert.equal(code, STALL_EXIT_CODE);
  assert.match(stderr, /main waits on oneshot channel \(nothing sent yet\)/);
});

test('describe tells a sent value from a dropped sender', () => {
  const [tx, rx] = oneshot.channel<number>();
  tx.send(1).unwrap();
  assert.equal(rx.describe(), 'oneshot channel (value sent)');
  const [tx2, rx2] = oneshot.channel<number>();
  tx2.drop();
  assert.equal(rx2.describe(), 'oneshot channel (sender dropped)');
});

// Debug and Display, as Tokio 1.24.2 prints them (checked with a real program).

test('RecvError prints RecvError(()) and "channel closed"', () => {
  const error = new oneshot.RecvError();
  assert.equal(format('{:?} | {}', [error, error]), 'RecvError(()) | channel closed');
});

test('TryRecvError prints Empty / Closed and "channel empty" / "channel closed"', () => {
  const { Empty, Closed } = oneshot.TryRecvError;
  assert.equal(format('{:?} | {}', [Empty, Empty]), 'Empty | channel empty');
  assert.equal(format('{:?} | {}', [Closed, Closed]), 'Closed | channel closed');
});

test('a failed send prints as Err(value)', () => {
  const [tx, rx] = oneshot.channel<number>();
  rx.drop();
  assert.equal(format('{:?}', [tx.send(7)]), 'Err(7)');
});

test('expect on a RecvError panics with the message and the error Debug', async () => {
  const { code, stderr } = await runTokio(async () => {
    const [tx, rx] = oneshot.channel<number>();
    tx.drop();
    (await rx).expect('Actor task has been killed');
  });
  assert.equal(code, 101);
  assert.match(stderr, /Actor task has been killed: RecvError\(\(\)\)/);
});
