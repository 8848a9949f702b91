// examples/go-deadlock.go, written by hand against @chan2ts/runtime (until the translator
// exists). Run: node --import ./test/support/register.mjs examples/go-deadlock.ts
// The runtime notices that every goroutine is blocked, prints where each one waits, and
// exits with code 2, as Go does.
import { close, fmt, go, makeChan, runMain, sync, type Chan } from '../runtime/src/go/index.js';

async function square(n: number, results: Chan<number>, wg: sync.WaitGroup): Promise<void> {
  try {
    await results.send(n * n);
  } finally {
    wg.done(); // defer wg.Done()
  }
}

runMain(async () => {
  const results = makeChan<number>(0, 0, 'results', 'chan int');
  const wg = new sync.WaitGroup();
  for (let i = 1; i <= 3; i++) {
    wg.add(1);
    go(square, i, results, wg);
  }
  fmt.println('waiting for the workers...');
  await wg.wait();
  close(results);
  for await (const r of results) {
    fmt.println(r);
  }
});
