// A worker pool: three workers take jobs from a buffered channel and send results to
// another; a WaitGroup tells when every worker is done so the results channel can close.
import { close, fmt, go, len, makeChan, runMain, sync, type Chan } from '../../../runtime/src/go/index.js';

interface Result {
  job: number;
  square: number;
}

async function worker(_id: number, jobs: Chan<number>, results: Chan<Result>, wg: sync.WaitGroup): Promise<void> {
  try {
    for await (const j of jobs) {
      await results.send({ job: j, square: j * j });
    }
  } finally {
    wg.done();
  }
}

runMain(async () => {
  const jobs = makeChan<number>(100, 0, 'jobs', 'chan int');
  const results = makeChan<Result>(100, { job: 0, square: 0 }, 'results', 'chan main.result');
  const wg = new sync.WaitGroup();

  for (let w = 1; w <= 3; w++) {
    wg.add(1);
    go(worker, w, jobs, results, wg);
  }
  for (let j = 1; j <= 12; j++) {
    await jobs.send(j);
  }
  close(jobs);

  go(async () => {
    await wg.wait();
    close(results);
  });

  const squares: number[] = [];
  for await (const r of results) {
    squares.push(r.square);
  }
  squares.sort((a, b) => a - b);
  fmt.println('jobs done:', len(squares));
  fmt.println('squares:', squares);
});
