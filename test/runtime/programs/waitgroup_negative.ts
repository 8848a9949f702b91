// Calling Done more often than Add panics: the WaitGroup counter cannot go below zero.
import { fmt, go, runMain, sync } from '../../../runtime/src/go/index.js';

runMain(async () => {
  const wg = new sync.WaitGroup();
  wg.add(1);
  go(() => {
    try {
      fmt.println('worker ran');
    } finally {
      wg.done();
    }
  });
  await wg.wait();
  fmt.println('one Done too many...');
  wg.done();
  fmt.println('unreachable');
});
