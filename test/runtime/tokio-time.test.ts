// tokio::time (runtime/src/tokio/time.ts): sleep, timeout, interval, Duration, Instant.
// Expectations are Tokio 1.24.2's (tests/time_sleep.rs, time_timeout.rs, time_interval.rs)
// and std's (Duration's Debug), checked with programs built with Debian's Tokio. No test
// asserts how long anything took: only orders and outcomes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Duration,
  Elapsed,
  format,
  Instant,
  interval,
  Ok,
  panic,
  println,
  sleep,
  sleepUntil,
  spawn,
  timeout,
  type Result,
} from '../../runtime/src/tokio/index.js';
import { runTokio } from '../support/run-tokio.js';

const ms = (n: number) => Duration.fromMillis(n);

const NOTE = 'note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n';

/** Runs `body` as a Tokio main and fails the test if the program did not end normally. */
async function inMain(body: () => Promise<void>, flavor?: 'current_thread'): Promise<void> {
  const { code, stderr } = await runTokio(body, { flavor });
  assert.equal(code, 0, stderr);
}

/**
 * `inMain` on a paused clock (`start_paused = true`): timers fire in the order of their
 * deadlines however loaded the machine is, so races between timers have one outcome.
 */
async function inPausedMain(body: () => Promise<void>): Promise<void> {
  const { code, stderr } = await runTokio(body, { flavor: 'current_thread', startPaused: true });
  assert.equal(code, 0, stderr);
}

/** Blocks the thread, as `std::thread::sleep` inside a task would: no task or timer runs. */
function blockFor(milliseconds: number): void {
  const until = performance.now() + milliseconds;
  while (performance.now() < until) {
    // busy
  }
}

test('sleeps end in the order of their deadlines', async () => {
  const order: number[] = [];
  await inPausedMain(async () => {
    const handles = [30, 10, 20].map((n) =>
      spawn(async () => {
        await sleep(ms(n));
        order.push(n);
      }),
    );
    for (const h of handles) await h;
  });
  assert.deepEqual(order, [10, 20, 30]);
});

test('a sleep of zero completes', async () => {
  let value: unknown = 'not yet';
  await inMain(async () => {
    value = await sleep(Duration.ZERO);
  });
  assert.equal(value, null);
});

test("sleepUntil a deadline after another sleep's ends after it", async () => {
  const order: string[] = [];
  await inPausedMain(async () => {
    const later = spawn(async () => {
      await sleepUntil(Instant.now().add(ms(20)));
      order.push('until +20ms');
    });
    await sleep(ms(5));
    order.push('sleep 5ms');
    await later;
  });
  assert.deepEqual(order, ['sleep 5ms', 'until +20ms']);
});

test('timeout gives Ok with the value when the async function finishes first', async () => {
  let printed = '';
  await inPausedMain(async () => {
    const r = await timeout(ms(50), async () => {
      await sleep(ms(2));
      return 3;
    });
    printed = format('{:?}', [r]);
  });
  assert.equal(printed, 'Ok(3)');
});

test('timeout gives Ok when the awaited operation finishes first', async () => {
  let printed = '';
  await inPausedMain(async () => {
    printed = format('{:?}', [await timeout(ms(50), sleep(ms(2)))]);
  });
  assert.equal(printed, 'Ok(())');
});

test('timeout gives Err(Elapsed) when time runs out first', async () => {
  let r: Result<unknown, Elapsed> | undefined;
  await inPausedMain(async () => {
    r = await timeout(ms(5), sleep(ms(50)));
  });
  assert.ok(r?.isErr());
  assert.ok(r.unwrapErr() instanceof Elapsed);
  assert.equal(format('{:?}', [r]), 'Err(Elapsed(()))');
  assert.equal(format('{}', [r.unwrapErr()]), 'deadline has elapsed');
});

test('an operation that is already ready wins a timeout of zero', async () => {
  let printed = '';
  await inMain(async () => {
    const handle = spawn(() => 5);
    await handle;
    printed = format('{:?}', [await timeout(Duration.ZERO, handle)]);
  });
  assert.equal(printed, 'Ok(Ok(5))');
});

test('an async function that completes without waiting wins a timeout of zero', async () => {
  // Tokio polls the future before the deadline: `timeout(Duration::ZERO, async { 7 }).await` is Ok(7).
  let printed = '';
  await inMain(async () => {
    printed = format('{:?}', [await timeout(Duration.ZERO, async () => 7)]);
  });
  assert.equal(printed, 'Ok(7)');
});

test('a timed-out async function is cancelled: its code after the await never runs', async () => {
  const events: string[] = [];
  await inPausedMain(async () => {
    const r = await timeout(ms(5), async () => {
      events.push('started');
      await sleep(ms(30));
      events.push('after sleep');
      return 1;
    });
    events.push(format('{:?}', [r]));
    await sleep(ms(40));
  });
  assert.deepEqual(events, ['started', 'Err(Elapsed(()))']);
});

test('a panic inside a future under timeout is one panic, of the task that awaits the timeout', async () => {
  // Rust: the future runs inside main's task, so this prints one report, on thread main.
  const { code, stderr } = await runTokio(async () => {
    await timeout(ms(50), async () => {
      await sleep(ms(1));
      panic('inner failed', 'src/main.rs:6:13');
    });
  });
  assert.equal(code, 101);
  assert.equal(stderr, `thread 'main' panicked at src/main.rs:6:13:\ninner failed\n${NOTE}`);
});

test('timeout does not use up a task id: the next spawned task is still task 1', async () => {
  // Rust's Timeout is a plain future, not a task: under current_thread the first spawn is Id(1).
  let id = 0;
  await inMain(async () => {
    await timeout(ms(20), async () => {
      await sleep(ms(1));
    });
    const h = spawn(() => 0);
    id = h.id();
    await h;
  }, 'current_thread');
  assert.equal(id, 1);
});

test('the first tick of an interval completes at once', async () => {
  let first: Result<Instant, Elapsed> | undefined;
  await inMain(async () => {
    const iv = interval(ms(10));
    first = await timeout(Duration.ZERO, iv);
  });
  assert.ok(first?.isOk());
});

test('an interval ticks at steps of its period from the first tick', async () => {
  const steps: string[] = [];
  await inMain(async () => {
    const iv = interval(ms(10));
    const t0 = await iv.tick();
    const t1 = await iv.tick();
    const t2 = await iv.tick();
    steps.push(format('{:?}', [t1.durationSince(t0)]), format('{:?}', [t2.durationSince(t0)]));
  });
  assert.deepEqual(steps, ['10ms', '20ms']);
});

test('an interval late by several periods bursts the missed ticks at once', async () => {
  // Tokio's default MissedTickBehavior::Burst. Period 10ms, blocked 45ms after the first
  // tick: the ticks due at 10, 20, 30 and 40ms are all ready without waiting (Tokio: 4 or 5).
  let immediate = 0;
  let laterTickWaited = false;
  const offsets: number[] = [];
  await inMain(async () => {
    const iv = interval(ms(10));
    const t0 = await iv.tick();
    blockFor(45);
    for (;;) {
      const r = await timeout(Duration.ZERO, iv);
      if (r.isErr()) break;
      immediate++;
      offsets.push(r.unwrap().durationSince(t0).asMillis());
    }
    await iv.tick();
    laterTickWaited = true;
  });
  assert.ok(immediate >= 4, `${immediate} ticks at once`);
  assert.deepEqual(offsets.slice(0, 4), [10, 20, 30, 40]);
  assert.ok(laterTickWaited);
});

test("an interval with a period of zero panics with Tokio's message", async () => {
  const { code, stdout, stderr } = await runTokio(async () => {
    interval(Duration.ZERO);
    println('unreachable');
  });
  assert.equal(code, 101);
  assert.equal(stdout, '');
  assert.equal(stderr.split('\n')[1], '`period` must be non-zero.');
});

test('Duration arithmetic: add, saturating sub, mul and div', () => {
  assert.equal(ms(1).add(Duration.fromMicros(500)).asNanos(), 1_500_000);
  assert.equal(ms(3).sub(ms(5)).asNanos(), 0);
  assert.equal(ms(5).sub(ms(3)).asMillis(), 2);
  assert.equal(Duration.fromSecs(2).mul(3).asSecs(), 6);
  assert.equal(ms(10).div(3).asNanos(), 3_333_333);
});

test("Duration conversions truncate as Rust's as_* do", () => {
  const d = Duration.fromNanos(1_234_567_891);
  assert.equal(d.asSecs(), 1);
  assert.equal(d.asMillis(), 1234);
  assert.equal(d.asMicros(), 1_234_567);
  assert.equal(d.subsecMillis(), 234);
  assert.equal(d.asSecsF64(), 1.234567891);
  assert.equal(Duration.fromSecsF64(1.5).asMillis(), 1500);
});

test("Duration Debug prints as Rust's {:?}: 1.5s, 250ms, 10µs, 0ns", () => {
  assert.equal(
    format('{:?} {:?} {:?} {:?}', [ms(1500), ms(250), Duration.fromMicros(10), Duration.ZERO]),
    '1.5s 250ms 10µs 0ns',
  );
});

test('Duration Debug keeps every significant digit and drops trailing zeros', () => {
  const cases: [Duration, string][] = [
    [Duration.fromNanos(1), '1ns'],
    [Duration.fromNanos(1500), '1.5µs'],
    [ms(1001), '1.001s'],
    [Duration.fromSecs(60), '60s'],
    [Duration.fromSecs(3600), '3600s'],
    [Duration.fromNanos(1_000_000_001), '1.000000001s'],
    [Duration.fromNanos(999_999_999), '999.999999ms'],
    [ms(10).div(3), '3.333333ms'],
    [ms(1).add(Duration.fromMicros(500)), '1.5ms'],
    [ms(3).sub(ms(5)), '0ns'],
  ];
  for (const [d, text] of cases) assert.equal(format('{:?}', [d]), text);
});

test('Duration Debug honours a precision, as {:.2?} does', () => {
  // Rust: `{:.2?}` of 1.234567s is 1.23s, `{:.0?}` of 1.5s is 2s, `{:.1?}` of 2.55ms is 2.6ms.
  assert.equal(
    format('{:.2?} {:.0?} {:.1?}', [Duration.fromMicros(1_234_567), ms(1500), Duration.fromMicros(2550)]),
    '1.23s 2s 2.6ms',
  );
});

test('Debug of a Duration inside a Result prints like Rust: Ok(250ms)', () => {
  assert.equal(format('{:?}', [new Ok(ms(250))]), 'Ok(250ms)');
});

test('Instant elapsed is never negative', () => {
  const start = Instant.now();
  assert.ok(start.elapsed().asNanos() >= 0);
  const later = Instant.now();
  assert.ok(later.durationSince(start).asNanos() >= 0);
  assert.equal(start.durationSince(later.add(ms(1))).asNanos(), 0, 'duration_since a later instant saturates to zero');
});

test('Instant elapsed grows across a sleep', async () => {
  let elapsed = Duration.ZERO;
  await inMain(async () => {
    const start = Instant.now();
    await sleep(ms(5));
    elapsed = start.elapsed();
  });
  assert.ok(elapsed.asNanos() > 0);
});
