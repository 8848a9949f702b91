// Where code runs, as Tokio sees it (runtime/src/tokio/context.ts): blocking calls panic inside
// the runtime, timers and spawn outside it (a std thread, a plain `fn main`), each at the
// caller's location. Messages are Tokio 1.24.2's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Duration, mpsc, sleep, thread } from '../../runtime/src/tokio/index.js';
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
