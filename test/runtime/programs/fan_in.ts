// Fan-in: four producers send into one buffered channel; a goroutine closes it once the
// WaitGroup says all producers are done, and main sums everything it receives.
import { cap, close, fmt, go, len, makeChan, runMain, sync, type Chan } from '../../../runtime/src/go/index.js';

async function produce(id: number, out: Chan<number>, wg: sync.WaitGroup): Promise<void> {
  try {
    for (let i = 1; i <= 25; i++) {
      await out.send(id * 1000 + i);
    }
  } finally {
    wg.done();
  }
}

runMain(async () => {
  const merged = makeChan<number>(10, 0, 'merged', 'chan int');
  const wg = new sync.WaitGroup();
  for (let id = 1; id <= 4; id++) {
    wg.add(1);
    go(produce, id, merged, wg);
  }
  go(async () => {
    await wg.wait();
    close(merged);
  });

  let count = 0;
  let sum = 0;
  for await (const v of merged) {
    count++;
    sum += v;
  }
  fmt.println('received', count, 'values');
  fmt.println('sum:', sum);
  fmt.println('len and cap after close:', len(merged), cap(merged));
});
