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

test('none_orders_before_some', () => {
  assert.equal(rs.cmp(undefined, 0), -1);
  assert.equal(rs.cmp(-5, undefined), 1);
  assert.equal(rs.cmp(undefined, undefined), 0);
});

test('enum_values_order_by_the_declared_variant_then_by_fields', () => {
  // enum Level { Low, Mid(u8), High { boost: u16 } } with #[derive(PartialOrd, Ord)]
  rs.deriveOrd({ Low: [], Mid: [0], High: ['boost'] });
  const levels: object[] = [
    { kind: 'High', boost: 2 },
    { kind: 'Mid', 0: 9 },
    { kind: 'Low' },
    { kind: 'Mid', 0: 1 },
    { kind: 'High', boost: 1 },
  ];
  levels.sort(rs.cmp);
  assert.deepEqual(levels, [
    { kind: 'Low' },
    { kind: 'Mid', 0: 1 },
    { kind: 'Mid', 0: 9 },
    { kind: 'High', boost: 1 },
    { kind: 'High', boost: 2 },
  ]);
  assert.equal(rs.cmp({ kind: 'Mid', 0: 200 }, { kind: 'High', boost: 0 }), -1);
  // Inside tuples too.
  assert.equal(rs.cmp([{ kind: 'Low' }, 5], [{ kind: 'Low' }, 4]), 1);
});
