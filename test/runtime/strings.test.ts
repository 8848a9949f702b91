// Go's strings package. Every expected value is what Go 1.23 prints for the same call.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GoPanic, strings } from '../../runtime/src/go/index.js';

test('index, lastIndex and indexByte count UTF-8 bytes', () => {
  assert.deepEqual(
    [
      strings.index('chicken', 'ken'),
      strings.index('héllo', 'l'),
      strings.index('日本語', '語'),
      strings.index('x', ''),
      strings.index('abc', 'z'),
    ],
    [4, 3, 6, 0, -1],
  );
  assert.deepEqual(
    [strings.lastIndex('go gopher', 'go'), strings.lastIndex('héllo', ''), strings.lastIndex('héllo', 'l')],
    [3, 6, 4],
  );
  assert.deepEqual(
    [
      strings.indexByte('héllo', 0x6c),
      strings.indexByte('héllo', 0xa9),
      strings.indexByte('abc', 0x7a),
      strings.lastIndexByte('héllé', 0xc3),
    ],
    [3, 2, -1, 5],
  );
});

test('indexRune, indexAny and indexFunc give byte indexes of runes', () => {
  assert.deepEqual(
    [
      strings.indexRune('chicken', 0x6b),
      strings.indexRune('héllo', 0x6c),
      strings.indexRune('abc', -1),
      strings.indexRune('a\ufffdb', 0xfffd),
    ],
    [4, 3, -1, 1],
  );
  assert.deepEqual(
    [
      strings.indexAny('golang', 'ny'),
      strings.indexAny('héllo', 'ol'),
      strings.lastIndexAny('go gopher', 'go'),
      strings.indexAny('x', ''),
    ],
    [4, 3, 4, -1],
  );
  const isLetter = (r: number) => /\p{L}/u.test(String.fromCodePoint(r));
  assert.deepEqual(
    [strings.indexFunc('Hello, 世界', (r) => r > 127), strings.lastIndexFunc('go 123', isLetter)],
    [7, 1],
  );
});

test('split with an empty separator splits after each rune', () => {
  assert.deepEqual(strings.split('a,b,c', ','), ['a', 'b', 'c']);
  assert.equal(strings.split('', ',').length, 1);
  assert.deepEqual(strings.split('héy', ''), ['h', 'é', 'y']);
  assert.deepEqual(strings.split('a😀b', ''), ['a', '😀', 'b']);
  assert.equal(strings.split('', '').length, 0);
});

test('splitN gives at most n parts, the last one holding the rest', () => {
  assert.deepEqual(strings.splitN('a,b,c,d', ',', 2), ['a', 'b,c,d']);
  assert.equal(strings.splitN('a,b,c,d', ',', 0).length, 0);
  assert.deepEqual(strings.splitN('a,b,c,d', ',', -1), ['a', 'b', 'c', 'd']);
  assert.deepEqual(strings.splitN('abc', '', 2), ['a', 'bc']);
  assert.deepEqual(strings.splitAfter('a,b,c', ','), ['a,', 'b,', 'c']);
});

test('fields splits around Unicode white space, which does not include the BOM', () => {
  assert.deepEqual(strings.fields('  foo bar\tbaz\n '), ['foo', 'bar', 'baz']);
  assert.deepEqual(strings.fields('a\u00a0b\u0085c\u2003d'), ['a', 'b', 'c', 'd']);
  assert.deepEqual(strings.fields('a\ufeffb'), ['a\ufeffb']);
  assert.equal(strings.fields('   ').length, 0);
  assert.deepEqual(
    strings.fieldsFunc('a1b2c33d', (r) => r >= 0x30 && r <= 0x39),
    ['a', 'b', 'c', 'd'],
  );
});

test('join and repeat', () => {
  assert.equal(strings.join(['a', 'b'], ', '), 'a, b');
  assert.equal(strings.repeat('ab', 3), 'ababab');
  assert.equal(strings.repeat('x', 0), '');
});

test('repeat panics on a negative count with Go message', () => {
  assert.throws(
    () => strings.repeat('x', -1),
    (e: unknown) => e instanceof GoPanic && e.value === 'strings: negative Repeat count',
  );
});

test('replace replaces the first n, and an empty old matches around every rune', () => {
  assert.equal(strings.replace('oink oink oink', 'k', 'ky', 2), 'oinky oinky oink');
  assert.equal(strings.replace('oink oink oink', 'oink', 'moo', -1), 'moo moo moo');
  assert.equal(strings.replace('héllo', '', '-', -1), '-h-é-l-l-o-');
  assert.equal(strings.replace('abc', '', '-', 2), '-a-bc');
  assert.equal(strings.replaceAll('aaaa', 'aa', 'b'), 'bb');
});

test('toUpper and toLower map rune by rune with simple case mappings, as Go does', () => {
  assert.equal(strings.toUpper('héllo wörld'), 'HÉLLO WÖRLD');
  assert.equal(strings.toUpper('straße'), 'STRAßE'); // JavaScript: STRASSE
  assert.equal(strings.toLower('ΣΑΣ'), 'σασ'); // JavaScript: σας (final sigma)
  assert.equal(strings.toLower('İ'), 'i'); // JavaScript: i + combining dot
  assert.equal(strings.toUpper('ǆ'), 'Ǆ');
  assert.equal(strings.toUpper('ᾳ'), 'ᾼ'); // JavaScript: ΑΙ
  assert.equal(
    strings.map((r) => (r === 0x61 ? -1 : strings.toUpperRune(r)), 'banana'),
    'BNN',
  );
});

test('trim functions remove runes from the ends', () => {
  assert.equal(strings.trimSpace('\t hi there \n\u00a0'), 'hi there');
  assert.equal(strings.trim('xxhixyx', 'xy'), 'hi');
  assert.equal(strings.trimLeft('xxhix', 'x'), 'hix');
  assert.equal(strings.trimRight('xxhix', 'x'), 'xxhi');
  assert.equal(strings.trimPrefix('prefix-body', 'prefix-'), 'body');
  assert.equal(strings.trimSuffix('a.go', '.go'), 'a');
  assert.equal(strings.trimPrefix('abc', 'x'), 'abc');
  assert.equal(strings.trim('¡¡¡Hello, Gophers!!!', '!¡'), 'Hello, Gophers');
});

test('count counts non-overlapping instances, and runes + 1 for an empty substring', () => {
  assert.deepEqual(
    [strings.count('cheese', 'e'), strings.count('five', ''), strings.count('héllo', ''), strings.count('aaaa', 'aa')],
    [3, 5, 6, 2],
  );
});

test('equalFold compares under simple Unicode case folding', () => {
  assert.deepEqual(
    [
      strings.equalFold('Go', 'GO'),
      strings.equalFold('σ', 'ς'),
      strings.equalFold('K', '\u212a'),
      strings.equalFold('ß', 'ẞ'),
      strings.equalFold('i', 'İ'),
      strings.equalFold('a', 'ab'),
    ],
    [true, true, true, true, false, false],
  );
});

test('cut, cutPrefix and cutSuffix tell whether they found the separator', () => {
  assert.deepEqual(strings.cut('key=value', '='), ['key', 'value', true]);
  assert.deepEqual(strings.cut('novalue', '='), ['novalue', '', false]);
  assert.deepEqual(strings.cutPrefix('v1.2', 'v'), ['1.2', true]);
  assert.deepEqual(strings.cutSuffix('v1.2', '.9'), ['v1.2', false]);
});

test('contains, containsRune, containsAny, hasPrefix and hasSuffix', () => {
  assert.deepEqual(
    [
      strings.contains('seafood', 'foo'),
      strings.contains('', ''),
      strings.containsRune('chicken', 0x6b),
      strings.containsAny('failure', 'ui'),
      strings.containsAny('foo', ''),
      strings.hasPrefix('golang', 'go'),
      strings.hasSuffix('golang', 'ng'),
      strings.hasPrefix('go', 'golang'),
    ],
    [true, true, true, true, false, true, true, false],
  );
});

test('compare orders strings by UTF-8 bytes, not UTF-16 units', () => {
  assert.deepEqual(
    [
      strings.compare('a', 'b'),
      strings.compare('\uffff', '😀'), // UTF-16 puts the surrogate pair first
      strings.compare('b', 'a'),
      strings.compare('x', 'x'),
      strings.compare('ab', 'a'),
    ],
    [-1, -1, 1, 0, 1],
  );
});

test('Builder counts UTF-8 bytes and joins bytes written one at a time', () => {
  const sb = new strings.Builder();
  sb.writeString('héllo');
  sb.writeByte(0x20);
  assert.deepEqual(sb.writeRune(0x4e16), [3, null]);
  assert.equal(sb.len(), 10);
  assert.equal(sb.string(), 'héllo 世');
  sb.writeByte(0xc3);
  sb.writeByte(0xa9);
  assert.equal(sb.len(), 12);
  assert.equal(sb.String(), 'héllo 世é');
  assert.deepEqual(sb.writeRune(-1), [3, null]);
  assert.equal(sb.string(), 'héllo 世é\ufffd');
  sb.reset();
  assert.equal(sb.len(), 0);
  assert.equal(sb.string(), '');
});
