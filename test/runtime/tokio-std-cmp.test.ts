// std::cmp as the runtime has it (runtime/src/tokio/std-cmp.ts): an Ordering is -1, 0 or 1,
// `partial_cmp` is None where a NaN decides, `Reverse` orders the other way round.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { format, rs } from '../../runtime/src/tokio/index.js';

test('cmp_orders_tuples_item_by_item_then_by_length', () => {
  assert.equal(rs.cmp([1, 'b'], [1, 'c']), -1);
  assert.equal(rs.cmp([2, 'a'], [1, 'z']), 1);
  assert.equal(rs.cmp([1, 2], [1, 2, 0]), -1);
  assert.equal(rs.cmp('same', 'same'), 0);
});

test('partial_cmp_is_none_when_a_nan_decides', () => {
  assert.equal(rs.partialCmp(NaN, 1), undefined);
  assert.equal(rs.partialCmp([1, NaN], [1, 2]), undefined);
  assert.equal(rs.partialCmp([0, NaN], [1, NaN]), -1);
  assert.equal(rs.partialCmp(2.5, 1.0), 1);
});

test('reverse_orders_the_other_way_round', () => {
  const keyed = [
    [3, new rs.Reverse('b')],
    [3, new rs.Reverse('a')],
    [1, new rs.Reverse('z')],
  ];
  keyed.sort(rs.cmp);
  assert.deepEqual(
    keyed.map(([n, r]) => [n, (r as rs.Reverse<string>).value]),
    [
      [1, 'z'],
      [3, 'b'],
      [3, 'a'],
    ],
  );
  assert.equal(format('{:?}', [new rs.Reverse(4)]), 'Reverse(4)');
});

test('an_ordering_prints_its_variant_name', () => {
  assert.equal(format('{:?}', [rs.ordering(rs.cmp(1, 2))]), 'Less');
  assert.equal(format('{:?}', [rs.ordering(0)]), 'Equal');
  assert.equal(format('{:?}', [rs.ordering(rs.cmp('b', 'a'))]), 'Greater');
});
