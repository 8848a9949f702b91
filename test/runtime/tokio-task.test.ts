// tokio::spawn, JoinHandle, abort, JoinError and how a program ends (runtime/src/tokio/task.ts).
// Expectations are Tokio 1.24.2's (tests/rt_common.rs, tests/task_abort.rs,
// src/runtime/task/error.rs), checked against programs built with Debian's Tokio.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Duration,
  format,
  JoinError,
  panic,
  PENDING,
  println,
  select,
  sleep,
  spawn,
  STALL_EXIT_CODE,
  yieldNow,
  type Selectable,
} from '../../runtime/src/tokio/index.js';
import { runTokio } from '../support/run-tokio.js';

const NOTE = 'note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n';

const ms = (n: number) => Duration.fromMillis(n);

/** `std::future::pending()`: a future that never completes. */
function pending(): Selectable<never> {
  return {
    poll: () => PENDING,
    subscribe() {},
    unsubscribe() {},
    describe: () => 'a future that never completes',
  };
}

test('spawn never runs the task before spawn returns', async () => {
  const events: string[] = [];
  await runTokio(async () => {
    const handle = spawn(() => {
      events.push('task');
    });
    events.push('after spawn');
    await handle;
  });
  assert.deepEqual(events, ['after spawn', 'task']);
});

test('awaiting a JoinHandle gives Ok with the value the task returned', async () => {
  const { code, stdout } = await runTokio(async () => {
    const handle = spawn(async () => {
      await sleep(ms(1));
      return 42;
    });
    const joined = await handle;
    assert.ok(joined.isOk());
    println('{}', [joined.unwrap()]);
  });
  assert.equal(code, 0);
  assert.equal(stdout, '42\n');
});

test("the Debug of a joined task's result is Ok(value)", async () => {
  let printed = '';
  await runTokio(async () => {
    printed = format('{:?}', [await spawn(() => 42)]);
  });
  assert.equal(printed, 'Ok(42)');
});

test("a panicking task prints Rust's panic report on the worker thread", async () => {
  const { stderr } = await runTokio(async () => {
    await spawn(() => panic('boom', 'src/main.rs:4:9'));
  });
  assert.equal(stderr, `thread 'tokio-runtime-worker' panicked at src/main.rs:4:9:\nboom\n${NOTE}`);
});

test('a panicking task does not end the program', async () => {
  const { code, stdout } = await runTokio(async () => {
    await spawn(() => panic('boom', 'src/main.rs:4:9'));
    println('main goes on');
  });
  assert.equal(code, 0);
  assert.equal(stdout, 'main goes on\n');
});

test('the handle of a panicked task gives Err(JoinError::Panic(Id(n), ...))', async () => {
  let debug = '';
  let display = '';
  let error: unknown;
  await runTokio(async () => {
    const joined = await spawn(() => panic('boom', 'src/main.rs:4:9'));
    assert.ok(joined.isErr());
    error = joined.unwrapErr();
    debug = format('{:?}', [joined]);
    display = format('{}', [joined.unwrapErr()]);
  });
  assert.ok(error instanceof JoinError);
  assert.equal(error.isPanic(), true);
  assert.equal(error.isCancelled(), false);
  assert.equal(debug, 'Err(JoinError::Panic(Id(1), ...))');
  assert.equal(display, 'task 1 panicked');
});

test("unwrap of a panicked task's result panics main with the JoinError Debug", async () => {
  const { code, stderr } = await runTokio(async () => {
    (await spawn(() => panic('boom', 'src/main.rs:4:9'))).unwrap();
  });
  assert.equal(code, 101);
  const lines = stderr.split('\n');
  // Rust separates a second panic report from the first with a blank line.
  assert.equal(lines[3], '');
  assert.match(lines[4]!, /^thread 'main' panicked at /);
  assert.equal(lines[5], 'called `Result::unwrap()` on an `Err` value: JoinError::Panic(Id(1), ...)');
});

test('with flavor current_thread a task panic is reported on thread main', async () => {
  const { code, stderr } = await runTokio(
    async () => {
      await spawn(() => panic('boom', 'src/main.rs:4:9'));
    },
    { flavor: 'current_thread' },
  );
  assert.equal(code, 0);
  assert.equal(stderr, `thread 'main' panicked at src/main.rs:4:9:\nboom\n${NOTE}`);
});

test('the backtrace note is printed with the first panic of a program only', async () => {
  // Rust's default panic hook prints the note once per process, and a blank line before
  // every later report (checked with rustc 1.95).
  const { code, stderr } = await runTokio(async () => {
    await spawn(() => panic('first', 'src/main.rs:3:9'));
    panic('second', 'src/main.rs:5:5');
  });
  assert.equal(code, 101);
  assert.equal(
    stderr,
    `thread 'tokio-runtime-worker' panicked at src/main.rs:3:9:\nfirst\n${NOTE}` +
      `\nthread 'main' panicked at src/main.rs:5:5:\nsecond\n`,
  );
});

test('abort cancels a task waiting on a sleep: its code after the await never runs', async () => {
  const events: string[] = [];
  await runTokio(async () => {
    const handle = spawn(async () => {
      events.push('started');
      await sleep(ms(30));
      events.push('after sleep');
    });
    await sleep(ms(5));
    handle.abort();
    await sleep(ms(40));
  });
  assert.deepEqual(events, ['started']);
});

test('the handle of an aborted task gives Err(JoinError::Cancelled(Id(n)))', async () => {
  let debug = '';
  let display = '';
  let error: unknown;
  await runTokio(async () => {
    const handle = spawn(async () => {
      await sleep(ms(30));
      return 1;
    });
    await sleep(ms(5));
    handle.abort();
    const joined = await handle;
    assert.ok(joined.isErr());
    error = joined.unwrapErr();
    debug = format('{:?}', [joined]);
    display = format('{}', [joined.unwrapErr()]);
  });
  assert.ok(error instanceof JoinError);
  assert.equal(error.isCancelled(), true);
  assert.equal(error.isPanic(), false);
  assert.equal(debug, 'Err(JoinError::Cancelled(Id(1)))');
  assert.equal(display, 'task 1 was cancelled');
});

test('a task aborted before it ever ran does not run at all and gives Cancelled', async () => {
  // Tokio (current_thread, deterministic): "A Err(JoinError::Cancelled(Id(1)))", nothing printed by the task.
  const events: string[] = [];
  let debug = '';
  await runTokio(
    async () => {
      const handle = spawn(async () => {
        events.push('ran');
        await sleep(ms(1));
        return 1;
      });
      handle.abort();
      debug = format('{:?}', [await handle]);
    },
    { flavor: 'current_thread' },
  );
  assert.deepEqual(events, []);
  assert.equal(debug, 'Err(JoinError::Cancelled(Id(1)))');
});

test('a task that never waits, aborted before it ran, gives Cancelled and not its value', async () => {
  let debug = '';
  await runTokio(
    async () => {
      const handle = spawn(() => 2);
      handle.abort();
      debug = format('{:?}', [await handle]);
    },
    { flavor: 'current_thread' },
  );
  assert.equal(debug, 'Err(JoinError::Cancelled(Id(1)))');
});

test('an aborted task already woken from its wait does not go past that await', async () => {
  // Tokio never polls an aborted, unfinished task again: it is dropped where it waits.
  const events: string[] = [];
  let debug = '';
  let finishedAtAbort: boolean | undefined;
  await runTokio(async () => {
    const first = spawn(async () => {
      await sleep(ms(5));
      return 1;
    });
    const second = spawn(async () => {
      await first;
      events.push('second resumed');
      return 2;
    });
    await first; // wakes main, then `second`, which is runnable but has not resumed yet
    finishedAtAbort = second.isFinished();
    second.abort();
    debug = format('{:?}', [await second]);
  });
  assert.equal(finishedAtAbort, false);
  assert.deepEqual(events, []);
  assert.equal(debug, 'Err(JoinError::Cancelled(Id(2)))');
});

test('abort after the task finished leaves its Ok result', async () => {
  let debug = '';
  await runTokio(async () => {
    const handle = spawn(() => 4);
    await sleep(ms(5));
    handle.abort();
    debug = format('{:?}', [await handle]);
  });
  assert.equal(debug, 'Ok(4)');
});

test('isFinished turns true once the task has ended', async () => {
  const seen: boolean[] = [];
  await runTokio(async () => {
    const handle = spawn(async () => {
      await sleep(ms(2));
    });
    seen.push(handle.isFinished());
    await handle;
    seen.push(handle.isFinished());
  });
  assert.deepEqual(seen, [false, true]);
});

test('a panic in main prints thread main panicked and exits with code 101', async () => {
  const { code, stdout, stderr } = await runTokio(async () => {
    await sleep(ms(1));
    panic('main failed', 'src/main.rs:7:5');
  });
  assert.equal(code, 101);
  assert.equal(stdout, '');
  assert.equal(stderr, `thread 'main' panicked at src/main.rs:7:5:\nmain failed\n${NOTE}`);
});

test('main returning ends the program with exit code 0 while tasks still run', async () => {
  const { code, stdout, stderr } = await runTokio(async () => {
    spawn(async () => {
      println('task started');
      await sleep(ms(20));
      println('too late');
    });
    await yieldNow();
    println('main done');
  });
  assert.equal(code, 0);
  assert.equal(stdout, 'task started\nmain done\n');
  assert.equal(stderr, '');
});

test('main awaiting what nothing can complete ends with the stall report and STALL_EXIT_CODE (Rust would hang here)', async () => {
  const { code, stdout, stderr } = await runTokio(
    async () => {
      const stuck = spawn(async () => {
        await select([{ op: pending() }]);
      });
      await stuck;
    },
    { limitMs: 2000 },
  );
  assert.equal(code, STALL_EXIT_CODE);
  assert.notEqual(STALL_EXIT_CODE, 0);
  assert.notEqual(STALL_EXIT_CODE, 101);
  assert.equal(stdout, '');
  assert.match(stderr, /Rust would hang here/);
  assert.match(stderr, /main waits on the JoinHandle of task 1/);
  assert.match(stderr, /task 1 waits on a future that never completes/);
});

test('task ids count from 1 in spawn order (as Tokio current_thread numbers them)', async () => {
  const ids: number[] = [];
  await runTokio(
    async () => {
      const handles = [spawn(() => 0), spawn(() => 0), spawn(() => 0)];
      for (const h of handles) {
        ids.push(h.id());
        await h;
      }
    },
    { flavor: 'current_thread' },
  );
  assert.deepEqual(ids, [1, 2, 3]);
});

test('task ids start again from 1 in the next program', async () => {
  const ids: number[] = [];
  for (let run = 0; run < 2; run++) {
    await runTokio(async () => {
      const h = spawn(() => 0);
      ids.push(h.id());
      await h;
    });
  }
  assert.deepEqual(ids, [1, 1]);
});
