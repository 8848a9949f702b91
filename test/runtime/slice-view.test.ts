// Slices that share a backing array (slice-view.ts): what Go 1.23 does for the same slicing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { append, cap, fmt, slice, withCapacity } from '../../runtime/src/go/index.js';
import { RuntimeError } from '../../runtime/src/go/panic.js';

test('a_write_through_a_sub_slice_changes_the_array', () => {
  const names = ['John', 'Paul', 'George', 'Ringo'];
  const b = slice(names, 1, 3);
  b[0] = 'XXX';
  assert.deepEqual(names, ['John', 'XXX', 'George', 'Ringo']);
});

test('a_sub_slice_has_the_capacity_left_after_its_start', () => {
  const s = slice([2, 3, 5, 7, 11, 13], 1, 4);
  assert.deepEqual([s.length, cap(s)], [3, 5]);
});

test('reslicing_an_emptied_slice_reaches_back_into_its_capacity', () => {
  const s = slice([2, 3, 5, 7, 11, 13], 0, 0);
  assert.deepEqual([...slice(s, 0, 4)], [2, 3, 5, 7]);
});

test('reslicing_past_the_capacity_panics_as_go_does', () => {
  const s = slice([1, 2, 3], 1);
  assert.throws(
    () => slice(s, 0, 3),
    (e: unknown) => e instanceof RuntimeError && e.message.endsWith('slice bounds out of range [:3] with capacity 2'),
  );
});

test('a_push_within_capacity_writes_into_the_shared_array', () => {
  const m = withCapacity([1, 2, 3, 0, 0], 3);
  const alias = slice(m, 0, 2);
  alias.push(99);
  assert.deepEqual([...m], [1, 2, 99]);
});

test('a_push_past_capacity_moves_the_slice_to_an_array_of_its_own', () => {
  const backing = [1, 2, 3];
  const head = slice(backing, 0, 1);
  head.push(7, 8, 9);
  head[0] = -1;
  assert.deepEqual(
    [backing, [...head]],
    [
      [1, 2, 3],
      [-1, 7, 8, 9],
    ],
  );
});

test('make_with_spare_capacity_has_the_length_and_capacity_asked_for', () => {
  const s = withCapacity([0, 0, 0, 0, 0], 0);
  assert.deepEqual([s.length, cap(s), [...s]], [0, 5, []]);
});

test('make_with_a_capacity_below_the_length_panics', () => {
  assert.throws(() => withCapacity([0], 2), /makeslice: cap out of range/);
});

test('a_view_prints_iterates_and_copies_like_an_array', () => {
  const s = slice([1, 2, 3, 4], 1, 3);
  assert.equal(fmt.sprint(s), '[2 3]');
  assert.deepEqual(
    [...s.entries()],
    [
      [0, 2],
      [1, 3],
    ],
  );
  assert.deepEqual(append(s, 9), [2, 3, 9]);
  assert.ok(Array.isArray(s));
});

test('sorting_a_sub_slice_sorts_that_part_of_the_array', () => {
  const data = [9, 4, 7, 1, 8];
  slice(data, 1, 4).sort((a, b) => a - b);
  assert.deepEqual(data, [9, 1, 4, 7, 8]);
});

test('a_plain_array_has_its_length_as_capacity', () => {
  assert.equal(cap([1, 2, 3]), 3);
});
