// tokio::time::interval: the first tick completes at once, then one tick per period; in a
// select! loop against a deadline it ticks a fixed number of times. The clock is paused, so
// the counts hold however loaded the machine is.
import { Duration, Instant, interval, println, runMain, select, sleep } from '../../../runtime/src/tokio/index.js';

runMain(
  async () => {
    const start = Instant.now();
    let ticker = interval(Duration.fromMillis(25));
    await ticker.tick();
    println('first tick at once: {}', [start.elapsed().asNanos() < Duration.fromMillis(20).asNanos()]);
    for (let i = 1; i <= 4; i++) {
      await ticker.tick();
      println('tick {}', [i]);
    }
    const elapsed = start.elapsed();
    println('4 periods took at least 100ms: {}', [elapsed.asNanos() >= Duration.fromMillis(100).asNanos()]);

    ticker = interval(Duration.fromMillis(50));
    const deadline = sleep(Duration.fromMillis(125));
    let ticks = 0;
    for (;;) {
      const selected = await select([{ op: ticker }, { op: deadline }]);
      if (selected.index === 0) ticks += 1;
      else break;
    }
    println('ticks before the 125ms deadline (at 0, 50 and 100 ms): {}', [ticks]);
  },
  { flavor: 'current_thread', startPaused: true },
);
