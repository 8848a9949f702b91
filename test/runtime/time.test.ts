// Conformance of the time package with Go 1.23: sleeps, timers, tickers, and how pending
// timers count for deadlock detection. Expected outputs were taken from go1.23.5 runs of the
// equivalent Go programs (a go.mod saying `go 1.23`, so the Go 1.23 timer semantics apply).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cap, type Chan, fmt, go, len, makeChan, recvCase, select, sync, time } from '../../runtime/src/go/index.js';
import { runProgram } from '../support/run-program.js';

const ms = time.millisecond;

/** A receive that does not wait: the value if one is ready, else the string 'nothing'. */
async function poll<T>(ch: Chan<T> | null): Promise<T | 'nothing'> {
  const s = await select([recvCase(ch)], true);
  return s.index === 0 ? (s.value as T) : 'nothing';
}

test('goroutines sleeping 50, 10 and 30 ms wake in order of their durations', async () => {
  // 20 ms apart, so that a stall of the test process between two goroutines' starts (a GC,
  // a busy machine) does not reorder them.
  const { code, stdout, stderr } = await runProgram(async () => {
    const wg = new sync.WaitGroup();
    for (const d of [50, 10, 30]) {
      wg.go(async () => {
        await time.sleep(d * ms);
        fmt.println(`${d}ms`);
      });
    }
    await wg.wait();
  });
  assert.equal(code, 0, stderr);
  assert.equal(stdout, '10ms\n30ms\n50ms\n');
});

test('after delivers exactly one value', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const c = time.after(5 * ms);
    const v = await c.recv();
    fmt.println(v instanceof time.Time);
    await time.sleep(20 * ms);
    fmt.println(await poll(c));
  });
  assert.equal(code, 0, stderr);
  assert.equal(stdout, 'true\nnothing\n');
});

test('stop before the timer fires returns true and nothing is delivered', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const t = time.newTimer(10 * ms);
    fmt.println(t.stop());
    await time.sleep(30 * ms);
    fmt.println(await poll(t.c));
  });
  assert.equal(code, 0, stderr);
  assert.equal(stdout, 'true\nnothing\n');
});

test('stop after the timer fired but before its value was received returns true (Go 1.23)', async () => {
  // Go 1.23: Stop drains the unreceived value and reports the timer as stopped; a second Stop is false.
  const { code, stdout, stderr } = await runProgram(async () => {
    const t = time.newTimer(5 * ms);
    await time.sleep(20 * ms);
    fmt.println(t.stop());
    fmt.println(await poll(t.c));
    fmt.println(t.stop());
  });
  assert.equal(code, 0, stderr);
  assert.equal(stdout, 'true\nnothing\nfalse\n');
});

test('stop after the value was received returns false', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const t = time.newTimer(5 * ms);
    await t.c.recv();
    fmt.println(t.stop());
  });
  assert.equal(code, 0, stderr);
  assert.equal(stdout, 'false\n');
});

test('reset re-arms a fired timer and discards the value it had not delivered', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const t = time.newTimer(5 * ms);
    await time.sleep(20 * ms); // fired; its value is not received
    const resetAt = time.now();
    t.reset(10 * ms);
    fmt.println(await poll(t.c));
    const v = await t.c.recv();
    fmt.println('fresh value:', !v.before(resetAt));
  });
  assert.equal(code, 0, stderr);
  assert.equal(stdout, 'nothing\nfresh value: true\n');
});

test('reset of a fired timer whose value was not received returns true (Go 1.23)', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const t = time.newTimer(5 * ms);
    await time.sleep(20 * ms);
    fmt.println(t.reset(10 * ms));
  });
  assert.equal(code, 0, stderr);
  assert.equal(stdout, 'true\n');
});

test('reset re-arms a stopped timer and returns false', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const t = time.newTimer(20 * ms);
    fmt.println(t.stop());
    fmt.println(t.reset(5 * ms));
    await t.c.recv();
    fmt.println('received after reset');
  });
  assert.equal(code, 0, stderr);
  assert.equal(stdout, 'true\nfalse\nreceived after reset\n');
});

test('timer channels report len and cap 0 (Go 1.23)', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const t = time.newTimer(5 * ms);
    await time.sleep(20 * ms); // fired, value not received
    fmt.println(len(t.c), cap(t.c));
  });
  assert.equal(code, 0, stderr);
  assert.equal(stdout, '0 0\n');
});

test('a ticker ticks repeatedly until stop', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const tk = time.newTicker(5 * ms);
    const ticks: time.Time[] = [];
    for (let i = 0; i < 3; i++) ticks.push(await tk.c.recv());
    fmt.println('ticks in order:', ticks[1]!.after(ticks[0]!) && ticks[2]!.after(ticks[1]!));
    tk.stop();
    await time.sleep(20 * ms);
    fmt.println(await poll(tk.c));
  });
  assert.equal(code, 0, stderr);
  assert.equal(stdout, 'ticks in order: true\nnothing\n');
});

test('stop discards a tick that was ready but not received (Go 1.23)', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const tk = time.newTicker(5 * ms);
    await time.sleep(20 * ms);
    tk.stop();
    fmt.println(await poll(tk.c));
  });
  assert.equal(code, 0, stderr);
  assert.equal(stdout, 'nothing\n');
});

test('tick with a non-positive duration returns a nil channel', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const c = time.tick(0);
    fmt.println(c === null, time.tick(-1 * ms) === null);
    fmt.println(await poll(c)); // a nil channel's case is never ready
  });
  assert.equal(code, 0, stderr);
  assert.equal(stdout, 'true true\nnothing\n');
});

test('afterFunc runs f later, in a goroutine of its own', async () => {
  // Go 1.23 prints "scheduled", "f runs", then a deadlock report with goroutine 1
  // [chan receive] and f's goroutine [chan send] "created by time.goFunc".
  const { code, stdout, stderr } = await runProgram(async () => {
    const ch = makeChan<number>(0, 0, 'ch', 'chan int');
    time.afterFunc(5 * ms, async () => {
      fmt.println('f runs');
      await ch.send(1);
    });
    fmt.println('scheduled');
    await makeChan<number>(0, 0, 'never', 'chan int').recv();
  });
  assert.equal(code, 2);
  assert.equal(stdout, 'scheduled\nf runs\n');
  assert.match(stderr, /^fatal error: all goroutines are asleep - deadlock!\n/);
  assert.match(stderr, /\ngoroutine 1 \[chan receive\]:\n/);
  assert.match(stderr, /\ngoroutine \d+ \[chan send\]:\n/);
});

test('since is non-negative and grows', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const start = time.now();
    const first = time.since(start);
    await time.sleep(2 * ms);
    const second = time.since(start);
    fmt.println(first >= 0, second > first);
  });
  assert.equal(code, 0, stderr);
  assert.equal(stdout, 'true true\n');
});

// Each expectation is Go 1.23's Duration.String() for the same duration.
const durations: [time.Duration, string][] = [
  [1500 * ms, '1.5s'],
  [100 * ms, '100ms'],
  [90 * time.second, '1m30s'],
  [time.hour, '1h0m0s'],
  [2 * time.microsecond, '2µs'],
  [0, '0s'],
  [time.second + 1, '1.000000001s'],
  [-1500 * ms, '-1.5s'],
  [1, '1ns'],
  [1100, '1.1µs'],
  [3723500 * ms, '1h2m3.5s'],
];
for (const [d, expected] of durations) {
  test(`durationString(${d}) is ${expected} as in Go`, () => {
    assert.equal(time.durationString(d), expected);
  });
}

test('a program blocked on a channel with only an unreferenced NewTimer pending deadlocks at once (Go 1.23)', async () => {
  // In Go 1.23 a timer nobody waits on does not keep the program alive: this deadlocks at
  // once instead of after an hour. The 1 s limit only stops a wrong runtime from hanging.
  const { code, stderr } = await runProgram(
    async () => {
      time.newTimer(time.hour);
      await makeChan<number>(0, 0, 'ch', 'chan int').recv();
    },
    { limitMs: 1000 },
  );
  assert.equal(code, 2, stderr);
  assert.match(stderr, /^fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 \[chan receive\]:\n/);
});

test('a select waiting on time.After gets the timeout instead of deadlocking', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const ch = makeChan<number>(0, 0);
    const s = await select([recvCase(ch), recvCase(time.after(10 * ms))]);
    fmt.println(s.index === 0 ? 'value' : 'timeout');
  });
  assert.equal(code, 0, stderr);
  assert.equal(stdout, 'timeout\n');
});

test('a goroutine blocked on a timer channel keeps the program alive until the timer fires', async () => {
  const { code, stdout, stderr } = await runProgram(async () => {
    const t = time.newTimer(10 * ms);
    const done = makeChan<boolean>(0, false);
    go(async () => {
      await t.c.recv();
      await done.send(true);
    });
    fmt.println(await done.recv());
  });
  assert.equal(code, 0, stderr);
  assert.equal(stdout, 'true\n');
});
