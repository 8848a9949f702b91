// A panic in a goroutine other than main ends the whole program with exit code 2.
import { fmt, go, len, panic, runMain, sync } from '../../../runtime/src/go/index.js';

function check(id: number, value: number, wg: sync.WaitGroup): void {
  if (value < 0) {
    panic(fmt.sprintf('worker %d: negative input %d', id, value));
  }
  // Not deferred: a deferred Done would run while panicking and could let main go on.
  wg.done();
}

runMain(async () => {
  const inputs = [4, 8, -15, 16];
  fmt.println('checking', len(inputs), 'inputs');
  const wg = new sync.WaitGroup();
  inputs.forEach((v, i) => {
    wg.add(1);
    go(check, i + 1, v, wg);
  });
  await wg.wait();
  fmt.println('unreachable: all inputs valid');
});
