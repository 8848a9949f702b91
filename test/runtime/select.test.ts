import { test } from 'node:test';
import assert from 'node:assert/strict';
import { close, fmt, go, gosched, makeChan, recvCase, select, sendCase } from '../../runtime/src/go/index.js';
import { runProgram } from '../support/run-program.js';

test('select with default takes default when no case is ready', async () => {
  const { stdout } = await runProgram(async () => {
    const ch = makeChan<number>(0, 0);
    const s = await select([recvCase(ch), sendCase(ch, 1)], true);
    fmt.println(s.index);
  });
  assert.equal(stdout, '-1\n');
});

test('select prefers a ready case to default', async () => {
  const { stdout } = await runProgram(async () => {
    const ch = makeChan<number>(1, 0);
    await ch.send(5);
    const s = await select([recvCase(ch)], true);
    fmt.println(s.index, s.value, s.ok);
  });
  assert.equal(stdout, '0 5 true\n');
});

test('select waits until a case becomes ready', async () => {
  const { stdout } = await runProgram(async () => {
    const a = makeChan<string>(0, '');
    const b = makeChan<string>(0, '');
    go(async () => b.send('from b'));
    const s = await select([recvCase(a), recvCase(b)]);
    fmt.println(s.index, s.value);
  });
  assert.equal(stdout, '1 from b\n');
});

test('select chooses uniformly at random among ready cases', async () => {
  const counts = [0, 0, 0, 0];
  await runProgram(async () => {
    const chans = [0, 1, 2, 3].map(() => makeChan<number>(1, 0));
    for (let trial = 0; trial < 4000; trial++) {
      for (const ch of chans) if (ch.len() === 0) await ch.send(1);
      const s = await select(chans.map((ch) => recvCase(ch)));
      counts[s.index]!++;
    }
  });
  // Each case expects 1000; a fair choice falls outside 800..1200 with negligible probability.
  for (const n of counts) assert.ok(n > 800 && n < 1200, `counts ${counts}`);
});

test('the losing cases of a select take nothing', async () => {
  const { stdout } = await runProgram(async () => {
    const a = makeChan<number>(1, 0);
    const b = makeChan<number>(1, 0);
    await a.send(1);
    await b.send(2);
    const s = await select([recvCase(a), recvCase(b)]);
    const loser = s.index === 0 ? b : a;
    fmt.println(loser.len(), (await loser.recv()) === (s.index === 0 ? 2 : 1));
  });
  assert.equal(stdout, '1 true\n');
});

test('a waiting select commits exactly one case when several become ready', async () => {
  const { stdout } = await runProgram(async () => {
    const a = makeChan<number>(0, 0);
    const b = makeChan<number>(0, 0);
    const delivered = makeChan<string>(2, '');
    go(async () => {
      await a.send(1);
      await delivered.send('a');
    });
    go(async () => {
      await b.send(2);
      await delivered.send('b');
    });
    const s = await select([recvCase(a), recvCase(b)]);
    for (let i = 0; i < 10; i++) await gosched();
    fmt.println(delivered.len(), (await delivered.recv()) === (s.index === 0 ? 'a' : 'b'));
    // the other sender is still waiting: receive its value to prove it was not lost
    fmt.println(await (s.index === 0 ? b : a).recv());
  });
  const [first, second] = stdout.trim().split('\n');
  assert.equal(first, '1 true');
  assert.ok(second === '1' || second === '2');
});

test('a select send case delivers its value only when it commits', async () => {
  const { stdout } = await runProgram(async () => {
    const out = makeChan<number>(0, 0);
    const other = makeChan<number>(1, 0);
    await other.send(9);
    go(async () => {
      fmt.println('received', await out.recv());
    });
    const s = await select([sendCase(out, 42), recvCase(makeChan<number>(0, 0))]);
    await gosched();
    fmt.println('case', s.index);
  });
  assert.equal(stdout, 'received 42\ncase 0\n');
});

test('a receive case on a closed channel reports ok false', async () => {
  const { stdout } = await runProgram(async () => {
    const ch = makeChan<number>(0, 0);
    close(ch);
    const s = await select([recvCase(ch)]);
    fmt.println(s.index, s.value, s.ok);
  });
  assert.equal(stdout, '0 0 false\n');
});

test('a closing channel wakes a waiting select with ok false', async () => {
  const { stdout } = await runProgram(async () => {
    const ch = makeChan<number>(0, 0);
    go(() => close(ch));
    const s = await select([recvCase(ch), recvCase(makeChan<number>(0, 0))]);
    fmt.println(s.index, s.ok);
  });
  assert.equal(stdout, '0 false\n');
});

test('a nil channel disables its case', async () => {
  const { stdout } = await runProgram(async () => {
    const ready = makeChan<number>(1, 0);
    await ready.send(3);
    for (let i = 0; i < 50; i++) {
      const s = await select([recvCase(null), sendCase(null, 1), recvCase(ready)]);
      if (s.index !== 2) fmt.println('nil case chosen');
      await ready.send(3);
    }
    fmt.println('ok');
  });
  assert.equal(stdout, 'ok\n');
});

test('a send case on a closed channel panics', async () => {
  const { code, stderr } = await runProgram(async () => {
    const ch = makeChan<number>(1, 0);
    ch.close();
    await select([sendCase(ch, 1)]);
  });
  assert.equal(code, 2);
  assert.equal(stderr.split('\n')[0], 'panic: send on closed channel');
});

test('a waiting select whose send channel gets closed panics', async () => {
  const { code, stderr } = await runProgram(async () => {
    const ch = makeChan<number>(0, 0);
    go(() => ch.close());
    await select([sendCase(ch, 1), recvCase(makeChan<number>(0, 0))]);
  });
  assert.equal(code, 2);
  assert.equal(stderr.split('\n')[0], 'panic: send on closed channel');
});

test('an empty select blocks forever', async () => {
  const { code, stderr } = await runProgram(async () => {
    await select([]);
  });
  assert.equal(code, 2);
  assert.match(stderr, /goroutine 1 \[select \(no cases\)\]/);
});

test('a select that lost leaves no waiter behind on the other channels', async () => {
  const { stdout } = await runProgram(async () => {
    const data = makeChan<number>(0, 0);
    const quit = makeChan<boolean>(0, false);
    go(async () => {
      for (let i = 0; i < 10000; i++) await data.send(i);
      await quit.send(true);
    });
    let sum = 0;
    for (;;) {
      const s = await select([recvCase(data), recvCase(quit)]);
      if (s.index === 1) break;
      sum += s.value as number;
    }
    fmt.println(sum, waitingReceivers(quit));
  });
  assert.equal(stdout, '49995000 0\n');
});

/** Receivers queued on ch: its private wait queue, a circular list held by its first waiter. */
function waitingReceivers(ch: object): number {
  type Queued = { next: Queued };
  const first = (ch as unknown as { recvq: Queued | null }).recvq;
  if (first === null) return 0;
  let n = 1;
  for (let w = first.next; w !== first; w = w.next) n++;
  return n;
}
