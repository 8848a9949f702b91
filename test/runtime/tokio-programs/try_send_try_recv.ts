// try_send gives Full while the buffer is full and Closed once the receiver is gone;
// try_recv gives Empty while senders live and Disconnected once they are all dropped.
import { option } from '../../../runtime/src/fmt/rust.js';
import { mpsc, println, runMain, TryRecvError } from '../../../runtime/src/tokio/index.js';

runMain(async () => {
  const [tx, rx] = mpsc.channel<number>(2);
  println('capacity {} of {}', [tx.capacity(), tx.maxCapacity()]);
  println('try_send 1: {:?}', [tx.trySend(1)]);
  println('try_send 2: {:?}', [tx.trySend(2)]);
  println('capacity now {}', [tx.capacity()]);
  const r3 = tx.trySend(3);
  if (r3.isErr() && r3.error.kind === 'Full') println('try_send 3: Full, got {} back', [r3.error.value]);
  else println('try_send 3: unexpected {:?}', [r3]);
  let e = tx.trySend(4).unwrapErr();
  println('try_send 4: {:?} / {}', [e, e]);

  println('try_recv: {:?}', [rx.tryRecv()]);
  println('recv: {:?}', [option(await rx.recv())]);
  println('try_recv on empty: {:?}', [rx.tryRecv()]);
  const again = rx.tryRecv();
  if (again.isErr() && again.error === TryRecvError.Empty) println('still empty: {}', [TryRecvError.Empty]);
  else println('unexpected {:?}', [again]);

  rx.close();
  println('closed: {}', [tx.isClosed()]);
  e = tx.trySend(5).unwrapErr();
  println('try_send after close: {:?} / {}', [e, e]);
  const sendError = (await tx.send(6)).unwrapErr();
  println('send after close: {:?} / {} / value {}', [sendError, sendError, sendError.value]);
  println('try_recv after close: {:?}', [rx.tryRecv()]);

  const [utx, urx] = mpsc.unboundedChannel<string>();
  utx.send('last words').unwrap();
  utx.drop();
  println('try_recv: {:?}', [urx.tryRecv()]);
  const re = urx.tryRecv().unwrapErr();
  println('try_recv after drop: {:?} / {}', [re, re]);
  println('recv after drop: {:?}', [option(await urx.recv())]);
});
