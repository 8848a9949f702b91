// main unwraps the result of a send on a channel whose receiver is gone: a panic in main
// ends the program with exit code 101.
import { mpsc, println, runMain } from '../../../runtime/src/tokio/index.js';

runMain(async () => {
  const [tx, rx] = mpsc.channel<number>(1);
  const first = await tx.send(1);
  first.unwrap('src/bin/main_unwrap_closed.rs:8:22');
  println('first send ok');
  rx.drop();
  println('receiver dropped; sending again');
  const second = await tx.send(2);
  second.unwrap('src/bin/main_unwrap_closed.rs:12:22');
  println('never printed');
});
