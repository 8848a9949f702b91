// examples/go-worker-pool.go, written by hand against @chan2ts/runtime (until the translator
// exists). Run: node --import ./test/support/register.mjs examples/go-worker-pool.ts
import { cap, close, fmt, go, len, makeChan, runMain, sync, time, type Chan } from '../runtime/src/go/index.js';

async function worker(jobs: Chan<number>, results: Chan<number>, wg: sync.WaitGroup): Promise<void> {
  try {
    for await (const j of jobs) {
      await time.sleep(j * time.millisecond); // pretend to work
      await results.send(j * 10);
    }
  } finally {
    wg.done(); // defer wg.Done()
  }
}

runMain(async () => {
  const jobs = makeChan<number>(100, 0, 'jobs', 'chan int');
  const results = makeChan<number>(100, 0, 'results', 'chan int');

  for (let j = 1; j <= 9; j++) {
    await jobs.send(j); // the buffer has room: no receiver needed yet
  }
  close(jobs); // workers still receive what is buffered, then their range ends
  fmt.println('queued:', len(jobs), 'of capacity', cap(jobs));

  const wg = new sync.WaitGroup();
  for (let w = 1; w <= 3; w++) {
    wg.add(1);
    go(worker, jobs, results, wg);
  }

  go(async () => {
    await wg.wait();
    close(results);
  });

  const all: number[] = [];
  for await (const r of results) {
    all.push(r);
  }
  all.sort((a, b) => a - b);
  fmt.println('results:', all);
  fmt.println('count:', all.length);
});
