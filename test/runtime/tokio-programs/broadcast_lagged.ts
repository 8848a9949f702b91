// broadcast: capacity 3 is rounded up to 4; a receiver that falls more than 4 values behind
// gets Lagged(n) once, then the oldest value still held. Closed comes only after the last
// sender is dropped and the receiver has read everything.
import { broadcast, panic, println, runMain, spawn } from '../../../runtime/src/tokio/index.js';

runMain(async () => {
  const [tx, slow] = broadcast.channel<number>(3);
  const fast = tx.subscribe();
  println('receivers: {}', [tx.receiverCount()]);

  for (let i = 0; i < 3; i++) {
    tx.send(i).unwrap();
  }
  for (let k = 0; k < 3; k++) {
    println('fast got {:?}', [await fast.recv()]);
  }

  const fastGot: number[] = [];
  for (let i = 3; i < 10; i++) {
    const sent = tx.send(i * 10).unwrap();
    if (i === 9) {
      println('last send reached {} receivers', [sent]);
    }
    fastGot.push((await fast.recv()).unwrap());
  }
  println('fast kept up: {:?}', [fastGot]);
  println('not yet received: slow {}, fast {}', [slow.len(), fast.len()]);

  for (;;) {
    const r = await slow.recv();
    if (r.isOk()) println('slow got {}', [r.value]);
    else if (r.error.kind === 'Lagged') println('slow lagged: {:?} ({})', [r.error, r.error]);
    else panic('internal error: entered unreachable code', 'src/bin/broadcast_lagged.rs:35:39');
    if (slow.isEmpty()) {
      break;
    }
  }
  println('slow try_recv: {:?}', [slow.tryRecv()]);

  const handle = spawn(async () => {
    try {
      const got: number[] = [];
      for (;;) {
        const r = await fast.recv();
        if (r.isOk()) got.push(r.value);
        else {
          println('fast stops on {:?}: {}', [r.error, r.error]);
          break;
        }
      }
      return got;
    } finally {
      fast.drop();
    }
  });
  tx.send(100).unwrap();
  tx.drop();
  println('fast got the rest: {:?}', [(await handle).unwrap()]);
  println('slow after the sender is gone: {:?}', [await slow.recv()]);
  println('then: {:?}', [await slow.recv()]);
  const [tx2, rx2] = broadcast.channel<number>(1);
  rx2.drop();
  println('send with no receivers: {:?}', [tx2.send(5)]);
});
