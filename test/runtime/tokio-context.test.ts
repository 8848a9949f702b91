// Where code runs, as Tokio sees it (runtime/src/tokio/context.ts): blocking calls panic inside
// the runtime, timers and spawn outside it (a std thread, a plain `fn main`), each at the
// caller's location; a `spawn_blocking` body may do both. Messages are Tokio 1.24.2's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Duration,
  mpsc,
  oneshot,
  Runtime,
  sleep,
  spawn,
  spawnBlocking,
  thread,
} from '../../runtime/src/tokio/index.js';
import { runTokio } from '../support/run-tokio.js';

test('blocking_recv_inside_the_runtime_panics_at_the_caller', async () => {
  const { code, stderr } = await runTokio(async () => {
    const [tx, rx] = mpsc.unboundedChannel<number>();
    tx.send(1);
    await rx.blockingRecv('src/main.rs:9:16');
  });
  assert.equal(code, 101);
  assert.match(
    stderr,
    /^thread 'main' panicked at src\/main.rs:9:16:\nCannot block the current thread from within a runtime/,
  );
});

test('blocking_recv_from_a_std_thread_waits_for_the_value', async () => {
  let received: number | undefined;
  const { code, stderr } = await runTokio(async () => {
    const [tx, rx] = mpsc.channel<number>(1);
    const worker = thread.spawn(async () => rx.blockingRecv());
    await tx.send(7);
    received = (await worker.join()).unwrap();
  });
  assert.equal(code, 0, stderr);
  assert.equal(received, 7);
});

test('sleep_without_a_runtime_panics_at_the_caller', async () => {
  const { code, stderr } = await runTokio(
    () => {
      sleep(Duration.fromMillis(1), 'src/main.rs:4:14');
    },
    { runtime: false },
  );
  assert.equal(code, 101);
  assert.match(
    stderr,
    /^thread 'main' panicked at src\/main.rs:4:14:\nthere is no reactor running, must be called from the context of a Tokio 1.x runtime/,
  );
});

test('std_thread_sleep_needs_no_runtime', async () => {
  const { code, stderr } = await runTokio(
    async () => {
      await thread.sleep(Duration.fromMillis(1));
    },
    { runtime: false },
  );
  assert.equal(code, 0, stderr);
});

test('mpsc_channel_of_zero_panics_at_the_caller', async () => {
  const { code, stderr } = await runTokio(() => {
    mpsc.channel<number>(0, 'src/main.rs:7:13');
  });
  assert.equal(code, 101);
  assert.match(stderr, /^thread 'main' panicked at src\/main.rs:7:13:\nmpsc bounded channel requires buffer > 0/);
});

test('blocking_recv_inside_spawn_blocking_is_allowed', async () => {
  let received: number | undefined;
  const { code, stderr } = await runTokio(async () => {
    const [tx, rx] = mpsc.channel<number>(1);
    const blocking = spawnBlocking(async () => rx.blockingRecv('src/main.rs:6:40'));
    await tx.send(5);
    received = (await blocking).unwrap();
  });
  assert.equal(code, 0, stderr);
  assert.equal(received, 5);
});

test('blocking_send_inside_spawn_blocking_is_allowed', async () => {
  const received: (number | undefined)[] = [];
  const { code, stderr } = await runTokio(async () => {
    const [tx, rx] = mpsc.channel<number>(1);
    const blocking = spawnBlocking(async () => {
      for (const n of [1, 2, 3]) (await tx.blockingSend(n, 'src/main.rs:8:20')).unwrap();
    });
    for (let i = 0; i < 3; i++) received.push(await rx.recv());
    (await blocking).unwrap();
  });
  assert.equal(code, 0, stderr);
  assert.deepEqual(received, [1, 2, 3]);
});

test('spawn_inside_spawn_blocking_has_the_runtime', async () => {
  let value: number | undefined;
  const { code, stderr } = await runTokio(async () => {
    const inner = await spawnBlocking(() => spawn(async () => 9));
    value = (await inner.unwrap()).unwrap();
  });
  assert.equal(code, 0, stderr);
  assert.equal(value, 9);
});

test('blocking_recv_inside_a_runtimes_spawn_blocking_is_allowed', async () => {
  let received: string | undefined;
  const { code, stderr } = await runTokio(
    async () => {
      const runtime = Runtime.new().unwrap();
      await runtime.blockOn(async () => {
        const [tx, rx] = oneshot.channel<string>();
        const blocking = runtime.spawnBlocking(async () => rx.blockingRecv('src/main.rs:9:30'));
        tx.send('hi');
        received = (await blocking).unwrap().unwrap();
      });
    },
    { runtime: false },
  );
  assert.equal(code, 0, stderr);
  assert.equal(received, 'hi');
});
