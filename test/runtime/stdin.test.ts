// os.Stdin: a read waits for the program's input as I/O does, so the other goroutines run
// meanwhile and a program waiting for input is never reported deadlocked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  bufio,
  captureHost,
  fmt,
  go,
  goio,
  makeChan,
  os,
  recv,
  runMain,
  send,
  type Host,
} from '../../runtime/src/go/index.js';

/** A host whose stdin gives `chunks` one by one, each after a wait outside the runtime. */
function slowInput(chunks: string[], delayMs: number): Host & { stdout: string; stderr: string } {
  const host = captureHost();
  const pending = chunks.map((c) => new TextEncoder().encode(c));
  host.read = () => new Promise((resolve) => setTimeout(() => resolve(pending.shift() ?? null), delayMs));
  return host;
}

test('stdin_lines_reach_a_scanner', async () => {
  const host = captureHost('first\nsecond\n');
  const code = await runMain(
    async () => {
      const s = bufio.newScanner(os.stdin);
      while (await s.scan()) fmt.println('got', s.text());
    },
    { host },
  );
  assert.deepEqual([code, host.stdout], [0, 'got first\ngot second\n']);
});

test('a_goroutine_waiting_for_input_lets_the_others_run', async () => {
  const host = slowInput(['late\n'], 30);
  const code = await runMain(
    async () => {
      const lines = makeChan<string>();
      go(async () => {
        const s = bufio.newScanner(os.stdin);
        while (await s.scan()) await send(lines, s.text());
      });
      go(() => fmt.println('meanwhile'));
      fmt.println('read', await recv(lines));
    },
    { host },
  );
  assert.deepEqual([code, host.stdout], [0, 'meanwhile\nread late\n']);
});

test('a_program_waiting_on_stdin_is_not_deadlocked', async () => {
  const host = slowInput(['x'], 30);
  const code = await runMain(
    async () => {
      go(async () => {
        await recv(makeChan<number>());
      });
      const [data] = await goio.readAll(os.stdin);
      fmt.println(data.length);
    },
    { host },
  );
  assert.deepEqual([code, host.stdout, host.stderr], [0, '1\n', '']);
});

test('the_deadlock_is_reported_once_stdin_has_ended', async () => {
  const host = slowInput([], 10);
  const code = await runMain(
    async () => {
      await goio.readAll(os.stdin);
      await recv(makeChan<number>());
    },
    { host },
  );
  assert.equal(code, 2);
  assert.match(host.stderr, /^fatal error: all goroutines are asleep - deadlock!/);
});
