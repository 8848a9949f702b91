// tokio::try_join! (runtime/src/tokio/select.ts `tryJoin`): as join!, but the first Err ends it.
// Behaviours from Tokio 1.24.2's src/macros/try_join.rs and tests/macros_try_join.rs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Err, format, Ok, sleep, Duration, tryJoin, type Result } from '../../runtime/src/tokio/index.js';
import { runTokio } from '../support/run-tokio.js';

/** Runs `main` as a paused-clock Tokio program and fails the test with its output unless it ended well. */
async function inTokio(main: () => Promise<void>): Promise<void> {
  const { code, stderr } = await runTokio(main, { flavor: 'current_thread', startPaused: true });
  assert.equal(code, 0, stderr);
}

test('try_join_gives_ok_of_every_value_in_order', async () => {
  await inTokio(async () => {
    const joined = await tryJoin(
      async (): Promise<Result<number, string>> => {
        await sleep(Duration.fromMillis(20));
        return new Ok(1);
      },
      async (): Promise<Result<string, string>> => new Ok('two'),
    );
    assert.equal(format('{:?}', [joined.unwrap()]), '[1, "two"]');
  });
});

test('try_join_gives_the_first_err_and_drops_the_futures_still_running', async () => {
  const finished: string[] = [];
  await inTokio(async () => {
    const joined = await tryJoin(
      async (): Promise<Result<number, string>> => {
        await sleep(Duration.fromMillis(50));
        finished.push('slow');
        return new Ok(1);
      },
      async (): Promise<Result<number, string>> => {
        await sleep(Duration.fromMillis(10));
        return new Err('early');
      },
      async (): Promise<Result<number, string>> => {
        await sleep(Duration.fromMillis(30));
        return new Err('late');
      },
    );
    assert.equal(joined.unwrapErr(), 'early');
    await sleep(Duration.fromMillis(100));
  });
  assert.deepEqual(finished, []);
});
