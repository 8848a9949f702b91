// A select! loop over two receivers: a branch whose recv() gives None is disabled, and
// `else => break` leaves the loop once both channels are closed and drained.
import { option } from '../../../runtime/src/fmt/rust.js';
import { mpsc, println, runMain, select, spawn, yieldNow } from '../../../runtime/src/tokio/index.js';

runMain(async () => {
  const [txA, rxA] = mpsc.channel<number>(2);
  const [txB, rxB] = mpsc.unboundedChannel<string>();

  spawn(async () => {
    try {
      for (let i = 1; i <= 5; i++) {
        (await txA.send(i)).unwrap();
      }
    } finally {
      txA.drop();
    }
  });
  spawn(async () => {
    try {
      for (const word of ['alpha', 'beta', 'gamma']) {
        txB.send(word).unwrap();
        await yieldNow();
      }
    } finally {
      txB.drop();
    }
  });

  const numbers: number[] = [];
  const words: string[] = [];
  let rounds = 0;
  for (;;) {
    const isSome = (v: unknown) => v !== undefined;
    const selected = await select(
      [
        { op: rxA.recvOp(), matches: isSome },
        { op: rxB.recvOp(), matches: isSome },
      ],
      { hasElse: true },
    );
    if (selected.index === 0) numbers.push(selected.value as number);
    else if (selected.index === 1) words.push(selected.value as string);
    else break;
    rounds += 1;
  }
  println('numbers: {:?}', [numbers]);
  println('words: {:?}', [words]);
  println('rounds with a value: {}', [rounds]);
  println('after the loop: {:?} {:?}', [option(await rxA.recv()), option(await rxB.recv())]);
});
