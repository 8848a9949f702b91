// sync/atomic: operations through a pointer, Go's 32-bit wrapping, and the atomic types.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atomic, pointerTo } from '../../runtime/src/go/index.js';

test('add_int64_through_a_pointer_changes_the_variable', () => {
  let ops = 0n;
  const p = pointerTo(
    () => ops,
    (v) => (ops = v),
  );
  assert.equal(atomic.addInt64(p, 3), 3n);
  assert.equal(atomic.addInt64(p, -1n), 2n);
  assert.equal(ops, 2n);
});

test('add_int64_wraps_past_the_largest_int64_as_go_does', () => {
  const cell = { value: 2n ** 63n - 1n };
  assert.equal(atomic.addInt64(cell, 1), -(2n ** 63n));
});

test('add_int32_wraps_as_go_does', () => {
  const cell = { value: 2147483647 };
  assert.equal(atomic.addInt32(cell, 1), -2147483648);
  const u = { value: 0 };
  assert.equal(atomic.addUint32(u, -1), 4294967295);
});

test('compare_and_swap_changes_only_a_matching_value', () => {
  const cell = { value: 10 };
  assert.equal(atomic.compareAndSwapInt32(cell, 9, 1), false);
  assert.equal(cell.value, 10);
  assert.equal(atomic.compareAndSwapInt32(cell, 10, 1), true);
  assert.equal(cell.value, 1);
});

test('store_and_compare_and_swap_int64_keep_the_variable_a_bigint_given_a_constant', () => {
  const cell = { value: 10n };
  assert.equal(atomic.compareAndSwapInt64(cell, 9, 1), false);
  assert.equal(atomic.compareAndSwapInt64(cell, 10, 1), true);
  assert.equal(cell.value, 1n);
  atomic.storeInt64(cell, 5);
  assert.equal(cell.value, 5n);
  assert.equal(atomic.swapUint64(cell, 6), 5n);
  assert.equal(atomic.loadUint64(cell), 6n);
});

test('atomic_int64_type_holds_a_bigint_from_zero_and_wraps_as_go_does', () => {
  const n = new atomic.Int64();
  assert.equal(n.load(), 0n);
  n.add(5);
  assert.equal(n.swap(2n ** 63n - 1n), 5n);
  assert.equal(n.add(1), -(2n ** 63n));
  assert.equal(n.compareAndSwap(-(2n ** 63n), 7), true);
  assert.equal(n.load(), 7n);
  const u = new atomic.Uint64();
  assert.equal(u.add(-1), 2n ** 64n - 1n);
});

test('atomic_and_or_give_the_old_value', () => {
  const n = new atomic.Uint32();
  n.store(0b1100);
  assert.equal(n.and(0b0100), 0b1100);
  assert.equal(n.or(0b0001), 0b0100);
  assert.equal(n.load(), 0b0101);
});

test('atomic_bool_and_value_start_as_go_zero_values', () => {
  assert.equal(new atomic.Bool().load(), false);
  assert.equal(new atomic.Value().load(), null);
});
