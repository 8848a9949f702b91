// Go's sort package. Every expected value is what Go 1.23 prints for the same call.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sort } from '../../runtime/src/go/index.js';

test('ints sorts in place, ascending', () => {
  const a = [5, 2, 6, 3, 1, 4, -7, 2];
  sort.ints(a);
  assert.deepEqual(a, [-7, 1, 2, 2, 3, 4, 5, 6]);
});

test('strings sorts by UTF-8 bytes, as Go compares strings', () => {
  const s = ['b', 'a', '\uffff', '😀', 'é', 'Z'];
  sort.strings(s);
  assert.deepEqual(s, ['Z', 'a', 'b', 'é', '\uffff', '😀']); // JavaScript's sort puts 😀 before \uffff
});

test('float64s puts NaN first', () => {
  const f = [3, NaN, -1, Infinity, -Infinity, 0];
  sort.float64s(f);
  assert.deepEqual(f, [NaN, -Infinity, -1, 0, 3, Infinity]);
});

test('slice sorts with a less function over indexes', () => {
  const people = [
    { name: 'Alice', age: 30 },
    { name: 'Bob', age: 25 },
    { name: 'Carol', age: 35 },
    { name: 'Dan', age: 20 },
  ];
  sort.slice(people, (i, j) => people[i]!.age < people[j]!.age);
  assert.deepEqual(
    people.map((p) => `${p.name} ${p.age}`),
    ['Dan 20', 'Bob 25', 'Alice 30', 'Carol 35'],
  );
});

test('sliceStable keeps equal elements in their order', () => {
  const words = ['bb', 'a', 'cc', 'd', 'eee', 'f'];
  sort.sliceStable(words, (i, j) => words[i]!.length < words[j]!.length);
  assert.deepEqual(words, ['a', 'd', 'f', 'bb', 'cc', 'eee']);
});

test('search finds the first index where f is true, or n', () => {
  assert.deepEqual(
    [sort.search(100, (i) => i * i >= 50), sort.search(0, () => true), sort.search(10, () => false)],
    [8, 0, 10],
  );
  const xs = [1, 3, 5, 7];
  assert.deepEqual(
    [
      sort.searchInts(xs, 5),
      sort.searchInts(xs, 4),
      sort.searchInts(xs, 8),
      sort.searchInts(null, 1),
      sort.searchStrings(['a', 'c'], 'b'),
    ],
    [2, 2, 4, 0, 1],
  );
});

test('search probes the same indexes as Go, in the same order', () => {
  const probes: number[] = [];
  sort.search(10, (i) => {
    probes.push(i);
    return i >= 7;
  });
  assert.deepEqual(probes, [5, 8, 7, 6]);
});

test('find gives the position and whether it matches', () => {
  const xs = [1, 3, 5, 7];
  assert.deepEqual(
    sort.find(xs.length, (i) => 5 - xs[i]!),
    [2, true],
  );
  assert.deepEqual(
    sort.find(xs.length, (i) => 4 - xs[i]!),
    [2, false],
  );
});

test('intsAreSorted, stringsAreSorted and float64sAreSorted', () => {
  assert.deepEqual(
    [
      sort.intsAreSorted([1, 2, 2, 3]),
      sort.intsAreSorted([3, 1]),
      sort.intsAreSorted(null),
      sort.stringsAreSorted(['a', 'b']),
      sort.stringsAreSorted(['b', 'a']),
      sort.stringsAreSorted(['\uffff', '😀']),
      sort.float64sAreSorted([NaN, 1]),
    ],
    [true, false, true, true, false, true, true],
  );
});

test('sort with sort.Interface, reverse and the slice types', () => {
  const r = [3, 1, 4, 1, 5, 9, 2, 6];
  sort.sort(sort.reverse(new sort.IntSlice(r)));
  assert.deepEqual(r, [9, 6, 5, 4, 3, 2, 1, 1]);
  const ss = new sort.StringSlice(['pear', 'apple', 'fig']);
  sort.sort(ss);
  assert.deepEqual(ss.value, ['apple', 'fig', 'pear']);
  assert.equal(sort.isSorted(ss), true);
});
