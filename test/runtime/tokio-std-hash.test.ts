// HashMap, HashSet and BTreeSet keyed by value (runtime/src/tokio/std-hash.ts): equal structs,
// tuples and enum values are one key, as Rust's derived Hash + Eq make them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rs } from '../../runtime/src/tokio/index.js';

class Point {
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}
}

test('hash_set_holds_one_of_equal_structs_and_says_whether_a_value_was_new', () => {
  const seen = new rs.HashSet<Point>();
  assert.equal(rs.insertNew(seen, new Point(1, 2)), true);
  assert.equal(rs.insertNew(seen, new Point(0, 0)), true);
  assert.equal(rs.insertNew(seen, new Point(1, 2)), false);
  assert.equal(seen.size, 2);
  assert.equal(seen.has(new Point(0, 0)), true);
  assert.equal(seen.delete(new Point(1, 2)), true);
  assert.equal(seen.delete(new Point(1, 2)), false);
  assert.deepEqual([...seen], [new Point(0, 0)]);
});

test('hash_map_finds_tuple_and_enum_keys_by_value_and_keeps_the_first_key', () => {
  const grid = new rs.HashMap<[number, number], string>();
  const first: [number, number] = [0, 0];
  grid.set(first, 'a');
  grid.set([1, -1], 'b');
  grid.set([0, 0], 'c');
  assert.equal(grid.size, 2);
  assert.equal(grid.get([0, 0]), 'c');
  assert.equal([...grid.keys()][0], first);
  const shapes = new rs.HashMap<object, number>([
    [{ kind: 'Rect', w: 2, h: 3 }, 1],
    [{ kind: 'Rect', h: 3, w: 2 }, 2],
  ]);
  assert.equal(shapes.size, 1);
  assert.equal(shapes.get({ kind: 'Rect', w: 2, h: 3 }), 2);
  // Numbers and strings stay apart, as they are keys of different types.
  const mixed = new rs.HashMap<unknown, number>([
    [1, 1],
    ['1', 2],
  ]);
  assert.equal(mixed.size, 2);
});

test('btree_set_and_map_iterate_in_order_and_clone_keeps_their_class', () => {
  const set = new rs.BTreeSet([
    [2, 'b'],
    [1, 'z'],
    [2, 'a'],
    [1, 'z'],
  ]);
  assert.deepEqual(
    [...set],
    [
      [1, 'z'],
      [2, 'a'],
      [2, 'b'],
    ],
  );
  const map = new rs.BTreeMap<[number, number], string>([
    [[2, 0], 'x'],
    [[1, 5], 'y'],
  ]);
  map.set([2, 0], 'z');
  assert.deepEqual(
    [...map],
    [
      [[1, 5], 'y'],
      [[2, 0], 'z'],
    ],
  );
  const copy = rs.clone(set);
  assert.ok(copy instanceof rs.BTreeSet);
  assert.equal(rs.eq(copy, set), true);
});
