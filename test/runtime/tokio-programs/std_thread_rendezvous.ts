// std::thread with std::sync::mpsc: sync_channel(0) is a rendezvous (each send waits for its
// recv), channel() is unbounded; recv fails once every sender is gone, try_recv and
// recv_timeout say why they got nothing.
import { Duration, println, runMain, std, thread, tuple } from '../../../runtime/src/tokio/index.js';

runMain(async () => {
  const [tx, rx] = std.syncChannel<number>(0);
  const producer = thread.spawn(async () => {
    try {
      let sent = 0;
      for (let i = 1; i <= 5; i++) {
        (await tx.send(i * i)).unwrap();
        sent += 1;
      }
      return sent;
    } finally {
      tx.drop();
    }
  });
  const got: number[] = [];
  for await (const value of rx.iter()) {
    got.push(value);
  }
  println('rendezvous received {:?}', [got]);
  println('producer sent {}', [(await producer.join()).unwrap()]);
  println('recv after the producer ended: {:?}', [await rx.recv()]);

  const [tx2, rx2] = std.channel<[number, number]>();
  const handles: thread.JoinHandle<void>[] = [];
  for (let id = 0; id < 4; id++) {
    const txThread = tx2.clone();
    handles.push(
      thread.spawn(() => {
        try {
          let sum = 0;
          for (let n = 1; n <= 100; n++) sum += n * (id + 1);
          txThread.send([id, sum]).unwrap();
        } finally {
          txThread.drop();
        }
      }),
    );
  }
  for (const handle of handles) {
    (await handle.join()).unwrap();
  }
  const sums: [number, number][] = [];
  for (let k = 0; k < 4; k++) sums.push((await rx2.recv()).unwrap());
  sums.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  println('sums by thread: {:?}', [sums.map(([id, sum]) => tuple(id, sum))]);
  println('try_recv with a sender alive: {:?}', [rx2.tryRecv()]);
  println('recv_timeout: {:?}', [await rx2.recvTimeout(Duration.fromMillis(20))]);
  tx2.drop();
  println('try_recv with every sender gone: {:?}', [rx2.tryRecv()]);
  println('recv_timeout with every sender gone: {:?}', [await rx2.recvTimeout(Duration.fromMillis(20))]);

  const [tx3, rx3] = std.syncChannel<string>(1);
  println('try_send into room: {:?}', [tx3.trySend('a')]);
  println('try_send when full: {:?}', [tx3.trySend('b')]);
  rx3.drop();
  println('send without a receiver: {:?}', [await tx3.send('c')]);
  await thread.sleep(Duration.fromMillis(5));
  println('done');
});
