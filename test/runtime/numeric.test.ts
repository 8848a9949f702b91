// Arithmetic on a type parameter's values that may be numbers or bigints (`~int | ~int64`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { numeric } from '../../runtime/src/go/index.js';

test('a_number_zero_meets_a_bigint_as_a_bigint', () => {
  assert.equal(numeric<number | bigint>(0, '+', 2n ** 60n), 2n ** 60n);
  assert.equal(numeric<number | bigint>(7n, '/', 2), 3n);
});

test('numbers_stay_numbers', () => {
  assert.equal(numeric(0.5, '+', 0.25), 0.75);
  assert.equal(numeric(7, '%', 4), 3);
});
