// A spawned task that panics prints Rust's panic message on stderr and ends only itself:
// main goes on, and awaiting the task's JoinHandle gives an Err(JoinError) that is_panic().
import { format, mpsc, panic, println, runMain, some, spawn } from '../../../runtime/src/tokio/index.js';

runMain(async () => {
  const [tx, rx] = mpsc.channel<number>(4);
  const worker = spawn(async () => {
    try {
      let sent = 0;
      for (let i = 1; i <= 3; i++) {
        (await tx.send(i)).unwrap();
        sent += 1;
      }
      if (sent === 3) {
        panic(format('worker {} failed after sending {} values', [7, sent]), 'src/bin/task_panic.rs:15:13');
      }
      return 'never';
    } finally {
      tx.drop();
    }
  });
  const got: number[] = [];
  for (let v = await rx.recv(); v !== undefined; v = await rx.recv()) {
    got.push(v);
  }
  println('received before the panic closed the channel: {:?}', [got]);
  const joined = await worker;
  if (joined.isOk()) println('worker returned {}', [joined.value]);
  else {
    const e = joined.error;
    println('worker failed: is_panic={} is_cancelled={}', [e.isPanic(), e.isCancelled()]);
    const payload = e.panicMessage;
    println('panic payload: {:?}', [some(payload)]);
  }
  println('main still runs');
});
