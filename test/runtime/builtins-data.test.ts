// Go's builtins over data and its implicit checks. Every expected value and panic message is
// what Go 1.23 prints for the same operation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  append,
  appendBytes,
  appendSlice,
  byteAt,
  bytesOf,
  clear,
  copy,
  deleteKey,
  fmt,
  GoPanic,
  index,
  intDiv,
  intMod,
  len,
  mapGet,
  mapGetOk,
  mapSet,
  max,
  min,
  runes,
  runesOf,
  runeToString,
  RuntimeError,
  slice,
  stringFromRunes,
  stringOfBytes,
} from '../../runtime/src/go/index.js';
import { runProgram } from '../support/run-program.js';

/** The message Go's recover() would show for what f panics with. */
function panicMessage(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof GoPanic, `not a Go panic: ${String(e)}`);
    return e instanceof RuntimeError ? e.Error() : String(e.value);
  }
  assert.fail('no panic');
}

test('append gives a new array with the items added', () => {
  const s = [1, 2];
  const t = append(s, 3, 4);
  assert.deepEqual([s, t, append(null, 1), appendSlice(s, [9, 8])], [[1, 2], [1, 2, 3, 4], [1], [1, 2, 9, 8]]);
  assert.deepEqual(appendSlice(new Uint8Array([104]), 'é'), new Uint8Array([104, 195, 169]));
});

test('copy copies the shorter length and returns it', () => {
  const dst = [0, 0, 0];
  const dst2 = [0, 0, 0, 0, 0];
  const b = new Uint8Array(3);
  assert.deepEqual([copy(dst, [1, 2, 3, 4, 5]), copy(dst2, [1, 2]), copy(b, 'héllo')], [3, 2, 3]);
  assert.deepEqual(
    [dst, dst2, [...b]],
    [
      [1, 2, 3],
      [1, 2, 0, 0, 0],
      [104, 195, 169],
    ],
  );
});

test('deleteKey and clear empty maps and zero slices', () => {
  const m = new Map([
    ['a', 1],
    ['b', 2],
  ]);
  deleteKey(m, 'a');
  deleteKey(m, 'zz');
  deleteKey(null, 'x');
  assert.deepEqual([...m], [['b', 2]]);
  clear(m);
  const s = [1, 2, 3];
  clear(s, 0);
  assert.deepEqual([m.size, s], [0, [0, 0, 0]]);
});

test('min and max follow the Go builtin rules: NaN wins, -0 is below +0, strings by bytes', () => {
  assert.deepEqual([min(3, 1, 2), max(3, 1, 2), max(2.5, 1)], [1, 3, 2.5]);
  assert.ok(Number.isNaN(min(NaN, -Infinity)));
  assert.ok(Object.is(max(-0, 0), 0));
  assert.ok(Object.is(min(0, -0), -0));
  assert.deepEqual([min('b', 'a', 'c'), max('\uffff', '😀')], ['a', '😀']);
});

test('index panics as Go does when out of range', () => {
  const s = [1, 2];
  assert.equal(index(s, 1), 2);
  assert.equal(
    panicMessage(() => index(s, 5)),
    'runtime error: index out of range [5] with length 2',
  );
  assert.equal(
    panicMessage(() => index(s, -1)),
    'runtime error: index out of range [-1]',
  );
});

test('an index out of range ends the program as Go reports it', async () => {
  const { code, stderr } = await runProgram(() => {
    const s = [1, 2, 3];
    fmt.println(index(s, 5));
  });
  assert.equal(code, 2);
  assert.match(stderr, /^panic: runtime error: index out of range \[5\] with length 3\n\ngoroutine 1 \[running\]:\n/);
});

test('mapGet gives the zero value for a missing key', () => {
  const m = new Map([['a', 0]]);
  assert.deepEqual([mapGet(m, 'zz', 0), mapGet(null, 'x', 0)], [0, 0]);
  assert.deepEqual(
    [mapGetOk(m, 'a', -1), mapGetOk(m, 'b', 0)],
    [
      [0, true],
      [0, false],
    ],
  );
});

test('mapSet panics on a nil map', () => {
  assert.equal(
    panicMessage(() => mapSet(null, 'x', 1)),
    'assignment to entry in nil map',
  );
});

test('intDiv and intMod truncate toward zero and panic on zero', () => {
  assert.deepEqual(
    [intDiv(7, 2), intDiv(-7, 2), intDiv(7, -2), intMod(-7, 2), intMod(7, -2), intMod(-6, 3)],
    [3, -3, -3, -1, 1, 0],
  );
  assert.ok(Object.is(intMod(-6, 3), 0));
  assert.equal(
    panicMessage(() => intDiv(7, 0)),
    'runtime error: integer divide by zero',
  );
  assert.equal(
    panicMessage(() => intMod(7, 0)),
    'runtime error: integer divide by zero',
  );
  assert.equal(intDiv(9007199254740991, 3), 3002399751580330);
});

test('byteAt gives UTF-8 bytes and checks bounds', () => {
  assert.deepEqual([byteAt('héllo', 1), byteAt('héllo', 2), len('héllo'), index('héllo', 0)], [195, 169, 6, 104]);
  assert.equal(
    panicMessage(() => byteAt('abc', 3)),
    'runtime error: index out of range [3] with length 3',
  );
});

test('runes yields byte indexes and code points, as for range over a string', () => {
  assert.deepEqual(
    [...runes('héllo😀!')],
    [
      [0, 104],
      [1, 233],
      [3, 108],
      [4, 108],
      [5, 111],
      [6, 128512],
      [10, 33],
    ],
  );
  assert.deepEqual(
    [...runes('a\ud800b')],
    [
      [0, 97],
      [1, 0xfffd],
      [4, 98],
    ],
  );
});

test('runeToString and stringFromRunes turn invalid runes into U+FFFD', () => {
  assert.deepEqual(
    [runeToString(0x4e16), runeToString(-1), runeToString(0xd800), stringFromRunes([72, 105, 0x110000])],
    ['世', '\ufffd', '\ufffd', 'Hi\ufffd'],
  );
  assert.deepEqual(runesOf('héllo'), [104, 233, 108, 108, 111]);
});

test('bytesOf and stringOfBytes convert through UTF-8 and keep a BOM', () => {
  assert.deepEqual([...bytesOf('hé')], [104, 195, 169]);
  const s = stringOfBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]));
  assert.deepEqual([s, len(s)], ['\ufeffA', 4]);
});

test('slice cuts strings at byte offsets and arrays at indexes', () => {
  assert.deepEqual([slice('héllo', 0, 3), slice('héllo', 3), slice([1, 2, 3, 4], 1, 3)], ['hé', 'llo', [2, 3]]);
  const bytes = new Uint8Array([1, 2, 3]);
  slice(bytes, 1)[0] = 9; // a []byte slice shares memory, as in Go
  assert.deepEqual([...bytes], [1, 9, 3]);
});

test('slice panics as Go does when out of range', () => {
  const arr = [1, 2, 3];
  assert.equal(
    panicMessage(() => slice(arr, 0, 5)),
    'runtime error: slice bounds out of range [:5] with capacity 3',
  );
  assert.equal(
    panicMessage(() => slice('abc', 0, 5)),
    'runtime error: slice bounds out of range [:5] with length 3',
  );
  assert.equal(
    panicMessage(() => slice(arr, 2, 1)),
    'runtime error: slice bounds out of range [2:1]',
  );
  assert.equal(
    panicMessage(() => slice(arr, 4)),
    'runtime error: slice bounds out of range [4:3]',
  );
  assert.equal(
    panicMessage(() => slice(arr, -1)),
    'runtime error: slice bounds out of range [-1:]',
  );
  assert.equal(
    panicMessage(() => slice(arr, 0, -1)),
    'runtime error: slice bounds out of range [:-1]',
  );
});

test('append_bytes_pushes_onto_an_array_and_moves_a_uint8array_into_one', () => {
  const plain = [1, 2];
  assert.equal(appendBytes(plain, 3), plain);
  assert.deepEqual(plain, [1, 2, 3]);
  assert.deepEqual(appendBytes(new Uint8Array([7]), 8, 9), [7, 8, 9]);
  assert.deepEqual(appendBytes(null, 1), [1]);
});

test('fmt_bytes_prints_a_byte_array_as_text_and_hex', () => {
  assert.equal(
    fmt.sprintf('%s %q %x', fmt.bytes([104, 105]), fmt.bytes([104, 105]), fmt.bytes([255, 1])),
    'hi "hi" ff01',
  );
  assert.equal(fmt.sprintf('%v %s', fmt.bytes(null), fmt.bytes(null)), '[] ');
});
