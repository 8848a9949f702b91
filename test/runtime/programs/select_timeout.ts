// select with a timeout: a fast producer beats time.After, a slow one loses to it, and a
// select with default does not wait at all.
import { fmt, go, makeChan, recvCase, runMain, select, time, type Chan } from '../../../runtime/src/go/index.js';

function produceAfter(d: time.Duration, value: string): Chan<string> {
  const out = makeChan<string>(1, '', 'out', 'chan string'); // buffered: the late producer does not leak
  go(async () => {
    await time.sleep(d);
    await out.send(value);
  });
  return out;
}

runMain(async () => {
  const fast = produceAfter(5 * time.millisecond, 'fast result');
  let s = await select([recvCase(fast), recvCase(time.after(2 * time.second))]);
  if (s.index === 0) fmt.println('got:', s.value);
  else fmt.println('timeout');

  const slow = produceAfter(2 * time.second, 'slow result');
  s = await select([recvCase(slow), recvCase(time.after(30 * time.millisecond))]);
  if (s.index === 0) fmt.println('got:', s.value);
  else fmt.println('timeout');

  const empty = makeChan<number>(0, 0, 'empty', 'chan int');
  s = await select([recvCase(empty)], true);
  if (s.index === 0) fmt.println('got:', s.value);
  else fmt.println('nothing ready, default taken');
});
