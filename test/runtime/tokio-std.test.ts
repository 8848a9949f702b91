// std::sync::mpsc and std::thread (runtime/src/tokio/std-sync.ts, std-thread.ts). Behaviours
// from std's documentation; Debug and Display as rustc 1.95 prints them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Duration,
  format,
  Instant,
  panic,
  std,
  thread,
  TryRecvError,
  yieldNow,
} from '../../runtime/src/tokio/index.js';
import { runTokio } from '../support/run-tokio.js';

const { RecvError, RecvTimeoutError } = std;
const ms = (n: number) => Duration.fromMillis(n);

/** Runs `main` as a program and fails the test with its output unless it ended well. */
async function inProgram(main: () => Promise<void>): Promise<void> {
  const { code, stderr } = await runTokio(main);
  assert.equal(code, 0, stderr);
}

test('an unbounded channel delivers in order without the sender waiting', () => {
  const [tx, rx] = std.channel<number>();
  for (let i = 0; i < 100; i++) assert.ok(tx.send(i).isOk());
  for (let i = 0; i < 100; i++) assert.equal(rx.tryRecv().unwrap(), i);
});

test('recv waits for a value from another thread', async () => {
  await inProgram(async () => {
    const [tx, rx] = std.channel<string>();
    thread.spawn(async () => {
      await thread.sleep(ms(2));
      tx.send('late');
    });
    assert.equal((await rx.recv()).unwrap(), 'late');
  });
});

test('std recv errs after every sender is dropped', async () => {
  await inProgram(async () => {
    const [tx, rx] = std.channel<number>();
    const tx2 = tx.clone();
    tx.send(1);
    tx.drop();
    tx2.send(2);
    const waiting = thread.spawn(async () => {
      const got: unknown[] = [];
      for (let i = 0; i < 3; i++) got.push(await rx.recv());
      return got;
    });
    await yieldNow();
    assert.equal(waiting.isFinished(), false);
    tx2.drop();
    assert.equal(format('{:?}', [(await waiting.join()).unwrap()]), '[Ok(1), Ok(2), Err(RecvError)]');
  });
});

test('send fails once the receiver is dropped and gives the value back', () => {
  const [tx, rx] = std.channel<string>();
  rx.drop();
  const sent = tx.send('lost');
  assert.equal(sent.unwrapErr().value, 'lost');
  assert.equal(format('{:?} / {}', [sent, sent.unwrapErr()]), 'Err(SendError { .. }) / sending on a closed channel');
});

test('sync_channel(0) send completes only when received', async () => {
  await inProgram(async () => {
    const [tx, rx] = std.syncChannel<number>(0);
    const sender = thread.spawn(async () => {
      (await tx.send(7)).unwrap();
    });
    await thread.sleep(ms(5));
    assert.equal(sender.isFinished(), false);
    assert.equal((await rx.recv()).unwrap(), 7);
    (await sender.join()).unwrap();
  });
});

test('sync_channel(0) send to a waiting receiver completes', async () => {
  await inProgram(async () => {
    const [tx, rx] = std.syncChannel<string>(0);
    const receiver = thread.spawn(async () => (await rx.recv()).unwrap());
    await yieldNow();
    (await tx.send('hand over')).unwrap();
    assert.equal((await receiver.join()).unwrap(), 'hand over');
  });
});

test('try_recv takes the value a rendezvous sender offers', async () => {
  await inProgram(async () => {
    const [tx, rx] = std.syncChannel<number>(0);
    const sender = thread.spawn(async () => await tx.send(1));
    await yieldNow();
    assert.equal(rx.tryRecv().unwrap(), 1);
    (await sender.join()).unwrap().unwrap();
  });
});

test('a sync channel send waits while the buffer is full, and values keep their order', async () => {
  await inProgram(async () => {
    const [tx, rx] = std.syncChannel<number>(2);
    const sender = thread.spawn(async () => {
      for (let i = 1; i <= 5; i++) (await tx.send(i)).unwrap();
      tx.drop();
    });
    await thread.sleep(ms(2));
    assert.equal(sender.isFinished(), false);
    const got: number[] = [];
    for await (const v of rx) got.push(v);
    assert.deepEqual(got, [1, 2, 3, 4, 5]);
  });
});

test('a blocked sync send fails when the receiver is dropped', async () => {
  await inProgram(async () => {
    const [tx, rx] = std.syncChannel<string>(0);
    const sender = thread.spawn(async () => await tx.send('never taken'));
    await yieldNow();
    rx.drop();
    const sent = (await sender.join()).unwrap();
    assert.equal(sent.unwrapErr().value, 'never taken');
  });
});

test('try_send says Full without room and Disconnected without a receiver', () => {
  const [tx, rx] = std.syncChannel<string>(1);
  assert.ok(tx.trySend('a').isOk());
  const full = tx.trySend('b');
  assert.equal(
    format('{:?} / {}', [full, full.unwrapErr()]),
    'Err(TrySendError::Full(..)) / sending on a full channel',
  );
  rx.drop();
  const gone = tx.trySend('c').unwrapErr();
  assert.equal(format('{:?} / {}', [gone, gone]), 'TrySendError::Disconnected(..) / sending on a closed channel');
  assert.equal(gone.value, 'c');
});

test('try_send on a rendezvous channel succeeds only while the receiver waits', async () => {
  await inProgram(async () => {
    const [tx, rx] = std.syncChannel<number>(0);
    assert.equal(tx.trySend(1).unwrapErr().kind, 'Full');
    const receiver = thread.spawn(async () => (await rx.recv()).unwrap());
    await yieldNow();
    assert.ok(tx.trySend(2).isOk());
    assert.equal((await receiver.join()).unwrap(), 2);
  });
});

test('try_recv says Empty while a sender lives and Disconnected once all are gone', () => {
  const [tx, rx] = std.channel<number>();
  assert.equal(rx.tryRecv().unwrapErr(), TryRecvError.Empty);
  tx.send(1);
  tx.drop();
  assert.equal(rx.tryRecv().unwrap(), 1);
  const gone = rx.tryRecv().unwrapErr();
  assert.equal(gone, TryRecvError.Disconnected);
  assert.equal(format('{:?} / {}', [gone, gone]), 'Disconnected / receiving on a closed channel');
});

test('recv_timeout gives Timeout after the duration, and Disconnected without senders', async () => {
  await inProgram(async () => {
    const [tx, rx] = std.channel<number>();
    const start = Instant.now();
    assert.equal((await rx.recvTimeout(ms(10))).unwrapErr(), RecvTimeoutError.Timeout);
    assert.ok(start.elapsed().asMillis() >= 9);
    tx.send(3);
    assert.equal((await rx.recvTimeout(ms(10))).unwrap(), 3);
    tx.drop();
    assert.equal((await rx.recvTimeout(ms(10))).unwrapErr(), RecvTimeoutError.Disconnected);
  });
});

test('iter ends once every sender is dropped', async () => {
  await inProgram(async () => {
    const [tx, rx] = std.channel<number>();
    for (let id = 0; id < 3; id++) {
      const txThread = tx.clone();
      thread.spawn(() => {
        txThread.send(id);
        txThread.drop();
      });
    }
    tx.drop();
    const got: number[] = [];
    for await (const v of rx.iter()) got.push(v);
    assert.deepEqual(got.sort(), [0, 1, 2]);
  });
});

test('join gives what the thread returned', async () => {
  await inProgram(async () => {
    const handle = thread.spawn(() => 7);
    assert.equal(format('{:?}', [await handle.join()]), 'Ok(7)');
  });
});

test('a panicking thread prints its panic and join gives Err(Any)', async () => {
  const { code, stdout, stderr } = await runTokio(async () => {
    const handle = thread.spawn(() => panic('boom 1', 'src/main.rs:16:37'));
    const joined = await handle.join();
    assert.equal(format('{:?}', [joined]), 'Err(Any { .. })');
    assert.equal(joined.unwrapErr().message, 'boom 1');
  });
  assert.equal(code, 0);
  assert.equal(stdout, '');
  assert.equal(
    stderr,
    "thread '<unnamed>' panicked at src/main.rs:16:37:\nboom 1\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n",
  );
});

test('unwrapping the join of a panicked thread panics main with Any', async () => {
  const { code, stderr } = await runTokio(async () => {
    (await thread.spawn(() => panic('inner')).join()).unwrap();
  });
  assert.equal(code, 101);
  assert.equal(
    stderr,
    "thread '<unnamed>' panicked at src/main.rs:\ninner\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n" +
      "\nthread 'main' panicked at src/main.rs:\ncalled `Result::unwrap()` on an `Err` value: Any { .. }\n",
  );
});

test('std errors print as std prints them', () => {
  assert.equal(format('{:?} / {}', [RecvError.Closed, RecvError.Closed]), 'RecvError / receiving on a closed channel');
  const timedOut = RecvTimeoutError.Timeout;
  assert.equal(format('{:?} / {}', [timedOut, timedOut]), 'Timeout / timed out waiting on channel');
  const disconnected = RecvTimeoutError.Disconnected;
  assert.equal(
    format('{:?} / {}', [disconnected, disconnected]),
    'Disconnected / channel is empty and sending half is closed',
  );
  assert.equal(format('{:?} / {}', [TryRecvError.Empty, TryRecvError.Empty]), 'Empty / receiving on an empty channel');
});
