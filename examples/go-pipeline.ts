// examples/go-pipeline.go, written by hand against @chan2ts/runtime (until the translator
// exists). Run: node --import ./test/support/register.mjs examples/go-pipeline.ts
import { close, fmt, go, makeChan, runMain, type Chan } from '../runtime/src/go/index.js';

function generate(n: number): Chan<number> {
  // make(chan int): capacity 0 (a rendezvous), zero value 0, a name for deadlock reports
  const out = makeChan<number>(0, 0, 'out', 'chan int');
  go(async () => {
    for (let i = 1; i <= n; i++) {
      await out.send(i);
    }
    close(out);
  });
  return out;
}

function square(input: Chan<number>): Chan<number> {
  const out = makeChan<number>(0, 0, 'out', 'chan int');
  go(async () => {
    for await (const v of input) {
      await out.send(v * v);
    }
    close(out);
  });
  return out;
}

runMain(async () => {
  let sum = 0;
  for await (const v of square(generate(5))) {
    fmt.println('got', v);
    sum += v;
  }
  fmt.println('sum:', sum);

  // Receiving from a closed, drained channel gives the zero value and ok == false.
  const done = generate(0);
  const [v, ok] = await done.recvOk();
  fmt.printf('after close: v=%d ok=%t\n', v, ok);
});
