// The concurrent prime sieve: a chain of filter goroutines, one per prime found. When main
// has printed 20 primes it returns, and the program ends with the chain still running.
import { fmt, go, makeChan, runMain, type Chan } from '../../../runtime/src/go/index.js';

async function generate(ch: Chan<number>): Promise<void> {
  for (let i = 2; ; i++) {
    await ch.send(i);
  }
}

async function filter(input: Chan<number>, out: Chan<number>, prime: number): Promise<void> {
  for (;;) {
    const i = await input.recv();
    if (i % prime !== 0) {
      await out.send(i);
    }
  }
}

runMain(async () => {
  let ch = makeChan<number>(0, 0, 'ch', 'chan int');
  go(generate, ch);
  for (let i = 0; i < 20; i++) {
    const prime = await ch.recv();
    fmt.println(prime);
    const ch1 = makeChan<number>(0, 0, 'ch1', 'chan int');
    go(filter, ch, ch1, prime);
    ch = ch1;
  }
});
