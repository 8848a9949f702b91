// Tokio's paused clock (runtime/src/tokio/clock.ts, clock-timers.ts, time-control.ts):
// `start_paused = true`, `time::pause`/`advance`/`resume`, auto-advance when no task can run.
// Expectations are Tokio 1.24.2's (src/time/clock.rs, src/runtime/time/mod.rs, tests/time_pause.rs),
// checked with programs built with Debian's Tokio (test-util). Paused time is exact, so the
// tests assert the instants themselves; none measures real time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Builder,
  Duration,
  Err,
  format,
  Instant,
  interval,
  MissedTickBehavior,
  oneshot,
  rs,
  sleep,
  sleepUntil,
  thread,
  spawn,
  spawnBlocking,
  STALL_EXIT_CODE,
  std,
  time,
  timeout,
  yieldNow,
} from '../../runtime/src/tokio/index.js';
import { io } from '../../runtime/src/core/program.js';
import { runTokio } from '../support/run-tokio.js';

const ms = (n: number) => Duration.fromMillis(n);
const sinceMs = (start: Instant) => start.elapsed().asMillis();

/** Runs `body` as `#[tokio::main(flavor = "current_thread", start_paused = true)]`; fails on a panic or a stall. */
async function paused(body: () => Promise<void>): Promise<void> {
  const { code, stderr } = await runTokio(body, { flavor: 'current_thread', startPaused: true });
  assert.equal(code, 0, stderr);
}

/** Runs `body` as `#[tokio::main(flavor = "current_thread")]`: the clock runs until `time.pause()`. */
async function currentThread(body: () => Promise<void>): Promise<void> {
  const { code, stderr } = await runTokio(body, { flavor: 'current_thread' });
  assert.equal(code, 0, stderr);
}

test('paused clock jumps to the next timer when no task can run', async () => {
  let waited = -1;
  await paused(async () => {
    const start = Instant.now();
    await sleep(ms(250));
    waited = sinceMs(start);
  });
  assert.equal(waited, 250);
});

test('paused clock jumps a three-hour sleep at once', async () => {
  let waited = -1;
  await paused(async () => {
    const start = Instant.now();
    await sleep(Duration.fromSecs(3 * 3600));
    waited = start.elapsed().asSecs();
  });
  assert.equal(waited, 3 * 3600);
});

test('paused clock stands still while tasks run and yield', async () => {
  let moved = true;
  await paused(async () => {
    const start = Instant.now();
    spawn(async () => {
      for (let i = 0; i < 3; i++) await yieldNow();
    });
    for (let i = 0; i < 5; i++) await yieldNow();
    moved = start.elapsed().nanos > 0;
  });
  assert.equal(moved, false);
});

test('paused timers fire in deadline order, each at its exact instant', async () => {
  const fired: string[] = [];
  await paused(async () => {
    const start = Instant.now();
    const sleepers = [30, 10, 20].map((n) =>
      spawn(async () => {
        await sleep(ms(n));
        fired.push(`${n}@${sinceMs(start)}`);
      }),
    );
    for (const handle of sleepers) await handle;
  });
  assert.deepEqual(fired, ['10@10', '20@20', '30@30']);
});

test('paused timers of the same instant fire in the order they were set', async () => {
  const fired: string[] = [];
  await paused(async () => {
    const sleepers = ['a', 'b', 'c'].map((name) =>
      spawn(async () => {
        await sleep(ms(10));
        fired.push(name);
      }),
    );
    for (const handle of sleepers) await handle;
  });
  assert.deepEqual(fired, ['a', 'b', 'c']);
});

test('a paused deadline rounds up to the next whole millisecond', async () => {
  let waited = '';
  await paused(async () => {
    const start = Instant.now();
    await sleep(Duration.fromMicros(1500));
    waited = format('{:?}', [start.elapsed()]);
  });
  assert.equal(waited, '2ms');
});

test('a zero sleep on a paused clock completes without moving it', async () => {
  let moved = true;
  await paused(async () => {
    const start = Instant.now();
    await sleep(Duration.ZERO);
    moved = start.elapsed().nanos > 0;
  });
  assert.equal(moved, false);
});

test('sleep_until a paused instant already passed completes at once', async () => {
  let late = -1;
  await paused(async () => {
    const start = Instant.now();
    await sleep(ms(100));
    await sleepUntil(start.add(ms(40)));
    late = sinceMs(start);
  });
  assert.equal(late, 100);
});

test('timeout on a paused clock elapses at exactly its duration', async () => {
  const outcomes: string[] = [];
  await paused(async () => {
    const start = Instant.now();
    const onTime = await timeout(ms(100), sleep(ms(99)));
    outcomes.push(`${format('{:?}', [onTime])}@${sinceMs(start)}`);
    const late = await timeout(ms(100), sleep(ms(101)));
    outcomes.push(`${format('{:?}', [late])}@${sinceMs(start)}`);
  });
  assert.deepEqual(outcomes, ['Ok(())@99', 'Err(Elapsed(()))@199']);
});

test('advance fires only the timers the clock passes, then lets them run', async () => {
  const seen: string[] = [];
  await currentThread(async () => {
    time.pause();
    const [tx, rx] = oneshot.channel<string>();
    spawn(async () => {
      await sleep(ms(10));
      tx.send('woke');
    });
    await yieldNow();
    await time.advance(ms(5));
    seen.push(format('{:?}', [rx.tryRecv()]));
    await time.advance(ms(10));
    await yieldNow();
    seen.push(format('{:?}', [rx.tryRecv()]));
  });
  assert.deepEqual(seen, ['Err(Empty)', 'Ok("woke")']);
});

test('advance moves Instant::now by exactly the duration', async () => {
  let moved = '';
  await paused(async () => {
    const start = Instant.now();
    await time.advance(Duration.fromMicros(2500));
    moved = format('{:?}', [start.elapsed()]);
  });
  assert.equal(moved, '2.5ms');
});

test('advance on a running clock panics: time is not frozen', async () => {
  const { code, stderr } = await runTokio(() => time.advance(ms(1), 'src/main.rs:3:5'), { flavor: 'current_thread' });
  assert.equal(code, 101);
  assert.match(stderr, /panicked at src\/main.rs:3:5:\ntime is not frozen\n/);
});

test('pause of a paused clock panics: time is already frozen', async () => {
  const { code, stderr } = await runTokio(() => time.pause('src/main.rs:4:5'), {
    flavor: 'current_thread',
    startPaused: true,
  });
  assert.equal(code, 101);
  assert.match(stderr, /panicked at src\/main.rs:4:5:\ntime is already frozen\n/);
});

test('pause on the multi-thread runtime panics: it needs current_thread', async () => {
  const { code, stderr } = await runTokio(() => time.pause('src/main.rs:5:5'));
  assert.equal(code, 101);
  assert.match(stderr, /`time::pause\(\)` requires the `current_thread` Tokio runtime/);
});

test('resume lets the clock run on from where it stood', async () => {
  let afterResume = -1;
  let slept = false;
  await currentThread(async () => {
    time.pause();
    const start = Instant.now();
    await time.advance(Duration.fromSecs(3600));
    time.resume();
    await sleep(ms(1));
    slept = true;
    afterResume = start.elapsed().asSecs();
  });
  assert.equal(slept, true);
  assert.equal(afterResume, 3600);
});

test('a sleep set before pause waits for the paused clock', async () => {
  let waited = -1;
  await currentThread(async () => {
    const start = Instant.now();
    const pending = spawn(async () => {
      await sleep(Duration.fromSecs(60));
      return sinceMs(start);
    });
    await yieldNow();
    time.pause();
    waited = (await pending).unwrap();
  });
  assert.ok(waited >= 60_000 && waited < 60_002, `woke at ${waited}ms`);
});

test('a paused clock waits for pending I/O before it jumps to the next timer', async () => {
  const order: string[] = [];
  await paused(async () => {
    const reader = spawn(async () => {
      await io(new Promise((resolve) => setTimeout(resolve, 20)));
      order.push('io');
    });
    await sleep(Duration.fromSecs(60));
    order.push('sleep');
    await reader;
  });
  assert.deepEqual(order, ['io', 'sleep']);
});

test('a running blocking task keeps a paused clock from jumping: waiting on each other hangs', async () => {
  const { code, stderr } = await runTokio(
    async () => {
      const [tx, rx] = std.channel<number>();
      const blocking = spawnBlocking(() => rx.recv());
      await sleep(ms(10));
      tx.send(1);
      await blocking;
    },
    { flavor: 'current_thread', startPaused: true },
  );
  assert.equal(code, STALL_EXIT_CODE, stderr);
});

test('a finished blocking task lets the paused clock jump again', async () => {
  let waited = -1;
  await paused(async () => {
    const start = Instant.now();
    await spawnBlocking(() => 42);
    await sleep(ms(70));
    waited = sinceMs(start);
  });
  assert.equal(waited, 70);
});

test('interval on a paused clock ticks at exact multiples of its period', async () => {
  let offsets: number[] = [];
  let period = '';
  await paused(async () => {
    const start = Instant.now();
    const ticker = interval(ms(300));
    for (let i = 0; i < 4; i++) offsets.push((await ticker.tick()).durationSince(start).asMillis());
    period = format('{:?}', [ticker.period()]);
  });
  assert.deepEqual(offsets, [0, 300, 600, 900]);
  assert.equal(period, '300ms');
});

for (const [behavior, expected] of [
  ['Burst', [250, 250, 300, 400]],
  ['Delay', [250, 350, 450, 550]],
  ['Skip', [250, 300, 400, 500]],
] as const) {
  test(`interval after a stall of two and a half periods ticks as MissedTickBehavior::${behavior}`, async () => {
    const times: number[] = [];
    await paused(async () => {
      const start = Instant.now();
      const ticker = interval(ms(100));
      ticker.setMissedTickBehavior(MissedTickBehavior[behavior]);
      await ticker.tick();
      await time.advance(ms(250));
      for (let i = 0; i < 4; i++) {
        await ticker.tick();
        times.push(sinceMs(start));
      }
    });
    assert.deepEqual(times, expected);
  });
}

test('a reset sleep on a paused clock fires at its new deadline, which deadline() gives', async () => {
  let fired = -1;
  let deadline = -1;
  await paused(async () => {
    const start = Instant.now();
    const timer = sleep(ms(100));
    await sleep(ms(60));
    timer.reset(Instant.now().add(ms(100)));
    await timer;
    fired = sinceMs(start);
    deadline = timer.deadline().durationSince(start).asMillis();
  });
  assert.equal(fired, 160);
  assert.equal(deadline, 160);
});

test('durations sort by length as a sort key', () => {
  const sorted = [Duration.fromSecs(3 * 3600), Duration.fromSecs(540), Duration.fromSecs(5400)].sort(rs.cmp);
  assert.deepEqual(
    sorted.map((d) => d.asSecs()),
    [540, 5400, 10800],
  );
});

test('a program after a paused one starts with a running clock', async () => {
  await paused(async () => {
    await sleep(ms(5));
  });
  const { code, stderr } = await runTokio(() => time.advance(ms(1), 'src/main.rs:9:5'), { flavor: 'current_thread' });
  assert.equal(code, 101);
  assert.match(stderr, /time is not frozen/);
});

test('a runtime built with start_paused(true) starts with its clock paused', async () => {
  let waited = -1;
  const { code, stderr } = await runTokio(
    async () => {
      const rt = Builder.newCurrentThread().enableAll().startPaused(true).build().unwrap();
      waited = await rt.blockOn(async () => {
        const start = Instant.now();
        await sleep(Duration.fromSecs(90));
        return start.elapsed().asSecs();
      });
    },
    { runtime: false },
  );
  assert.equal(code, 0, stderr);
  assert.equal(waited, 90);
});

test('pause inside a multi-thread runtime built by hand panics', async () => {
  const { code, stderr } = await runTokio(
    async () => {
      const rt = Builder.newMultiThread().enableAll().build().unwrap();
      await rt.blockOn(async () => time.pause('src/main.rs:6:9'));
    },
    { runtime: false },
  );
  assert.equal(code, 101);
  assert.match(stderr, /`time::pause\(\)` requires the `current_thread` Tokio runtime/);
});

// std's clock is real time: a paused Tokio clock neither moves it nor is held back by it.

test('std_instant_keeps_real_time_while_tokio_is_paused', async () => {
  let tokioSecs = -1;
  let realSecs = -1;
  await paused(async () => {
    const tokioStart = Instant.now();
    const realStart = Instant.stdNow();
    await sleep(Duration.fromSecs(3600));
    tokioSecs = tokioStart.elapsed().asSecs();
    realSecs = realStart.elapsed().asSecs();
  });
  assert.equal(tokioSecs, 3600);
  assert.ok(realSecs < 60, `std's Instant followed the paused clock: ${realSecs}s`);
});

test('std_thread_sleep_leaves_the_paused_clock_alone', async () => {
  let tokioMs = -1;
  let realMs = -1;
  await paused(async () => {
    const tokioStart = Instant.now();
    const realStart = Instant.stdNow();
    await thread.sleep(ms(15));
    tokioMs = sinceMs(tokioStart);
    realMs = realStart.elapsed().asMillis();
  });
  assert.equal(tokioMs, 0);
  assert.ok(realMs >= 15, `slept ${realMs} ms of real time`);
});

test('paused_clock_jumps_while_a_std_thread_sleeps', async () => {
  const order: string[] = [];
  await paused(async () => {
    const sleeper = thread.spawn(async () => {
      await thread.sleep(ms(30));
      order.push('thread woke');
    });
    await sleep(Duration.fromSecs(60));
    order.push('a minute passed in tokio');
    await sleeper.join();
  });
  assert.deepEqual(order, ['a minute passed in tokio', 'thread woke']);
});

test('recv_timeout_waits_real_time_while_tokio_is_paused', async () => {
  let received: unknown;
  let tokioMs = -1;
  await paused(async () => {
    const tokioStart = Instant.now();
    const [tx, rx] = std.channel<number>();
    received = await rx.recvTimeout(ms(10));
    tokioMs = sinceMs(tokioStart);
    tx.drop();
  });
  assert.deepEqual(received, new Err(std.RecvTimeoutError.Timeout));
  assert.equal(tokioMs, 0);
});
