// A ticker that ticks three times and is stopped; receive-with-ok on a closed channel;
// len and cap of a buffered channel.
import { cap, close, fmt, len, makeChan, runMain, time } from '../../../runtime/src/go/index.js';

runMain(async () => {
  const ticker = time.newTicker(10 * time.millisecond);
  for (let i = 1; i <= 3; i++) {
    await ticker.c.recv();
    fmt.println('tick', i);
  }
  ticker.stop();
  fmt.println('ticker stopped');

  const ch = makeChan<number>(3, 0, 'ch', 'chan int');
  fmt.println('empty: len', len(ch), 'cap', cap(ch));
  await ch.send(10);
  await ch.send(20);
  fmt.println('two sent: len', len(ch), 'cap', cap(ch));
  close(ch);
  for (let i = 0; i < 3; i++) {
    const [v, ok] = await ch.recvOk();
    fmt.println('received', v, ok);
  }
  fmt.println('closed and drained: len', len(ch));

  const names = makeChan<string>(0, '', 'names', 'chan string');
  close(names);
  const [name, ok] = await names.recvOk();
  fmt.printf('zero string %q, ok %t\n', name, ok);
});
