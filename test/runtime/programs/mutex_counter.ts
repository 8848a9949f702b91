// A counter shared by 1000 goroutines, each incrementing it under a Mutex.
import { fmt, go, runMain, sync } from '../../../runtime/src/go/index.js';

class Counter {
  readonly mu = new sync.Mutex();
  n = 0;

  async inc(): Promise<void> {
    await this.mu.lock();
    try {
      this.n++;
    } finally {
      this.mu.unlock();
    }
  }
}

runMain(async () => {
  const c = new Counter();
  const wg = new sync.WaitGroup();
  for (let i = 0; i < 1000; i++) {
    wg.add(1);
    go(async () => {
      try {
        await c.inc();
      } finally {
        wg.done();
      }
    });
  }
  await wg.wait();
  fmt.println('counter:', c.n);
});
