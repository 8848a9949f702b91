// Result and Option as the Tokio runtime represents them (runtime/src/tokio/result.ts):
// Ok/Err classes, the shared OK, Option<T> = T | undefined with the unit value () = null.
// Expected messages and Debug output are Rust's (checked with rustc and `{:?}` / `{:#?}`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Err,
  expect,
  format,
  Ok,
  OK,
  panic,
  RustPanic,
  some,
  unwrap,
  type Option,
  type Result,
} from '../../runtime/src/tokio/index.js';
import { runTokio } from '../support/run-tokio.js';

/** Asserts that `f` panics as Rust would, with exactly `message`. */
function assertPanics(f: () => unknown, message: string): void {
  assert.throws(f, (error: unknown) => {
    assert.ok(error instanceof RustPanic, `expected a RustPanic, got ${String(error)}`);
    assert.equal(error.message, message);
    return true;
  });
}

const NOTE = 'note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n';

test('Ok is ok and not err, and unwrap gives its value', () => {
  const r: Result<number, string> = new Ok(5);
  assert.equal(r.isOk(), true);
  assert.equal(r.isErr(), false);
  assert.equal(r.unwrap(), 5);
});

test('Err is err and not ok, and unwrapErr gives its error', () => {
  const r: Result<number, string> = new Err('bad');
  assert.equal(r.isOk(), false);
  assert.equal(r.isErr(), true);
  assert.equal(r.unwrapErr(), 'bad');
});

test("unwrap on Err panics with Rust's message and the Debug of the error", () => {
  const r: Result<number, string> = new Err('bad');
  assertPanics(() => r.unwrap(), 'called `Result::unwrap()` on an `Err` value: "bad"');
});

test('unwrap on an Err holding a number prints the number as Debug does', () => {
  const r: Result<string, number> = new Err(42);
  assertPanics(() => r.unwrap(), 'called `Result::unwrap()` on an `Err` value: 42');
});

test('expect on Err panics with the message, a colon and the Debug of the error', () => {
  const r: Result<number, string> = new Err('bad');
  assertPanics(() => r.expect('wanted a number'), 'wanted a number: "bad"');
});

test('expect on Ok gives the value', () => {
  const r: Result<number, string> = new Ok(7);
  assert.equal(r.expect('wanted a number'), 7);
});

test("unwrapErr on Ok panics with Rust's message and the Debug of the value", () => {
  const r: Result<number, string> = new Ok(5);
  assertPanics(() => r.unwrapErr(), 'called `Result::unwrap_err()` on an `Ok` value: 5');
});

test('unwrapOr gives the value of Ok and the fallback for Err', () => {
  const ok: Result<number, string> = new Ok(1);
  const err: Result<number, string> = new Err('bad');
  assert.equal(ok.unwrapOr(9), 1);
  assert.equal(err.unwrapOr(9), 9);
});

test('unwrapOrElse calls the fallback with the error of Err only', () => {
  const seen: string[] = [];
  const fallback = (e: string) => {
    seen.push(e);
    return e.length;
  };
  const ok: Result<number, string> = new Ok(1);
  const err: Result<number, string> = new Err('bad');
  assert.equal(ok.unwrapOrElse(fallback), 1);
  assert.equal(err.unwrapOrElse(fallback), 3);
  assert.deepEqual(seen, ['bad']);
});

test('map changes the value of Ok and leaves Err as it is', () => {
  const ok = new Ok(2).map((v) => v * 10);
  assert.ok(ok.isOk());
  assert.equal(ok.unwrap(), 20);
  const err = new Err('bad');
  assert.equal(err.map(), err);
});

test('mapErr changes the error of Err and leaves Ok as it is', () => {
  const err = new Err('bad').mapErr((e) => e.toUpperCase());
  assert.equal(err.unwrapErr(), 'BAD');
  const ok = new Ok(1);
  assert.equal(ok.mapErr(), ok);
});

test('ok() and err() turn a Result into an Option', () => {
  const ok: Result<number, string> = new Ok(1);
  const err: Result<number, string> = new Err('bad');
  assert.equal(ok.ok(), 1);
  assert.equal(ok.err(), undefined);
  assert.equal(err.ok(), undefined);
  assert.equal(err.err(), 'bad');
});

test('OK is one shared Ok(()) whose value is the unit null', () => {
  assert.ok(OK instanceof Ok);
  assert.equal(OK.isOk(), true);
  assert.equal(OK.unwrap(), null);
  assert.equal(format('{:?}', [OK]), 'Ok(())');
});

test('Ok(()) from ok() is Some(()), told apart from None', () => {
  const some_: Option<null> = OK.ok();
  const none: Option<null> = new Err('x').ok();
  assert.equal(some_, null);
  assert.equal(none, undefined);
  assert.notEqual(some_, none);
});

test("Option unwrap of None panics with Rust's message", () => {
  const none: Option<number> = undefined;
  assertPanics(() => unwrap(none), 'called `Option::unwrap()` on a `None` value');
});

test('Option unwrap of Some gives the value, also a falsy one', () => {
  assert.equal(unwrap(0), 0);
  assert.equal(unwrap(''), '');
  assert.equal(unwrap(false), false);
});

test('Option expect of None panics with exactly the given message', () => {
  const none: Option<number> = undefined;
  assertPanics(() => expect(none, 'wanted some'), 'wanted some');
});

test('Option<()> keeps Some(()) (null) apart from None (undefined)', () => {
  const someUnit: Option<null> = null;
  const none: Option<null> = undefined;
  assert.equal(unwrap(someUnit), null);
  assertPanics(() => unwrap(none), 'called `Option::unwrap()` on a `None` value');
  assert.equal(format('{:?} {:?}', [some(someUnit), none]), 'Some(()) None');
});

test('Debug of Ok and Err prints as Rust: Ok(7), Err("bad")', () => {
  assert.equal(format('{:?} {:?}', [new Ok(7), new Err('bad')]), 'Ok(7) Err("bad")');
});

test('Debug of a nested Ok(Some(Err("x"))) prints every layer', () => {
  assert.equal(format('{:?}', [new Ok(some(new Err('x')))]), 'Ok(Some(Err("x")))');
});

test('Debug of Ok holding None prints Ok(None)', () => {
  assert.equal(format('{:?}', [new Ok(undefined)]), 'Ok(None)');
});

test('pretty Debug of a nested Result indents each layer as Rust does', () => {
  assert.equal(
    format('{:#?}', [new Ok(some(new Err('x')))]),
    'Ok(\n    Some(\n        Err(\n            "x",\n        ),\n    ),\n)',
  );
});

test("an unwrap of Err in main ends the program with exit code 101 and Rust's panic message", async () => {
  const { code, stdout, stderr } = await runTokio(async () => {
    const r: Result<number, string> = new Err('bad');
    r.unwrap();
  });
  assert.equal(code, 101);
  assert.equal(stdout, '');
  const [header, message, note] = stderr.split('\n');
  assert.match(header!, /^thread 'main' panicked at src\/main\.rs(:\d+:\d+)?:$/);
  assert.equal(message, 'called `Result::unwrap()` on an `Err` value: "bad"');
  assert.equal(`${note}\n`, NOTE);
});

test('panic! with a location prints that location in the panic line', async () => {
  const { code, stderr } = await runTokio(() => panic('boom', 'src/main.rs:3:5'));
  assert.equal(code, 101);
  assert.equal(stderr, `thread 'main' panicked at src/main.rs:3:5:\nboom\n${NOTE}`);
});

test('expect_err_gives_the_error_and_panics_on_ok_with_the_value', () => {
  assert.equal(new Err('closed').expectErr('should fail'), 'closed');
  assert.throws(
    () => new Ok(5).expectErr('should fail', 'src/main.rs:3:7'),
    (e: unknown) => e instanceof RustPanic && e.message === 'should fail: 5' && e.location === 'src/main.rs:3:7',
  );
});
