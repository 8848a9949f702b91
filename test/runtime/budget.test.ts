import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fmt, go, makeChan, recvCase, select, sendCase, time } from '../../runtime/src/go/index.js';
import { runProgram } from '../support/run-program.js';

test('a goroutine spinning on select with default ends when a timer closes done', async () => {
  const { code, stdout } = await runProgram(async () => {
    const done = makeChan<object>(0, {});
    const finished = makeChan<number>(0, 0);
    time.afterFunc(2 * time.millisecond, () => done.close());
    go(async () => {
      let spins = 0;
      for (;;) {
        const s = await select([recvCase(done)], true);
        if (s.index === 0) break;
        spins++;
      }
      await finished.send(spins);
    });
    fmt.println((await finished.recv()) > 0);
  });
  assert.equal(code, 0);
  assert.equal(stdout, 'true\n');
});

test('a buffered send loop that never waits still lets a timer fire', async () => {
  const { stdout } = await runProgram(async () => {
    const ch = makeChan<number>(1 << 30, 0);
    let fired = false;
    time.afterFunc(time.millisecond, () => {
      fired = true;
    });
    let sent = 0;
    while (!fired) {
      await ch.send(sent);
      sent++;
    }
    fmt.println('timer fired after', sent > 0 ? 'some sends' : 'no sends');
  });
  assert.equal(stdout, 'timer fired after some sends\n');
});

test('goroutines that ping-pong forever do not starve time.After', async () => {
  const { code, stdout } = await runProgram(async () => {
    const ping = makeChan<number>(0, 0);
    const pong = makeChan<number>(0, 0);
    go(async () => {
      for (;;) await pong.send((await ping.recv()) + 1);
    });
    const timeout = time.after(2 * time.millisecond);
    let n = 0;
    for (;;) {
      const s = await select([sendCase(ping, n), recvCase(timeout)]);
      if (s.index === 1) break;
      n = await pong.recv();
    }
    fmt.println('timed out after', n > 0 ? 'some round trips' : 'none');
  });
  assert.equal(code, 0);
  assert.equal(stdout, 'timed out after some round trips\n');
});
