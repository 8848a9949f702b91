// A manager task owns a HashMap; clients talk to it through an mpsc channel of commands, each
// carrying a oneshot sender for the reply (the pattern of Tokio's mini-redis tutorial).
import { option } from '../../../runtime/src/fmt/rust.js';
import { mpsc, oneshot, type Option, println, runMain, spawn } from '../../../runtime/src/tokio/index.js';

type Responder<T> = oneshot.Sender<T>;

type Command =
  | { kind: 'Get'; key: string; resp: Responder<Option<number>> }
  | { kind: 'Set'; key: string; val: number; resp: Responder<Option<number>> }
  | { kind: 'Forget'; key: string; resp: Responder<Option<number>> };

runMain(async () => {
  const [tx, rx] = mpsc.channel<Command>(8);

  const manager = spawn(async () => {
    const store = new Map<string, number>();
    let handled = 0;
    for (let cmd = await rx.recv(); cmd !== undefined; cmd = await rx.recv()) {
      handled += 1;
      switch (cmd.kind) {
        case 'Get': {
          cmd.resp.send(store.get(cmd.key));
          break;
        }
        case 'Set': {
          const previous = store.get(cmd.key);
          store.set(cmd.key, cmd.val);
          cmd.resp.send(previous);
          break;
        }
        case 'Forget': {
          // dropped without an answer: the client sees RecvError
          println('manager: forgetting to answer about {}', [cmd.key]);
          cmd.resp.drop();
          break;
        }
      }
    }
    println('manager: channel closed after {} commands', [handled]);
    return store.size;
  });

  const tx2 = tx.clone();
  const setter = spawn(async () => {
    try {
      let [respTx, respRx] = oneshot.channel<Option<number>>();
      (await tx2.send({ kind: 'Set', key: 'foo', val: 7, resp: respTx })).unwrap();
      const previous = await respRx;
      println('set foo = 7 -> {:?}', [previous.map(option)]);
      [respTx, respRx] = oneshot.channel<Option<number>>();
      (await tx2.send({ kind: 'Set', key: 'foo', val: 8, resp: respTx })).unwrap();
      println('set foo = 8 -> {:?}', [(await respRx).map(option)]);
    } finally {
      tx2.drop();
    }
  });
  (await setter).unwrap();

  let [respTx, respRx] = oneshot.channel<Option<number>>();
  (await tx.send({ kind: 'Get', key: 'foo', resp: respTx })).unwrap();
  println('get foo -> {:?}', [(await respRx).map(option)]);

  [respTx, respRx] = oneshot.channel<Option<number>>();
  (await tx.send({ kind: 'Get', key: 'bar', resp: respTx })).unwrap();
  println('get bar -> {:?}', [(await respRx).map(option)]);

  [respTx, respRx] = oneshot.channel<Option<number>>();
  (await tx.send({ kind: 'Forget', key: 'foo', resp: respTx })).unwrap();
  const answer = await respRx;
  if (answer.isOk()) println('forget foo -> {:?}', [option(answer.value)]);
  else println('forget foo -> error {:?}: {}', [answer.error, answer.error]);

  // a oneshot whose receiver is gone gives the value back
  const [lostTx, lostRx] = oneshot.channel<number>();
  lostRx.drop();
  println('send to a dropped receiver -> {:?}', [lostTx.send(99)]);

  tx.drop();
  const size = (await manager).unwrap();
  println('store size at the end: {}', [size]);
});
