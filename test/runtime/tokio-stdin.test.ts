// std::io::stdin in the Tokio flavour: read_line, read_to_string and lines() over the
// program's input, as Rust gives them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { captureHost, format, io, println, runMain } from '../../runtime/src/tokio/index.js';

async function runWithInput(input: string | Uint8Array, body: () => Promise<void>): Promise<string> {
  const host = captureHost();
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  let given = false;
  host.read = async () => (given ? null : ((given = true), bytes));
  const code = await runMain(body, { host });
  assert.equal(code, 0, host.stderr);
  return host.stdout;
}

test('read_line_appends_the_line_with_its_newline_and_gives_the_bytes_read', async () => {
  const out = await runWithInput('héllo\nrest\n', async () => {
    let line = 'start:';
    const n = (await io.stdin().readLine((text) => (line = line + text))).unwrap();
    println('{} {:?}', [n, line]);
  });
  assert.equal(out, '7 "start:héllo\\n"\n');
});

test('read_line_at_the_end_gives_zero_and_appends_nothing', async () => {
  const out = await runWithInput('last', async () => {
    let line = '';
    const first = (await io.stdin().readLine((text) => (line = line + text))).unwrap();
    const second = (await io.stdin().readLine((text) => (line = line + text))).unwrap();
    println('{} {} {:?}', [first, second, line]);
  });
  assert.equal(out, '4 0 "last"\n');
});

test('lines_strip_the_newline_and_a_carriage_return_before_it', async () => {
  const out = await runWithInput('one\r\ntwo\n\nthree', async () => {
    const seen: string[] = [];
    for await (const line of io.stdin().lock().lines()) seen.push(line.unwrap());
    println('{:?}', [seen]);
  });
  assert.equal(out, '["one", "two", "", "three"]\n');
});

test('read_to_string_takes_everything_left', async () => {
  const out = await runWithInput('a\nb\nc\n', async () => {
    let first = '';
    let rest = '';
    await io.stdin().readLine((text) => (first = first + text));
    const n = (await io.stdin().readToString((text) => (rest = rest + text))).unwrap();
    println('{:?} {} {:?}', [first, n, rest]);
  });
  assert.equal(out, '"a\\n" 4 "b\\nc\\n"\n');
});

test('reading_bytes_that_are_not_utf8_is_an_invalid_data_error', async () => {
  const out = await runWithInput(Uint8Array.of(0x61, 0xff, 0x0a), async () => {
    let line = '';
    const read = await io.stdin().readLine((text) => (line = line + text));
    println('{:?} {:?}', [read, line]);
    println('{}', [format('{}', [read.unwrapErr()])]);
  });
  assert.equal(
    out,
    'Err(Error { kind: InvalidData, message: "stream did not contain valid UTF-8" }) ""\nstream did not contain valid UTF-8\n',
  );
});
