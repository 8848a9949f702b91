// Go's regexp package over JavaScript's RegExp. Every expected value is what Go 1.23 prints for the same call.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { regexp } from '../../runtime/src/go/index.js';

const re = (expr: string) => regexp.mustCompile(expr);

test('\\s is ASCII space without \\v, and . matches \\r but not \\n', () => {
  assert.deepEqual(re(`\\s+`).findAllStringIndex('a\v b\u00a0c\td', -1), [
    [2, 3],
    [7, 8],
  ]);
  assert.deepEqual(re(`.`).findAllString('a\rb\nc', -1), ['a', '\r', 'b', 'c']);
});

test('indexes are byte offsets in UTF-8', () => {
  assert.deepEqual(re(`é|日`).findAllStringIndex('xé日y', -1), [
    [1, 3],
    [3, 6],
  ]);
});

test('a character outside the BMP is 4 bytes, a byte of invalid UTF-8 one', () => {
  assert.deepEqual(re(`a`).findStringIndex('😀a'), [4, 5]);
  assert.deepEqual(re(`a`).findStringIndex('x\udcffa'), [2, 3]);
});

test('n limits FindAll and Split; 0 gives nil', () => {
  assert.deepEqual(re(`b`).findAllString('abbb', 2), ['b', 'b']);
  assert.equal(re(`b`).findAllString('abbb', 0).length, 0);
  assert.equal(re(`b`).split('abbb', 0).length, 0);
  assert.equal(re(`b`).split('abbb', -1).length, 4);
});

test('a group that did not take part is "" in texts and -1 in indexes', () => {
  assert.deepEqual(re(`(x)?y`).findStringSubmatch('y'), ['y', '']);
  assert.deepEqual(re(`(x)?y`).findStringSubmatchIndex('ay'), [1, 2, -1, -1]);
});

test('templates name groups with ${name} and $name', () => {
  assert.equal(
    re(`(?P<first>\\w+) (?P<last>\\w+)`).replaceAllString('Ada Lovelace', '${last}, $first!'),
    'Lovelace, Ada!',
  );
});

test('escapes and classes: \\- and a leading ] in a class, \\x, octal, \\Q...\\E', () => {
  assert.equal(re(`[\\d\\-]+`).findString('tel: 555-01-22.'), '555-01-22');
  assert.equal(re(`[]a]+`).findString('x]a]y'), ']a]');
  assert.equal(re(`\\x41\\x{42}\\103\\.`).matchString('ABC.'), true);
  assert.equal(re(`\\Qa.b\\E+`).findString('a.bbb a.b'), 'a.bbb');
});

test('a pattern that is not valid UTF-8 does not compile', () => {
  const [re, err] = regexp.compile('a\udcff');
  assert.equal(re, null);
  assert.equal(err?.Error(), 'error parsing regexp: invalid UTF-8: `\udcff`');
});
