// sync.Once runs its function once however many goroutines call it; sync.RWMutex lets
// several readers hold the lock together while a writer waits for all of them.
import { close, fmt, go, makeChan, runMain, sync } from '../../../runtime/src/go/index.js';

runMain(async () => {
  const once = new sync.Once();
  const wg = new sync.WaitGroup();
  let inits = 0;
  for (let i = 0; i < 10; i++) {
    wg.add(1);
    go(async () => {
      try {
        await once.do(() => {
          inits++;
        });
      } finally {
        wg.done();
      }
    });
  }
  await wg.wait();
  fmt.println('initialized', inits, 'time(s)');

  const rw = new sync.RWMutex();
  const config = new Map<string, number>([['workers', 3]]);
  const inside = makeChan<number>(0, 0, 'inside', 'chan int');
  const release = makeChan<object>(0, {}, 'release', 'chan struct {}');
  for (let i = 0; i < 3; i++) {
    go(async () => {
      await rw.rLock();
      try {
        await inside.send(config.get('workers') ?? 0); // still holding the read lock
        await release.recv();
      } finally {
        rw.rUnlock();
      }
    });
  }
  let total = 0;
  for (let i = 0; i < 3; i++) {
    total += await inside.recv();
  }
  fmt.println('3 readers hold the read lock together; they read', total);
  close(release);

  await rw.lock(); // waits for every reader to unlock
  config.set('workers', 5);
  rw.unlock();

  await rw.rLock();
  fmt.println('after the write:', config.get('workers') ?? 0);
  rw.rUnlock();
});
