// A three-stage pipeline: a generator, a squaring stage and a summing stage, connected by
// unbuffered channels. Each stage closes its output when its input is drained, so every
// `for await` ends and main learns the total.
import { close, fmt, go, makeChan, runMain, type Chan } from '../../../runtime/src/go/index.js';

function generate(...nums: number[]): Chan<number> {
  const out = makeChan<number>(0, 0, 'out', 'chan int');
  go(async () => {
    for (const n of nums) {
      await out.send(n);
    }
    close(out);
  });
  return out;
}

function square(input: Chan<number>): Chan<number> {
  const out = makeChan<number>(0, 0, 'out', 'chan int');
  go(async () => {
    for await (const n of input) {
      await out.send(n * n);
    }
    close(out);
  });
  return out;
}

runMain(async () => {
  let total = 0;
  for await (const sq of square(generate(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))) {
    fmt.println('square:', sq);
    total += sq;
  }
  fmt.println('sum of squares:', total);
});
