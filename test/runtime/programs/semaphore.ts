// A buffered channel as a counting semaphore: at most three jobs run at once.
import { fmt, go, len, makeChan, runMain, sync, time } from '../../../runtime/src/go/index.js';

runMain(async () => {
  const limit = 3;
  const sem = makeChan<object>(limit, {}, 'sem', 'chan struct {}');
  const mu = new sync.Mutex();
  let running = 0;
  let maxConcurrent = 0;
  let finished = 0;
  const wg = new sync.WaitGroup();
  for (let job = 1; job <= 10; job++) {
    wg.add(1);
    go(async () => {
      try {
        await sem.send({}); // acquire
        try {
          await mu.lock();
          running++;
          maxConcurrent = Math.max(maxConcurrent, running);
          mu.unlock();

          await time.sleep(10 * time.millisecond);

          await mu.lock();
          running--;
          finished++;
          mu.unlock();
        } finally {
          await sem.recv(); // release
        }
      } finally {
        wg.done();
      }
    });
  }
  await wg.wait();
  fmt.println('jobs finished:', finished);
  fmt.println('max concurrent:', maxConcurrent);
  fmt.println('semaphore slots in use at the end:', len(sem));
});
