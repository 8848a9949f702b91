// Sending on a closed channel panics, even on a buffered channel with room left.
import { close, fmt, makeChan, runMain } from '../../../runtime/src/go/index.js';

runMain(async () => {
  const ch = makeChan<string>(2, '', 'ch', 'chan string');
  await ch.send('one');
  close(ch);
  fmt.println('still receivable after close:', await ch.recv());
  fmt.println('sending on the closed channel...');
  await ch.send('two');
  fmt.println('unreachable');
});
