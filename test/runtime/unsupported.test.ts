// Code the translator could not translate is left as a call to `unsupported(what, where)`:
// the program runs up to it, then panics as Go or Rust would, saying what and where.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fmt, unsupported as goUnsupported } from '../../runtime/src/go/index.js';
import { println, unsupported as rustUnsupported } from '../../runtime/src/tokio/index.js';
import { runProgram } from '../support/run-program.js';
import { runTokio } from '../support/run-tokio.js';

test('go_program_runs_up_to_unsupported_code_then_panics_naming_it', async () => {
  const { code, stdout, stderr } = await runProgram(() => {
    fmt.println('before');
    const n: number = goUnsupported('math/rand.Intn', 'prog.go:12:9');
    fmt.println('after', n);
  });
  assert.equal(stdout, 'before\n');
  assert.equal(stderr.split('\n')[0], 'panic: chan2ts: math/rand.Intn is not supported (prog.go:12:9)');
  assert.equal(code, 2);
});

test('rust_program_runs_up_to_unsupported_code_then_panics_at_its_location', async () => {
  const { code, stdout, stderr } = await runTokio(() => {
    println('before');
    rustUnsupported('macro_rules!', 'src/main.rs:3:5');
  });
  assert.equal(stdout, 'before\n');
  assert.deepEqual(stderr.split('\n').slice(0, 2), [
    "thread 'main' panicked at src/main.rs:3:5:",
    'chan2ts: macro_rules! is not supported',
  ]);
  assert.equal(code, 101);
});

test('javascript_error_in_a_rust_program_is_reported_at_the_rs_line_its_stack_maps_to', async () => {
  const { code, stderr } = await runTokio(() => {
    const thrown = new TypeError('s.escapeDebug is not a function');
    thrown.stack = `TypeError: ${thrown.message}\n    at helper (node:internal/x:1:1)\n    at main (${process.cwd()}/prog.rs:7:13)`;
    throw thrown;
  });
  assert.equal(code, 101);
  assert.deepEqual(stderr.split('\n').slice(0, 2), [
    "thread 'main' panicked at prog.rs:7:13:",
    's.escapeDebug is not a function',
  ]);
});
