// Conformance of sync.WaitGroup, Mutex, RWMutex, Once and Cond with Go's sync package.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fmt, go, GoPanic, makeChan, panic, sync, time } from '../../runtime/src/go/index.js';
import { lines, runProgram } from '../support/run-program.js';

const ms = time.millisecond;

// ---------------------------------------------------------------- WaitGroup

test('wait returns at once when the counter is zero', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const wg = new sync.WaitGroup();
    await wg.wait();
    fmt.println('returned');
  });
  assert.equal(code, 0, stderr);
  assert.equal(stdout, 'returned\n');
});

test('wait blocks until done has been called as many times as add counted', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const wg = new sync.WaitGroup();
    wg.add(3);
    for (let i = 0; i < 3; i++) {
      go(async () => {
        await time.sleep((3 - i) * ms);
        fmt.println(`worker ${i} done`);
        wg.done();
      });
    }
    await wg.wait();
    fmt.println('wait returned');
  });
  assert.equal(code, 0, stderr);
  const out = lines(stdout);
  assert.equal(out.length, 4);
  assert.equal(out[3], 'wait returned');
  assert.deepEqual(out.slice(0, 3).sort(), ['worker 0 done', 'worker 1 done', 'worker 2 done']);
});

test('every waiter wakes when the counter reaches zero', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const wg = new sync.WaitGroup();
    const woke = makeChan<number>(0, 0);
    wg.add(1);
    for (let i = 0; i < 3; i++) {
      go(async () => {
        await wg.wait();
        await woke.send(i);
      });
    }
    await time.sleep(5 * ms); // every waiter is parked in wait() by now
    fmt.println('done');
    wg.done();
    const seen: number[] = [];
    for (let i = 0; i < 3; i++) seen.push(await woke.recv());
    fmt.println(...seen.sort());
  });
  assert.equal(code, 0, stderr);
  assert.equal(stdout, 'done\n0 1 2\n');
});

test('a negative counter panics with "sync: negative WaitGroup counter"', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const wg = new sync.WaitGroup();
    wg.add(1);
    wg.done();
    wg.done();
    fmt.println('unreachable');
  });
  assert.equal(code, 2);
  assert.equal(stdout, '');
  assert.match(stderr, /^panic: sync: negative WaitGroup counter\n\ngoroutine 1 \[running\]:\n/);
});

test('a WaitGroup can be reused once its counter is back to zero', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const wg = new sync.WaitGroup();
    for (const round of [1, 2]) {
      wg.add(1);
      go(async () => {
        await time.sleep(2 * ms);
        fmt.println(`round ${round} worker`);
        wg.done();
      });
      await wg.wait();
      fmt.println(`round ${round} waited`);
    }
  });
  assert.equal(code, 0, stderr);
  assert.equal(stdout, 'round 1 worker\nround 1 waited\nround 2 worker\nround 2 waited\n');
});

test('go(f) runs f in a new goroutine and wait waits for it to return (Go 1.25 WaitGroup.Go)', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const wg = new sync.WaitGroup();
    wg.go(async () => {
      await time.sleep(2 * ms);
      fmt.println('f returns');
    });
    fmt.println('go returned');
    await wg.wait();
    fmt.println('wait returned');
  });
  assert.equal(code, 0, stderr);
  assert.equal(stdout, 'go returned\nf returns\nwait returned\n');
});

// ---------------------------------------------------------------- Mutex

test('a critical section with an await inside is never entered twice at once', async () => {
  let inside = 0;
  let mostInside = 0;
  let entries = 0;
  const { code, stderr } = await runProgram(async () => {
    const mu = new sync.Mutex();
    const wg = new sync.WaitGroup();
    for (let g = 0; g < 5; g++) {
      wg.go(async () => {
        for (let i = 0; i < 3; i++) {
          await mu.lock();
          inside++;
          entries++;
          mostInside = Math.max(mostInside, inside);
          await time.sleep(1 * ms);
          inside--;
          mu.unlock();
        }
      });
    }
    await wg.wait();
  });
  assert.equal(code, 0, stderr);
  assert.equal(entries, 15);
  assert.equal(mostInside, 1);
});

test('unlock hands the mutex to waiting lockers in the order they queued', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const mu = new sync.Mutex();
    const wg = new sync.WaitGroup();
    await mu.lock();
    for (let i = 1; i <= 4; i++) {
      wg.go(async () => {
        await mu.lock();
        fmt.println(`locker ${i}`);
        mu.unlock();
      });
      await time.sleep(1 * ms); // locker i is queued before locker i+1 starts
    }
    fmt.println('main unlocks');
    mu.unlock();
    await wg.wait();
  });
  assert.equal(code, 0, stderr);
  assert.equal(stdout, 'main unlocks\nlocker 1\nlocker 2\nlocker 3\nlocker 4\n');
});

test('unlock of an unlocked mutex is a fatal error with exit code 2', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const mu = new sync.Mutex();
    mu.unlock();
    fmt.println('unreachable');
  });
  assert.equal(code, 2);
  assert.equal(stdout, '');
  assert.match(stderr, /^fatal error: sync: unlock of unlocked mutex\n\ngoroutine 1 \[running\]:\n/);
});

test('tryLock takes the mutex only while it is unlocked', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const mu = new sync.Mutex();
    fmt.println(await mu.tryLock(), await mu.tryLock());
    mu.unlock();
    fmt.println(await mu.tryLock());
  });
  assert.equal(code, 0, stderr);
  assert.equal(stdout, 'true false\ntrue\n');
});

// ---------------------------------------------------------------- RWMutex

test('readers hold the read lock at the same time', async () => {
  let readers = 0;
  let mostReaders = 0;
  const { code, stderr } = await runProgram(async () => {
    const rw = new sync.RWMutex();
    const wg = new sync.WaitGroup();
    for (let i = 0; i < 3; i++) {
      wg.go(async () => {
        await rw.rLock();
        readers++;
        mostReaders = Math.max(mostReaders, readers);
        await time.sleep(5 * ms);
        readers--;
        rw.rUnlock();
      });
    }
    await wg.wait();
  });
  assert.equal(code, 0, stderr);
  assert.equal(mostReaders, 3);
});

test('a writer keeps readers out until it unlocks', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const rw = new sync.RWMutex();
    const wg = new sync.WaitGroup();
    await rw.lock();
    for (let i = 0; i < 2; i++) {
      wg.go(async () => {
        await rw.rLock();
        fmt.println('reader');
        rw.rUnlock();
      });
    }
    await time.sleep(5 * ms);
    fmt.println('writer unlocks');
    rw.unlock();
    await wg.wait();
  });
  assert.equal(code, 0, stderr);
  assert.equal(stdout, 'writer unlocks\nreader\nreader\n');
});

test('a writer waits until every reader has unlocked', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const rw = new sync.RWMutex();
    const wg = new sync.WaitGroup();
    await rw.rLock();
    await rw.rLock();
    wg.go(async () => {
      await rw.lock();
      fmt.println('writer');
      rw.unlock();
    });
    await time.sleep(5 * ms);
    fmt.println('first reader unlocks');
    rw.rUnlock();
    await time.sleep(5 * ms);
    fmt.println('second reader unlocks');
    rw.rUnlock();
    await wg.wait();
  });
  assert.equal(code, 0, stderr);
  assert.equal(stdout, 'first reader unlocks\nsecond reader unlocks\nwriter\n');
});

test('a waiting writer blocks new readers', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const rw = new sync.RWMutex();
    const wg = new sync.WaitGroup();
    await rw.rLock(); // reader A
    wg.go(async () => {
      await rw.lock();
      fmt.println('writer');
      rw.unlock();
    });
    await time.sleep(5 * ms); // the writer is waiting for reader A
    wg.go(async () => {
      await rw.rLock();
      fmt.println('reader B');
      rw.rUnlock();
    });
    await time.sleep(5 * ms);
    fmt.println('reader A unlocks');
    rw.rUnlock();
    await wg.wait();
  });
  assert.equal(code, 0, stderr);
  assert.equal(stdout, 'reader A unlocks\nwriter\nreader B\n');
});

test('rUnlock of an unlocked RWMutex is a fatal error with exit code 2', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const rw = new sync.RWMutex();
    rw.rUnlock();
    fmt.println('unreachable');
  });
  assert.equal(code, 2);
  assert.equal(stdout, '');
  assert.match(stderr, /^fatal error: sync: RUnlock of unlocked RWMutex\n\ngoroutine 1 \[running\]:\n/);
});

test('unlock of an unlocked RWMutex is a fatal error with exit code 2', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const rw = new sync.RWMutex();
    rw.unlock();
    fmt.println('unreachable');
  });
  assert.equal(code, 2);
  assert.equal(stdout, '');
  assert.match(stderr, /^fatal error: sync: Unlock of unlocked RWMutex\n\ngoroutine 1 \[running\]:\n/);
});

// ---------------------------------------------------------------- Once

test('do runs f only the first time it is called', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const once = new sync.Once();
    for (let i = 1; i <= 3; i++) await once.do(() => fmt.println(`f ${i}`));
    fmt.println('end');
  });
  assert.equal(code, 0, stderr);
  assert.equal(stdout, 'f 1\nend\n');
});

test('concurrent callers of do wait until the first call of f has returned', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const once = new sync.Once();
    const wg = new sync.WaitGroup();
    wg.go(async () => {
      await once.do(async () => {
        fmt.println('f starts');
        await time.sleep(10 * ms);
        fmt.println('f returns');
      });
      fmt.println('first caller past do');
    });
    await time.sleep(2 * ms); // f is running (asleep) now
    wg.go(async () => {
      await once.do(() => fmt.println('second f runs'));
      fmt.println('second caller past do');
    });
    await wg.wait();
  });
  assert.equal(code, 0, stderr);
  const out = lines(stdout);
  assert.deepEqual(out.slice(0, 2), ['f starts', 'f returns']);
  assert.deepEqual(out.slice(2).sort(), ['first caller past do', 'second caller past do']);
});

test('an f that panics still counts as done', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const once = new sync.Once();
    try {
      await once.do(() => {
        panic('boom');
      });
    } catch (e) {
      fmt.println('recovered:', (e as GoPanic).value);
    }
    await once.do(() => fmt.println('second f runs'));
    fmt.println('end');
  });
  assert.equal(code, 0, stderr);
  assert.equal(stdout, 'recovered: boom\nend\n');
});

// ---------------------------------------------------------------- Cond

/** Starts `n` goroutines that wait on `cond` and print when woken; returns once all wait. */
async function startCondWaiters(mu: sync.Mutex, cond: sync.Cond, n: number, wg: sync.WaitGroup): Promise<void> {
  let waiting = 0;
  for (let i = 0; i < n; i++) {
    wg.go(async () => {
      await mu.lock();
      waiting++;
      await cond.wait();
      fmt.println('woke');
      mu.unlock();
    });
  }
  for (;;) {
    await mu.lock();
    const all = waiting === n;
    mu.unlock();
    if (all) return;
    await time.sleep(1 * ms);
  }
}

test('signal wakes exactly one waiter', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const mu = new sync.Mutex();
    const cond = sync.newCond(mu);
    const wg = new sync.WaitGroup();
    await startCondWaiters(mu, cond, 3, wg);
    await mu.lock();
    cond.signal();
    mu.unlock();
    await time.sleep(10 * ms);
    fmt.println('after signal');
  });
  assert.equal(code, 0, stderr);
  assert.equal(stdout, 'woke\nafter signal\n');
});

test('broadcast wakes every waiter', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const mu = new sync.Mutex();
    const cond = sync.newCond(mu);
    const wg = new sync.WaitGroup();
    await startCondWaiters(mu, cond, 3, wg);
    await mu.lock();
    cond.broadcast();
    mu.unlock();
    await wg.wait();
    fmt.println('all woke');
  });
  assert.equal(code, 0, stderr);
  assert.equal(stdout, 'woke\nwoke\nwoke\nall woke\n');
});
