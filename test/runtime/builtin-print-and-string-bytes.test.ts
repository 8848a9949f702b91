// The builtin print's float format, and Go strings' bytes that are not UTF-8. Every expected
// value is what Go 1.23 gives for the same value.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { floatText } from '../../runtime/src/go/builtin-print.js';
import { bytesOfString, stringFromBytes } from '../../runtime/src/go/string-bytes.js';
import { bytesOf, len, runes, slice, stringOfBytes } from '../../runtime/src/go/index.js';

test('builtin_println_writes_floats_with_a_sign_seven_digits_and_a_three_digit_exponent', () => {
  const cases: [number, string][] = [
    [0, '+0.000000e+000'],
    [-0, '-0.000000e+000'],
    [1, '+1.000000e+000'],
    [-1.5, '-1.500000e+000'],
    [0.1, '+1.000000e-001'],
    [123456789, '+1.234568e+008'],
    [9.9999999, '+1.000000e+001'],
    [2.5e-7, '+2.500000e-007'],
    [1e-300, '+1.000000e-300'],
    [1.7976931348623157e308, '+1.797693e+308'],
    [5e-324, '+4.940656e-324'],
    [Infinity, '+Inf'],
    [-Infinity, '-Inf'],
    [NaN, 'NaN'],
  ];
  for (const [value, expected] of cases) assert.equal(floatText(value), expected, String(value));
});

test('string_bytes_that_are_no_utf8_stay_single_bytes', () => {
  const raw = stringFromBytes(Uint8Array.of(0xff, 0x41, 0xc3, 0xa9, 0xe2, 0x82));
  assert.equal(len(raw), 6);
  assert.deepEqual([...bytesOf(raw)], [0xff, 0x41, 0xc3, 0xa9, 0xe2, 0x82]);
  assert.deepEqual(
    [...runes(raw)],
    [
      [0, 0xfffd],
      [1, 0x41],
      [2, 0xe9],
      [4, 0xfffd],
      [5, 0xfffd],
    ],
  );
  // Surrogates encoded in UTF-8 and overlong forms are no UTF-8 to Go either.
  assert.deepEqual(
    [...bytesOfString(stringFromBytes(Uint8Array.of(0xed, 0xa0, 0x80, 0xc0, 0xaf)))],
    [0xed, 0xa0, 0x80, 0xc0, 0xaf],
  );
  // A cut inside a character keeps its bytes; joining the halves gives the character back.
  const word = 'héllo';
  assert.equal(stringOfBytes([...bytesOf(slice(word, 0, 2)), ...bytesOf(slice(word, 2))]), word);
  assert.equal(len(slice(word, 0, 2)), 2);
});
