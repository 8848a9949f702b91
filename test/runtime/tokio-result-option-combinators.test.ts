// Result's combinators (runtime/src/tokio/result.ts) and Option's and iterators' helpers
// (runtime/src/tokio/std-lib.ts, `rs`): each as Rust's std documents it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { broadcast, Err, Ok, rs, type Result } from '../../runtime/src/tokio/index.js';

const ok = (n: number): Result<number, string> => new Ok(n);
const err = (e: string): Result<number, string> => new Err(e);

test('result_and_then_chains_on_ok_and_keeps_err', () => {
  const half = (n: number): Result<number, string> => (n % 2 === 0 ? new Ok(n / 2) : new Err('odd'));
  assert.equal(ok(8).andThen(half).unwrap(), 4);
  assert.equal(ok(3).andThen(half).unwrapErr(), 'odd');
  assert.equal(err('first').andThen(half).unwrapErr(), 'first');
});

test('result_or_else_recovers_from_err_and_keeps_ok', () => {
  assert.equal(
    err('x')
      .orElse((e) => new Ok<number>(e.length))
      .unwrap(),
    1,
  );
  assert.equal(
    ok(5)
      .orElse(() => new Ok(0))
      .unwrap(),
    5,
  );
});

test('result_and_or_pick_as_rust_does', () => {
  assert.equal(ok(1).and(ok(2)).unwrap(), 2);
  assert.equal(err('a').and(ok(2)).unwrapErr(), 'a');
  assert.equal(err('a').or(ok(2)).unwrap(), 2);
  assert.equal(ok(1).or(ok(2)).unwrap(), 1);
});

test('result_is_ok_and_is_err_and_test_the_inner_value', () => {
  assert.equal(
    ok(2).isOkAnd((n) => n > 1),
    true,
  );
  assert.equal(
    err('e').isOkAnd(() => true),
    false,
  );
  assert.equal(
    err('e').isErrAnd((e) => e === 'e'),
    true,
  );
  assert.equal(
    ok(2).isErrAnd(() => true),
    false,
  );
});

test('result_inspect_sees_only_its_side', () => {
  const seen: unknown[] = [];
  ok(1)
    .inspect((n) => seen.push(n))
    .inspectErr((e) => seen.push(e));
  err('bad')
    .inspect((n) => seen.push(n))
    .inspectErr((e) => seen.push(e));
  assert.deepEqual(seen, [1, 'bad']);
});

test('option_and_xor_map_or_else_and_inspect_as_std_documents', () => {
  assert.equal(rs.optionAnd(1, 'b'), 'b');
  assert.equal(rs.optionAnd(undefined, 'b'), undefined);
  assert.equal(rs.optionXor(1, undefined), 1);
  assert.equal(rs.optionXor(undefined, 2), 2);
  assert.equal(rs.optionXor(1, 2), undefined);
  assert.equal(
    rs.mapOrElse(
      undefined,
      () => -1,
      (n: number) => n * 2,
    ),
    -1,
  );
  assert.equal(
    rs.mapOrElse(
      4,
      () => -1,
      (n: number) => n * 2,
    ),
    8,
  );
  const seen: number[] = [];
  assert.equal(
    rs.inspectOption(7, (n) => seen.push(n)),
    7,
  );
  rs.inspectOption(undefined, (n: number) => seen.push(n));
  assert.deepEqual(seen, [7]);
});

test('collect_into_result_gives_the_first_err_or_ok_of_every_value', () => {
  assert.deepEqual(rs.collectResult([ok(1), ok(2)]).unwrap(), [1, 2]);
  assert.equal(rs.collectResult([ok(1), err('x'), err('y')]).unwrapErr(), 'x');
});

test('collect_into_option_gives_none_if_any_is_none', () => {
  assert.deepEqual(rs.collectOption([1, 2]), [1, 2]);
  assert.equal(rs.collectOption([1, undefined, 3]), undefined);
});

test('a_range_without_end_stops_where_take_while_take_and_zip_stop', () => {
  assert.deepEqual(
    rs.takeWhile(rs.rangeFrom(2), (d) => d * d <= 30),
    [2, 3, 4, 5],
  );
  assert.deepEqual(rs.take(rs.rangeFrom(10), 3), [10, 11, 12]);
  assert.deepEqual(rs.zip(['a', 'b'], rs.rangeFrom(1)), [
    ['a', 1],
    ['b', 2],
  ]);
});

test('a_field_taken_from_a_temporary_tuple_drops_the_others', () => {
  const [tx, rx] = broadcast.channel<string>(4);
  const kept = rs.takeField([tx.subscribe(), rx] as const, 0);
  assert.equal(tx.receiverCount(), 1);
  kept.drop();
  assert.equal(tx.receiverCount(), 0);
});
