// Lesson 11 (Channels & Messaging): two producers, one consumer on a bounded mpsc channel.
// The lesson's producer sleeps 1 s and the order of its first two messages is up to the
// scheduler; here the sleeps are short and far enough apart to fix the order.
import { Duration, mpsc, println, runMain, sleep, spawn } from '../../../runtime/src/tokio/index.js';

runMain(async () => {
  const [tx, rx] = mpsc.channel<string>(3);
  const tx1 = tx.clone();

  // --- Producer 1 ---
  spawn(async () => {
    try {
      (await tx1.send('📤 Upload completed')).unwrap();
      await sleep(Duration.fromMillis(500));
      (await tx1.send('📦 File synced to bucket')).unwrap();
    } finally {
      tx1.drop();
    }
  });

  // --- Producer 2 ---
  spawn(async () => {
    try {
      await sleep(Duration.fromMillis(100));
      (await tx.send('💳 Payment processed')).unwrap();
    } finally {
      tx.drop();
    }
  });

  // --- Consumer ---
  for (let msg = await rx.recv(); msg !== undefined; msg = await rx.recv()) {
    println('📨 Received: {}', [msg]);
  }
  println('channel closed: every sender was dropped');
});
