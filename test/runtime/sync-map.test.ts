// sync.Map: Go's methods over one map.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sync } from '../../runtime/src/go/index.js';

test('load_gives_nil_and_false_for_a_missing_key', () => {
  assert.deepEqual(new sync.Map().load('k'), [null, false]);
});

test('load_or_store_keeps_the_first_value', () => {
  const m = new sync.Map<string, number>();
  assert.deepEqual(m.loadOrStore('k', 1), [1, false]);
  assert.deepEqual(m.loadOrStore('k', 2), [1, true]);
});

test('range_stops_when_the_function_returns_false', () => {
  const m = new sync.Map<number, string>();
  for (const k of [1, 2, 3]) m.store(k, String(k));
  const seen: number[] = [];
  m.range((k) => {
    seen.push(k);
    return k < 2;
  });
  assert.deepEqual(seen, [1, 2]);
});

test('load_and_delete_removes_the_entry', () => {
  const m = new sync.Map<string, number>();
  m.store('a', 1);
  assert.deepEqual(m.loadAndDelete('a'), [1, true]);
  assert.deepEqual(m.load('a'), [null, false]);
});
