// Values in interfaces whose Go type their JavaScript value does not tell (runtime/src/fmt/go-values.ts):
// a box per type and value, so that interfaces compare as Go's `==` compares them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { box, isBoxed, Named, sprintf } from '../../runtime/src/fmt/go.js';

class CelsiusValue extends Named<number> {
  readonly goType = 'main.Celsius';
  String(): string {
    return `${this.value}°C`;
  }
}

test('boxing the same value of the same type twice gives one box, so interfaces compare with ===', () => {
  assert.equal(box(97, 'int32'), box(97, 'int32'));
  assert.equal(box('id', 'main.userKey', 'string'), box('id', 'main.userKey', 'string'));
  assert.equal(box(2n ** 63n, 'uint64'), box(2n ** 63n, 'uint64'));
  assert.equal(CelsiusValue.of(21.5), CelsiusValue.of(21.5));
  const keys = new Map([[box(0, 'main.ctxKey', 'int'), 'request id']]);
  assert.equal(keys.get(box(0, 'main.ctxKey', 'int')), 'request id');
});

test('equal values of different types are different boxes, and no box equals the plain value', () => {
  assert.notEqual(box(1, 'main.Weekday', 'int'), box(1, 'int32'));
  assert.notEqual(box('x', 'main.userKey', 'string'), box('x', 'main.color', 'string'));
  assert.notEqual(box(97, 'int32'), 97);
});

test('a NaN is never equal to itself, in a box too; -0 keeps a box of its own, to print as -0', () => {
  assert.notEqual(box(NaN, 'float64'), box(NaN, 'float64'));
  assert.notEqual(box(-0, 'float64'), box(0, 'float64'));
  assert.equal(sprintf('%v', box(-0, 'float64')), '-0');
});

test('isBoxed tells the Go type a box holds, and value gives the value back', () => {
  const r = box(233, 'int32');
  assert.equal(isBoxed(r, 'int32'), true);
  assert.equal(isBoxed(r, 'uint8'), false);
  assert.equal(isBoxed(233, 'int32'), false);
  assert.equal(isBoxed(CelsiusValue.of(1), 'main.Celsius'), false);
  assert.equal(r.value, 233);
});
