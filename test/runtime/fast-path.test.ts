// The fast path of the runtime API: an operation that completes at once returns its result,
// not a promise, and code that awaits only a promise (what `chan2ts run` executes, see
// runtime/README.md) keeps Go's semantics: the budget, select's fairness, order, deadlocks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fmt, go, makeChan, RANGE_END, recvCase, select, sync, time } from '../../runtime/src/go/index.js';
import { lines, runProgram } from '../support/run-program.js';

test('send_into_a_buffer_with_room_returns_no_promise', async () => {
  const { code, stdout } = await runProgram(async () => {
    const ch = makeChan<number>(2, 0);
    const first = ch.send(1);
    const second = ch.send(2);
    const third = ch.send(3);
    fmt.println(first instanceof Promise, second instanceof Promise, third instanceof Promise);
    go(async () => {
      await ch.recv();
    });
    await third;
  });
  assert.equal(code, 0);
  assert.equal(stdout, 'false false true\n');
});

test('receive_of_a_buffered_value_returns_the_value_itself', async () => {
  const { stdout } = await runProgram(async () => {
    const ch = makeChan<string>(1, '');
    await ch.send('x');
    const v = ch.recv();
    fmt.println(v instanceof Promise, v);
  });
  assert.equal(stdout, 'false x\n');
});

test('range_next_gives_values_in_order_then_range_end_once_closed_and_drained', async () => {
  const { stdout } = await runProgram(async () => {
    const ch = makeChan<number>(3, 0);
    for (const v of [1, 2, 3]) await ch.send(v);
    ch.close();
    const seen: unknown[] = [];
    for (let v; (v = ch.rangeNext()) !== RANGE_END;) seen.push(v instanceof Promise ? 'a promise' : v);
    fmt.println(seen.join(','), ch.rangeNext() === RANGE_END);
  });
  assert.equal(stdout, '1,2,3 true\n');
});

test('range_next_parks_until_a_sender_comes_and_ends_at_close', async () => {
  const { stdout } = await runProgram(async () => {
    const ch = makeChan<number>(0, 0);
    go(async () => {
      for (let i = 1; i <= 3; i++) await ch.send(i * 10);
      ch.close();
    });
    let p: unknown;
    const seen: unknown[] = [];
    for (let v; (v = (p = ch.rangeNext()) instanceof Promise ? await p : p) !== RANGE_END;) seen.push(v);
    fmt.println(seen.join(','));
  });
  assert.equal(stdout, '10,20,30\n');
});

test('operations_that_never_wait_still_yield_to_a_timer', async () => {
  const { code, stdout } = await runProgram(async () => {
    const ch = makeChan<number>(1, 0);
    let fired = false;
    time.afterFunc(time.millisecond, () => {
      fired = true;
    });
    let p: unknown;
    let rounds = 0;
    while (!fired) {
      (p = ch.send(rounds)) instanceof Promise && (await p);
      (p = ch.recv()) instanceof Promise && (await p);
      rounds++;
    }
    fmt.println('fired after', rounds > 0 ? 'some rounds' : 'none');
  });
  assert.equal(code, 0);
  assert.equal(stdout, 'fired after some rounds\n');
});

test('select_over_ready_cases_stays_fair_without_awaiting', async () => {
  const { stdout } = await runProgram(async () => {
    const a = makeChan<number>(1, 0);
    const b = makeChan<number>(1, 0);
    const counts = [0, 0];
    const rounds = 10_000;
    let p: any;
    for (let i = 0; i < rounds; i++) {
      (p = a.send(1)) instanceof Promise && (await p);
      (p = b.send(2)) instanceof Promise && (await p);
      const s = (p = select([recvCase(a), recvCase(b)])) instanceof Promise ? await p : p;
      counts[s.index]!++;
      (p = (s.index === 0 ? b : a).recv()) instanceof Promise && (await p);
    }
    fmt.println(counts.every((n) => n > rounds * 0.45 && n < rounds * 0.55));
  });
  assert.equal(stdout, 'true\n');
});

test('deadlock_after_operations_that_completed_at_once_names_the_parked_goroutines', async () => {
  const { code, stderr } = await runProgram(async () => {
    const ch = makeChan<number>(2, 0, 'ch', 'chan int');
    const wg = new sync.WaitGroup();
    wg.add(1);
    go(async () => {
      let p: unknown;
      (p = ch.send(1)) instanceof Promise && (await p);
      (p = ch.recv()) instanceof Promise && (await p);
      (p = ch.recv()) instanceof Promise && (await p); // empty: parks for good
      wg.done();
    });
    await wg.wait();
  });
  assert.equal(code, 2);
  const report = lines(stderr);
  assert.equal(report[0], 'fatal error: all goroutines are asleep - deadlock!');
  assert.ok(report.includes('goroutine 1 [semacquire]:'), stderr);
  assert.ok(
    report.some((l) => /^goroutine [2-9]\d* \[chan receive\]:$/.test(l)),
    stderr,
  );
});
