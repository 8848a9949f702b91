// A deadlock: one goroutine sends a single value, main waits for a second one that nobody
// will ever send. The runtime notices that every goroutine is asleep.
import { fmt, go, makeChan, runMain } from '../../../runtime/src/go/index.js';

runMain(async () => {
  const ch = makeChan<number>(0, 0, 'ch', 'chan int');
  go(async () => {
    await ch.send(1);
  });
  fmt.println('first:', await ch.recv());
  fmt.println('waiting for a second value...');
  fmt.println('second:', await ch.recv());
});
