// Checked, wrapping and saturating arithmetic on bigints (runtime/src/tokio/std-wide.ts), with
// values as Rust computes them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rs } from '../../runtime/src/tokio/index.js';

const U64_MAX = 2n ** 64n - 1n;

test('wrapping_wide_wraps_at_the_types_width', () => {
  assert.equal(rs.wrappingWide(U64_MAX + 5n, 'u64'), 4n);
  assert.equal(rs.wrappingWide(2024n * 6364136223846793005n, 'u64'), 5184353616642014152n);
  assert.equal(rs.wrappingWide(2n ** 63n, 'i64'), -(2n ** 63n));
  assert.equal(rs.wrappingWide(-1n, 'u128'), 2n ** 128n - 1n);
});

test('checked_wide_is_none_outside_the_range', () => {
  assert.equal(rs.checkedWide(U64_MAX, 'u64'), U64_MAX);
  assert.equal(rs.checkedWide(U64_MAX + 1n, 'u64'), undefined);
  assert.equal(rs.checkedWide(-1n, 'u64'), undefined);
  assert.equal(rs.checkedWide(-(2n ** 63n), 'i64'), -(2n ** 63n));
});

test('saturating_wide_clamps_to_the_range', () => {
  assert.equal(rs.saturatingWide(U64_MAX + 100n, 'u64'), U64_MAX);
  assert.equal(rs.saturatingWide(-5n, 'u64'), 0n);
  assert.equal(rs.saturatingWide(-(2n ** 70n), 'i64'), -(2n ** 63n));
});
