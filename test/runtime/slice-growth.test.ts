// append's capacity growth (Go 1.23's growslice): figures from programs run with Go 1.23.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appended, grownCapacity, pushAll, pushAllBytes } from '../../runtime/src/go/slice-growth.js';
import { cap, withCapacity } from '../../runtime/src/go/index.js';

const INT = { size: 8, pointers: false };
const STRING = { size: 16, pointers: true };

test('capacity_doubles_below_256_elements_then_grows_by_about_a_quarter', () => {
  const caps = [0];
  while (caps.length < 16) caps.push(grownCapacity(caps.at(-1)!, caps.at(-1)! + 1, INT));
  assert.deepEqual(caps, [0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560, 3408]);
});

test('a_grown_capacity_is_rounded_up_to_a_size_class', () => {
  // 5 ints want 40 bytes; the size class is 48 bytes: 6 ints.
  assert.equal(grownCapacity(2, 5, INT), 6);
  // 40 bytes of bools from a nil slice: 64 bytes.
  assert.equal(grownCapacity(32, 33, { size: 1, pointers: false }), 64);
});

test('elements_with_pointers_leave_room_for_the_malloc_header', () => {
  // 64 strings want 1024 bytes + an 8-byte header: the 1152-byte class gives 71 strings.
  assert.equal(grownCapacity(32, 33, STRING), 71);
});

test('cap_of_a_plain_array_follows_one_element_appends_since_it_last_looked', () => {
  const s: number[] = [];
  assert.equal(cap(s, INT), 0);
  for (let i = 0; i < 5; i++) s.push(i);
  assert.equal(cap(s, INT), 8);
});

test('push_all_grows_for_all_its_items_at_once', () => {
  const s = [0, 1];
  assert.equal(cap(s, INT), 2);
  pushAll(s, [2, 3, 4], INT);
  assert.deepEqual(s, [0, 1, 2, 3, 4]);
  assert.equal(cap(s, INT), 6);
});

test('a_byte_slice_grown_from_nil_has_the_8_byte_size_class', () => {
  const BYTE = { size: 1, pointers: false };
  const b = pushAllBytes(null, [104], BYTE);
  assert.equal(cap(b, BYTE), 8);
  assert.equal(cap(pushAllBytes(b, new Array(8).fill(0), BYTE), BYTE), 16);
});

test('an_append_result_past_the_capacity_is_a_new_array_with_gos_capacity', () => {
  const s = [2, 3, 5];
  const t = appended(s, [7], INT);
  assert.deepEqual([t, cap(t, INT), cap(s, INT)], [[2, 3, 5, 7], 6, 3]);
  assert.equal(cap(appended(t, [11, 13, 17], INT), INT), 12);
});

test('an_append_result_within_a_views_capacity_shares_its_backing_array', () => {
  const base = withCapacity<number>(new Array(10).fill(0), 3);
  const left = appended(base, [100], INT);
  const right = appended(base, [200], INT);
  assert.deepEqual([left[3], right[3], cap(left, INT)], [200, 200, 10]);
});
