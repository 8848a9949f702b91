// Go's defer, panic and recover through DeferStack, written as the translator writes them.
// Every expected output is what the same Go program prints with Go 1.23.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DeferStack, fmt, go, index, os, panic, sync, time } from '../../runtime/src/go/index.js';
import { runProgram } from '../support/run-program.js';

test('deferred calls run last in, first out, after the body', async () => {
  const { stdout } = await runProgram(async () => {
    const deferred = new DeferStack();
    try {
      deferred.push(fmt.println, '1');
      deferred.push(fmt.println, '2');
      fmt.println('body');
    } catch (e) {
      deferred.panicked(e);
    } finally {
      await deferred.run();
    }
  });
  assert.equal(stdout, 'body\n2\n1\n');
});

test('deferred arguments are evaluated at the defer statement', async () => {
  const { stdout } = await runProgram(async () => {
    const deferred = new DeferStack();
    try {
      let x = 1;
      deferred.push(fmt.println, 'x =', x);
      x = 2;
    } catch (e) {
      deferred.panicked(e);
    } finally {
      await deferred.run();
    }
  });
  assert.equal(stdout, 'x = 1\n');
});

test('deferred calls run when the function panics, and then the panic goes on', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const deferred = new DeferStack();
    try {
      deferred.push(fmt.println, 'cleanup');
      panic('boom');
    } catch (e) {
      deferred.panicked(e);
    } finally {
      await deferred.run();
    }
  });
  assert.equal(code, 2);
  assert.equal(stdout, 'cleanup\n');
  assert.match(stderr, /^panic: boom\n\ngoroutine 1 \[running\]:\n/);
});

/** func safe() { defer func() { if r := recover(); r != nil { fmt.Println("recovered:", r) } }(); body() } */
async function safe(body: () => unknown): Promise<void> {
  const deferred = new DeferStack();
  try {
    deferred.push(() => {
      const r = deferred.recover();
      if (r !== null) fmt.println('recovered:', r);
    });
    body();
  } catch (e) {
    deferred.panicked(e);
  } finally {
    await deferred.run();
  }
}

test('recover stops a panic and gives its value', async () => {
  const { code, stdout } = await runProgram(async () => {
    await safe(() => panic('boom'));
    fmt.println('after safe');
  });
  assert.equal(code, 0);
  assert.equal(stdout, 'recovered: boom\nafter safe\n');
});

test('recover of a runtime error gives an error value', async () => {
  let recovered: unknown;
  const { stdout } = await runProgram(async () => {
    const deferred = new DeferStack();
    try {
      deferred.push(() => {
        recovered = deferred.recover();
        fmt.println('recovered:', recovered);
      });
      index([1, 2, 3], 5);
    } catch (e) {
      deferred.panicked(e);
    } finally {
      await deferred.run();
    }
  });
  assert.equal(stdout, 'recovered: runtime error: index out of range [5] with length 3\n');
  assert.equal((recovered as { Error(): string }).Error(), 'runtime error: index out of range [5] with length 3');
});

test('recover gives nil when nothing panics, in or out of a deferred call', async () => {
  const { stdout } = await runProgram(async () => {
    const deferred = new DeferStack();
    try {
      fmt.println('direct:', deferred.recover());
      deferred.push(() => fmt.println('deferred:', deferred.recover()));
    } catch (e) {
      deferred.panicked(e);
    } finally {
      await deferred.run();
    }
  });
  assert.equal(stdout, 'direct: <nil>\ndeferred: <nil>\n');
});

test('recover after panic(nil) gives a non-nil PanicNilError', async () => {
  const { stdout } = await runProgram(async () => {
    const deferred = new DeferStack();
    try {
      deferred.push(() => {
        const r = deferred.recover();
        fmt.println('nil panic:', r !== null, r);
      });
      panic(null);
    } catch (e) {
      deferred.panicked(e);
    } finally {
      await deferred.run();
    }
  });
  assert.equal(stdout, 'nil panic: true panic called with nil argument\n');
});

test('a deferred call that panics replaces the panic', async () => {
  const { code, stdout } = await runProgram(async () => {
    const deferred = new DeferStack();
    try {
      deferred.push(() => fmt.println('recovered:', deferred.recover()));
      deferred.push(() => panic('second'));
      panic('first');
    } catch (e) {
      deferred.panicked(e);
    } finally {
      await deferred.run();
    }
  });
  assert.equal(code, 0);
  assert.equal(stdout, 'recovered: second\n');
});

test('the remaining deferred calls still run after a deferred call panics', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const deferred = new DeferStack();
    try {
      deferred.push(fmt.println, 'outer');
      deferred.push(() => panic('second'));
      fmt.println('body');
    } catch (e) {
      deferred.panicked(e);
    } finally {
      await deferred.run();
    }
  });
  assert.equal(code, 2);
  assert.equal(stdout, 'body\nouter\n');
  assert.match(stderr, /^panic: second\n/);
});

test('os.exit skips the deferred calls', async () => {
  const { code, stdout } = await runProgram(async () => {
    const deferred = new DeferStack();
    try {
      deferred.push(fmt.println, 'deferred');
      fmt.println('before');
      os.exit(3);
    } catch (e) {
      deferred.panicked(e);
    } finally {
      await deferred.run();
    }
  });
  assert.equal(code, 3);
  assert.equal(stdout, 'before\n');
});

test('async deferred calls are awaited one after the other, last in first out', async () => {
  const { stdout } = await runProgram(async () => {
    const deferred = new DeferStack();
    try {
      deferred.push(async () => {
        await time.sleep(2 * time.millisecond);
        fmt.println('deferred first, runs last');
      });
      deferred.push(async () => {
        await time.sleep(time.millisecond);
        fmt.println('deferred second, runs first');
      });
      fmt.println('body');
    } catch (e) {
      deferred.panicked(e);
    } finally {
      await deferred.run();
    }
  });
  assert.equal(stdout, 'body\ndeferred second, runs first\ndeferred first, runs last\n');
});

test('run is synchronous while no deferred call returns a promise', () => {
  const order: string[] = [];
  const deferred = new DeferStack();
  deferred.push(() => order.push('a'));
  deferred.push(() => order.push('b'));
  assert.equal(deferred.run(), undefined);
  assert.deepEqual(order, ['b', 'a']);
});

test('a goroutine that recovers does not end the program', async () => {
  const { code, stdout } = await runProgram(async () => {
    const wg = new sync.WaitGroup();
    wg.add(1);
    go(async () => {
      const deferred = new DeferStack();
      try {
        deferred.push(() => wg.done());
        deferred.push(() => fmt.println('goroutine recovered:', deferred.recover()));
        panic('in goroutine');
      } catch (e) {
        deferred.panicked(e);
      } finally {
        await deferred.run();
      }
    });
    await wg.wait();
    fmt.println('main continues');
  });
  assert.equal(code, 0);
  assert.equal(stdout, 'goroutine recovered: in goroutine\nmain continues\n');
});
