// `fn main() -> Result<(), E>` (runtime/src/tokio/task.ts runMain): std's Termination for
// Result prints `Error: {:?}` of an Err on stderr and exits with 1; Ok exits with 0.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Err, OK } from '../../runtime/src/tokio/index.js';
import { runTokio } from '../support/run-tokio.js';

test('main_returning_err_prints_its_debug_and_exits_1', async () => {
  const { code, stdout, stderr } = await runTokio(async () => new Err('bad input "five"'));
  assert.equal(code, 1);
  assert.equal(stdout, '');
  assert.equal(stderr, 'Error: "bad input \\"five\\""\n');
});

test('main_returning_ok_exits_0_quietly', async () => {
  const { code, stderr } = await runTokio(async () => OK);
  assert.equal(code, 0);
  assert.equal(stderr, '');
});
