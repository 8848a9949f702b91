import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fmt, go, gosched, makeChan, os, panic, time } from '../../runtime/src/go/index.js';
import { runProgram } from '../support/run-program.js';

test('go starts the goroutine later, never before the go call returns', async () => {
  const events: string[] = [];
  await runProgram(async () => {
    go(() => {
      events.push('goroutine');
    });
    events.push('after go');
    await gosched();
  });
  assert.deepEqual(events, ['after go', 'goroutine']);
});

test('go evaluates the arguments at the go statement', async () => {
  const { stdout } = await runProgram(async () => {
    let x = 1;
    const done = makeChan<boolean>(0, false);
    go(async (v: number) => {
      fmt.println(v);
      await done.send(true);
    }, x);
    x = 2;
    await done.recv();
    fmt.println(x);
  });
  assert.equal(stdout, '1\n2\n');
});

test('the program ends when main returns, whatever still runs', async () => {
  const { code, stdout } = await runProgram(async () => {
    go(async () => {
      await time.sleep(time.millisecond);
      fmt.println('too late');
    });
    fmt.println('main done');
  });
  assert.equal(code, 0);
  assert.equal(stdout, 'main done\n');
});

test('goroutines blocked forever do not keep the program alive once main returns', async () => {
  const { code } = await runProgram(async () => {
    const never = makeChan<number>(0, 0);
    go(async () => never.recv());
    await gosched();
  });
  assert.equal(code, 0);
});

test('a panic in a goroutine ends the program with exit code 2', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const block = makeChan<number>(0, 0);
    go(() => panic('worker failed'));
    await block.recv();
    fmt.println('unreachable');
  });
  assert.equal(code, 2);
  assert.equal(stdout, '');
  assert.match(stderr, /^panic: worker failed\n\ngoroutine 6 \[running\]:\n/);
});

test('a panic in main names goroutine 1', async () => {
  const { code, stderr } = await runProgram(() => panic('boom'));
  assert.equal(code, 2);
  assert.match(stderr, /^panic: boom\n\ngoroutine 1 \[running\]:\nmain\.main\(\)/);
});

test('panicking with an error prints its message', async () => {
  const { stderr } = await runProgram(() => panic({ Error: () => 'disk full' }));
  assert.equal(stderr.split('\n')[0], 'panic: disk full');
});

test('a nil dereference is reported as Go reports it', async () => {
  const { code, stderr } = await runProgram(() => {
    const p = null as unknown as { x: number };
    return p.x;
  });
  assert.equal(code, 2);
  assert.equal(stderr.split('\n')[0], 'panic: runtime error: invalid memory address or nil pointer dereference');
});

test('os.exit ends the program with its code and nothing after it prints', async () => {
  const { code, stdout } = await runProgram(async () => {
    fmt.println('before');
    try {
      os.exit(3);
    } finally {
      fmt.println('deferred');
    }
  });
  assert.equal(code, 3);
  assert.equal(stdout, 'before\n');
});

test('gosched lets other runnable goroutines go first', async () => {
  const order: string[] = [];
  await runProgram(async () => {
    go(() => {
      order.push('other');
    });
    await gosched();
    order.push('main');
  });
  assert.deepEqual(order, ['other', 'main']);
});

test('goroutines get Go-like ids starting at 6', async () => {
  const { stderr } = await runProgram(async () => {
    go(async () => makeChan<number>(0, 0).recv());
    go(async () => makeChan<number>(0, 0).recv());
    await makeChan<number>(0, 0).recv();
  });
  assert.match(stderr, /goroutine 6 \[chan receive\]/);
  assert.match(stderr, /goroutine 7 \[chan receive\]/);
});

test('a goroutine its program left parked never runs again, whatever later reaches its channel', async () => {
  const events: string[] = [];
  const ch = makeChan<number>(0, 0);
  const { code } = await runProgram(async () => {
    go(async () => {
      events.push(`left-over goroutine received ${await ch.recv()}`);
    });
    await gosched();
  });
  assert.equal(code, 0);
  // The send hands its value to the left-over receiver, which is not resumed for it.
  await new Promise<void>((resolve) => go(async () => (await ch.send(1), resolve())));
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(events, []);
});

test('go works outside any program after a program ended', { timeout: 5000 }, async () => {
  const { code } = await runProgram(async () => {
    fmt.println('program');
  });
  assert.equal(code, 0);
  const ch = makeChan<number>(0, 0);
  const received = new Promise<number>((resolve) => {
    go(async () => resolve(await ch.recv()));
  });
  go(async () => {
    await time.sleep(time.millisecond);
    await ch.send(42);
  });
  assert.equal(await received, 42);
});
