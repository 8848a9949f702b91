// JoinHandle::abort cancels a task at its next await: awaiting the handle then gives a
// JoinError that is_cancelled(), and the task's captured sender is dropped with it. Aborting a
// task that already finished changes nothing.
import { option } from '../../../runtime/src/fmt/rust.js';
import { Duration, mpsc, oneshot, println, runMain, sleep, spawn } from '../../../runtime/src/tokio/index.js';

runMain(async () => {
  const [tx, rx] = mpsc.channel<string>(1);
  const sleeper = spawn(async () => {
    try {
      (await tx.send('going to sleep')).unwrap();
      await sleep(Duration.fromSecs(10));
      (await tx.send('woke up')).unwrap();
      return 42;
    } finally {
      tx.drop();
    }
  });
  println('got: {:?}', [option(await rx.recv())]);
  sleeper.abort();
  const slept = await sleeper;
  if (slept.isOk()) println('sleeper returned {}', [slept.value]);
  else println('sleeper: is_cancelled={} is_panic={}', [slept.error.isCancelled(), slept.error.isPanic()]);
  println('after abort the channel is closed: {:?}', [option(await rx.recv())]);

  const quick = spawn(async () => 7);
  await sleep(Duration.fromMillis(20));
  println('quick finished: {}', [quick.isFinished()]);
  quick.abort();
  println('quick after abort: {:?}', [(await quick).mapErr((e) => e.isCancelled())]);

  const [neverTx, neverRx] = oneshot.channel<null>();
  const waiting = spawn(async () => {
    try {
      await neverRx;
      println('this never prints');
    } finally {
      neverRx.drop();
    }
  }, [neverRx]);
  waiting.abort();
  println('aborted while waiting: cancelled={}', [(await waiting).unwrapErr().isCancelled()]);
  println('its receiver was dropped: {}', [neverTx.isClosed()]);
});
