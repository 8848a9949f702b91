// tokio::select! (runtime/src/tokio/select.ts): random start branch, `biased;`, `, if`
// preconditions, pattern failures, `else`, and losing branches. Expectations are Tokio
// 1.24.2's (src/macros/select.rs, tests/macros_select.rs). Branches are sleeps, JoinHandles
// and a never-ready future: the channels have their own tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Duration,
  PENDING,
  println,
  select,
  sleep,
  spawn,
  STALL_EXIT_CODE,
  type Selectable,
} from '../../runtime/src/tokio/index.js';
import { runTokio, STILL_RUNNING } from '../support/run-tokio.js';

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

/** A future that is ready at once with `value`, as `async { value }`. */
function ready<T>(value: T): Selectable<T> {
  return {
    poll: () => value,
    subscribe() {},
    unsubscribe() {},
    describe: () => 'a ready future',
  };
}

/** Runs `body` as a Tokio main and fails the test if the program did not end normally. */
async function inMain(body: () => Promise<void>): Promise<void> {
  const { code, stderr } = await runTokio(body);
  assert.equal(code, 0, stderr);
}

test('the branch that is ready wins over one that is not', async () => {
  let index = -2;
  await inMain(async () => {
    ({ index } = await select([{ op: sleep(ms(50)) }, { op: sleep(Duration.ZERO) }]));
  });
  assert.equal(index, 1);
});

test('the branch that becomes ready first wins', async () => {
  let index = -2;
  await inMain(async () => {
    ({ index } = await select([{ op: sleep(ms(60_000)) }, { op: sleep(ms(5)) }, { op: pending() }]));
  });
  assert.equal(index, 1);
});

test('the winning branch gives its value', async () => {
  let selected: { index: number; value: unknown } | undefined;
  await inMain(async () => {
    const handle = spawn(() => 'done');
    selected = await select([{ op: pending() }, { op: handle }]);
  });
  assert.equal(selected?.index, 1);
  assert.equal((selected?.value as { unwrap(): unknown }).unwrap(), 'done');
});

test('without biased the start branch is random: each of two ready branches wins sometimes', async () => {
  const wins = [0, 0];
  await inMain(async () => {
    for (let i = 0; i < 200; i++) {
      const { index } = await select([{ op: sleep(Duration.ZERO) }, { op: sleep(Duration.ZERO) }]);
      wins[index]!++;
    }
  });
  // Fair coin over 200 runs: below 30 on either side has probability ~1e-25.
  assert.ok(wins[0]! >= 30 && wins[1]! >= 30, `wins ${wins.join('/')}`);
});

test('with biased the branches are polled in order: the first ready one always wins', async () => {
  const wins = [0, 0, 0];
  await inMain(async () => {
    for (let i = 0; i < 100; i++) {
      const { index } = await select([{ op: pending() }, { op: ready('b') }, { op: ready('c') }], { biased: true });
      wins[index]!++;
    }
  });
  assert.deepEqual(wins, [0, 100, 0]);
});

test('a false precondition disables its branch even when it would be ready', async () => {
  let index = -2;
  await inMain(async () => {
    // `_ = ready, if false => ..., _ = sleep(5ms) => ...`
    ({ index } = await select([{ op: null }, { op: sleep(ms(5)) }], { biased: true }));
  });
  assert.equal(index, 1);
});

test('a value that does not match the pattern disables the branch; the select takes another', async () => {
  let index = -2;
  await inMain(async () => {
    // `Some(v) = async { None } => v, _ = sleep(5ms) => 99`: Tokio gives 99
    ({ index } = await select([{ op: ready(undefined), matches: (v) => v !== undefined }, { op: sleep(ms(5)) }], {
      biased: true,
    }));
  });
  assert.equal(index, 1);
});

test('a pattern failure while the select waits disables that branch and the select keeps waiting', async () => {
  let index = -2;
  let pollsAfterFailure = 0;
  await inMain(async () => {
    const handle = spawn(async () => {
      await sleep(ms(5));
      return undefined; // the task gives None: `Ok(Some(v)) = handle` does not match
    });
    let failed = false;
    ({ index } = await select([
      {
        op: handle,
        matches: (joined: { isOk(): boolean; unwrap(): unknown }) => {
          if (failed) pollsAfterFailure++;
          failed = true;
          return joined.isOk() && joined.unwrap() !== undefined;
        },
      },
      { op: sleep(ms(30)) },
    ]));
  });
  assert.equal(index, 1);
  assert.equal(pollsAfterFailure, 0, 'a disabled branch is not polled again');
});

test('with every branch disabled and an else branch the select takes else (index -1)', async () => {
  let index = -2;
  await inMain(async () => {
    ({ index } = await select([{ op: null }, { op: null }], { hasElse: true }));
  });
  assert.equal(index, -1);
});

test('branches disabled by pattern failures lead to else too', async () => {
  let index = -2;
  await inMain(async () => {
    ({ index } = await select([{ op: ready(undefined), matches: (v) => v !== undefined }, { op: null }], {
      hasElse: true,
    }));
  });
  assert.equal(index, -1);
});

test('else is not taken while an enabled branch can still complete', async () => {
  let index = -2;
  await inMain(async () => {
    ({ index } = await select([{ op: null }, { op: sleep(ms(5)) }], { hasElse: true }));
  });
  assert.equal(index, 1);
});

test("with every branch disabled and no else, select panics with Tokio's message", async () => {
  const { code, stderr } = await runTokio(async () => {
    await select([{ op: null }, { op: ready(undefined), matches: (v) => v !== undefined }]);
    println('unreachable');
  });
  assert.equal(code, 101);
  const [header, message] = stderr.split('\n');
  assert.match(header!, /^thread 'main' panicked at /);
  assert.equal(message, 'all branches are disabled and there is no else branch');
});

test('a sleep that lost a select no longer holds the program open', async () => {
  // The losing sleep is never waited for: once unsubscribed its timer is gone, so main,
  // left waiting on a future that never completes, is reported at once as a stall. If the
  // loser's timer stayed armed, the program would still be running at the limit.
  const { code, stderr } = await runTokio(
    async () => {
      await select([{ op: sleep(ms(2)) }, { op: sleep(Duration.fromSecs(60)) }]);
      await select([{ op: pending() }]);
    },
    { limitMs: 2000 },
  );
  assert.notEqual(code, STILL_RUNNING, 'the losing sleep kept the program alive');
  assert.equal(code, STALL_EXIT_CODE);
  assert.match(stderr, /main waits on a future that never completes/);
});

test("a JoinHandle that lost a select does not wake the select's task later", async () => {
  const events: string[] = [];
  const { code, stderr } = await runTokio(async () => {
    const handle = spawn(async () => {
      await sleep(ms(10));
      events.push('task done');
      return 7;
    });
    const { index } = await select([{ op: handle }, { op: sleep(ms(2)) }]);
    events.push(`select took ${index}`);
    await sleep(ms(30)); // the task ends meanwhile: it must not disturb this wait
    events.push('slept');
    events.push(`joined ${(await handle).unwrap()}`);
  });
  assert.equal(code, 0, stderr);
  assert.deepEqual(events, ['select took 1', 'task done', 'slept', 'joined 7']);
});

test("a JoinHandle that lost a select can still be awaited for the task's value", async () => {
  let joined: unknown;
  await inMain(async () => {
    const handle = spawn(async () => {
      await sleep(ms(10));
      return 'value';
    });
    await select([{ op: handle }, { op: sleep(ms(1)) }]);
    joined = (await handle).unwrap();
  });
  assert.equal(joined, 'value');
});
