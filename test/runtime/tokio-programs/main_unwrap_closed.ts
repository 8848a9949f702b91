// main unwraps the result of a send on a channel whose receiver is gone: a panic in main
// ends the program with exit code 101.
import { mpsc, println, runMain, RustPanic } from '../../../runtime/src/tokio/index.js';

/**
 * Runs `f` (an `.unwrap()`) as if it stood at `location` in the Rust source: Result.unwrap()
 * takes no location (only panic() does), so its panic would report src/main.rs.
 */
function at<T>(location: string, f: () => T): T {
  try {
    return f();
  } catch (error) {
    if (error instanceof RustPanic && error.location === '') throw new RustPanic(error.message, location);
    throw error;
  }
}

runMain(async () => {
  const [tx, rx] = mpsc.channel<number>(1);
  const first = await tx.send(1);
  at('src/bin/main_unwrap_closed.rs:8:22', () => first.unwrap());
  println('first send ok');
  rx.drop();
  println('receiver dropped; sending again');
  const second = await tx.send(2);
  at('src/bin/main_unwrap_closed.rs:12:22', () => second.unwrap());
  println('never printed');
});
