// tokio::time::timeout: Err(Elapsed) when the future is not ready in time (the future is
// dropped: a pending recv takes nothing), Ok(value) when it completes first, and a future
// that is already ready wins even against a zero duration.
import { option } from '../../../runtime/src/fmt/rust.js';
import { Duration, mpsc, oneshot, println, runMain, sleep, spawn, timeout } from '../../../runtime/src/tokio/index.js';

runMain(async () => {
  const [tx, rx] = mpsc.channel<number>(4);
  const r = await timeout(Duration.fromMillis(20), rx.recvOp());
  println('recv with nothing sent: {:?}', [r.map(option)]);
  if (r.isErr()) {
    println('display: {}', [r.error]);
  }

  const [otx, orx] = oneshot.channel<number>();
  spawn(async () => {
    await sleep(Duration.fromMillis(10));
    otx.send(5).unwrap();
  });
  println('oneshot answered in time: {:?}', [await timeout(Duration.fromMillis(500), orx)]);

  (await tx.send(9)).unwrap();
  println('ready value, zero duration: {:?}', [(await timeout(Duration.fromMillis(0), rx.recvOp())).map(option)]);

  const slow = await timeout(Duration.fromMillis(20), async () => {
    await sleep(Duration.fromMillis(200));
    return 'slow';
  });
  println('slow future: {:?}', [slow.isErr()]);

  (await tx.send(10)).unwrap();
  println('nothing was lost: {:?}', [option(await rx.recv())]);
});
