// A worker pool sharing one receiver through Arc<tokio::sync::Mutex<Receiver>>: each worker
// locks the receiver only while it takes a job. Results come back on a second channel.
import { mpsc, Mutex, println, runMain, spawn, type JoinHandle } from '../../../runtime/src/tokio/index.js';

runMain(async () => {
  const [jobTx, jobRxOwned] = mpsc.channel<number>(4);
  const [resultTx, resultRx] = mpsc.channel<[number, number, number]>(4);
  const jobRx = new Mutex(jobRxOwned); // Arc::new(Mutex::new(job_rx)): the Arc is the shared reference

  const workers: JoinHandle<number>[] = [];
  for (let id = 0; id < 3; id++) {
    const resultTxWorker = resultTx.clone();
    workers.push(
      spawn(async () => {
        try {
          let done = 0;
          for (;;) {
            let job: number | undefined;
            {
              const rx = await jobRx.lock();
              try {
                job = await rx.value.recv();
              } finally {
                rx.drop();
              }
            }
            if (job === undefined) break;
            const n = job;
            (await resultTxWorker.send([id, n, n * n])).unwrap();
            done += 1;
          }
          return done;
        } finally {
          resultTxWorker.drop();
        }
      }),
    );
  }
  resultTx.drop();

  spawn(async () => {
    try {
      for (let n = 1; n <= 20; n++) {
        (await jobTx.send(n)).unwrap();
      }
    } finally {
      jobTx.drop();
    }
  });

  const squares: [number, number][] = [];
  for (let r = await resultRx.recv(); r !== undefined; r = await resultRx.recv()) {
    const [, n, square] = r;
    squares.push([n, square]);
  }
  squares.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let totalJobs = 0;
  for (const worker of workers) {
    totalJobs += (await worker).unwrap();
  }
  println('jobs done by the pool: {}', [totalJobs]);
  println('squares: {:?}', [squares.map(([, s]) => s)]);
  println('sum of squares: {}', [squares.map(([, s]) => s).reduce((a, b) => a + b, 0)]);
});
