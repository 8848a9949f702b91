// Go's strconv package. Every expected value is what Go 1.23 prints for the same call.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errors, strconv } from '../../runtime/src/go/index.js';

/** [value, err] as Go's `fmt.Println(v, err)` would show the error. */
function shown<T>([value, err]: [T, { Error(): string } | null]): [T, string] {
  return [value, err === null ? '<nil>' : err.Error()];
}

test('itoa and formatInt write integers in any base from 2 to 36', () => {
  assert.deepEqual(
    [strconv.itoa(-42), strconv.formatInt(255, 16), strconv.formatInt(-255, 2), strconv.formatInt(35, 36)],
    ['-42', 'ff', '-11111111', 'z'],
  );
});

test('atoi parses a sign and decimal digits', () => {
  assert.deepEqual(shown(strconv.atoi('123')), [123, '<nil>']);
  assert.deepEqual(shown(strconv.atoi('-0042')), [-42, '<nil>']);
  assert.deepEqual(shown(strconv.atoi('+7')), [7, '<nil>']);
});

test('atoi errors read exactly as Go', () => {
  const cases: [string, number, string][] = [
    ['x', 0, 'strconv.Atoi: parsing "x": invalid syntax'],
    ['', 0, 'strconv.Atoi: parsing "": invalid syntax'],
    ['1_000', 0, 'strconv.Atoi: parsing "1_000": invalid syntax'],
    [' 1', 0, 'strconv.Atoi: parsing " 1": invalid syntax'],
    ['+', 0, 'strconv.Atoi: parsing "+": invalid syntax'],
    ['3.0', 0, 'strconv.Atoi: parsing "3.0": invalid syntax'],
    // Go gives ±(2^63 - 1) and -2^63: as numbers, the nearest doubles.
    ['99999999999999999999', 9223372036854775807, 'strconv.Atoi: parsing "99999999999999999999": value out of range'],
    [
      '-99999999999999999999',
      -9223372036854775808,
      'strconv.Atoi: parsing "-99999999999999999999": value out of range',
    ],
  ];
  for (const [input, value, message] of cases) assert.deepEqual(shown(strconv.atoi(input)), [value, message], input);
});

test('errors wrap ErrSyntax and ErrRange', () => {
  const [, syntax] = strconv.atoi('x');
  const [, range] = strconv.atoi('99999999999999999999');
  assert.equal(errors.is(syntax, strconv.ErrSyntax), true);
  assert.equal(errors.is(syntax, strconv.ErrRange), false);
  assert.equal(errors.is(range, strconv.ErrRange), true);
  assert.ok(syntax instanceof strconv.NumError && syntax.func === 'Atoi' && syntax.num === 'x');
});

test('parseInt reads base prefixes and underscores with base 0 and checks the bit size', () => {
  const cases: [string, number, number, number, string][] = [
    ['ff', 16, 64, 255, '<nil>'],
    ['0x1F', 0, 64, 31, '<nil>'],
    ['0b101', 0, 8, 5, '<nil>'],
    ['0o17', 0, 64, 15, '<nil>'],
    ['017', 0, 64, 15, '<nil>'],
    ['1_000', 0, 64, 1000, '<nil>'],
    ['1_000', 10, 64, 0, 'strconv.ParseInt: parsing "1_000": invalid syntax'],
    ['128', 10, 8, 127, 'strconv.ParseInt: parsing "128": value out of range'],
    ['-129', 10, 8, -128, 'strconv.ParseInt: parsing "-129": value out of range'],
    ['-128', 10, 8, -128, '<nil>'],
    ['12', 1, 64, 0, 'strconv.ParseInt: parsing "12": invalid base 1'],
    ['12', 10, 65, 0, 'strconv.ParseInt: parsing "12": invalid bit size 65'],
    ['-', 10, 64, 0, 'strconv.ParseInt: parsing "-": invalid syntax'],
    ['z', 36, 0, 35, '<nil>'],
  ];
  for (const [input, base, bits, value, message] of cases) {
    assert.deepEqual(shown(strconv.parseInt(input, base, bits)), [BigInt(value), message], `${input} ${base} ${bits}`);
  }
});

test('parse_int_gives_an_exact_int64_past_2_53', () => {
  assert.deepEqual(shown(strconv.parseInt('9223372036854775807', 10, 64)), [9223372036854775807n, '<nil>']);
});

test('parseFloat reads Go float syntax, and too large is ±Inf with a range error', () => {
  const cases: [string, number, string][] = [
    ['3.25', 3.25, '<nil>'],
    ['1e3', 1000, '<nil>'],
    ['-0', -0, '<nil>'],
    ['0x1.8p1', 3, '<nil>'],
    ['inf', Infinity, '<nil>'],
    ['-Infinity', -Infinity, '<nil>'],
    ['NaN', NaN, '<nil>'],
    ['1_000.5', 1000.5, '<nil>'],
    ['1e400', Infinity, 'strconv.ParseFloat: parsing "1e400": value out of range'],
    ['1e-400', 0, '<nil>'],
    ['abc', 0, 'strconv.ParseFloat: parsing "abc": invalid syntax'],
    ['.5', 0.5, '<nil>'],
    ['1e', 0, 'strconv.ParseFloat: parsing "1e": invalid syntax'],
    ['0x10', 0, 'strconv.ParseFloat: parsing "0x10": invalid syntax'],
  ];
  for (const [input, value, message] of cases) {
    assert.deepEqual(shown(strconv.parseFloat(input, 64)), [value, message], input);
  }
});

test('parseFloat with bitSize 32 rounds to the nearest float32', () => {
  assert.deepEqual(shown(strconv.parseFloat('0.1', 32)), [0.10000000149011612, '<nil>']);
  assert.deepEqual(shown(strconv.parseFloat('3.5e38', 32)), [
    Infinity,
    'strconv.ParseFloat: parsing "3.5e38": value out of range',
  ]);
});

test('parseBool accepts only Go spellings', () => {
  const cases: [string, boolean, string][] = [
    ['true', true, '<nil>'],
    ['T', true, '<nil>'],
    ['1', true, '<nil>'],
    ['FALSE', false, '<nil>'],
    ['f', false, '<nil>'],
    ['yes', false, 'strconv.ParseBool: parsing "yes": invalid syntax'],
    ['tRuE', false, 'strconv.ParseBool: parsing "tRuE": invalid syntax'],
  ];
  for (const [input, value, message] of cases)
    assert.deepEqual(shown(strconv.parseBool(input)), [value, message], input);
  assert.deepEqual([strconv.formatBool(true), strconv.formatBool(false)], ['true', 'false']);
});

test('quote escapes as Go string literals do', () => {
  assert.deepEqual(['hello', 'tab\there', '☺ \x07 \u00a0', '"q"\\', '\x7f', '😀', '\u200b', 'é\n'].map(strconv.quote), [
    '"hello"',
    '"tab\\there"',
    '"☺ \\a \\u00a0"',
    '"\\"q\\"\\\\"',
    '"\\x7f"',
    '"😀"',
    '"\\u200b"',
    '"é\\n"',
  ]);
  assert.deepEqual(
    [strconv.quoteRune(0x263a), strconv.quoteRune(0x0a), strconv.quoteToASCII('héllo')],
    ["'☺'", "'\\n'", '"h\\u00e9llo"'],
  );
});

test('a byte of invalid UTF-8 quotes as \\xNN, and rules out backquotes', () => {
  // "a\xffb" in Go: the translation keeps byte 0xff as U+DCFF (string-bytes.ts).
  assert.equal(strconv.quote('a\udcffb'), '"a\\xffb"');
  assert.deepEqual([strconv.canBackquote('a\udcffb'), strconv.canBackquote('a\ufffdb')], [false, true]);
});

test('formatFloat with precision -1 gives the fewest digits that read back', () => {
  assert.deepEqual(
    [
      strconv.formatFloat(3.0, 'f', -1, 64),
      strconv.formatFloat(0.1, 'e', -1, 64),
      strconv.formatFloat(1e21, 'g', -1, 64),
      strconv.formatFloat(123456789.0, 'g', -1, 64),
      strconv.formatFloat(0.000012345, 'g', -1, 64),
      strconv.formatFloat(0.1, 'g', -1, 32),
      strconv.formatFloat(Math.fround(0.1), 'g', -1, 64),
      strconv.formatFloat(1 / 3, 'f', -1, 32),
      strconv.formatFloat(1e6, 'g', -1, 64),
      strconv.formatFloat(100000, 'g', -1, 64),
    ],
    [
      '3',
      '1e-01',
      '1e+21',
      '1.23456789e+08',
      '1.2345e-05',
      '0.1',
      '0.10000000149011612',
      '0.33333334',
      '1e+06',
      '100000',
    ],
  );
});

test('formatFloat with a precision rounds the exact value, halves to even', () => {
  assert.deepEqual(
    [
      strconv.formatFloat(2.5, 'f', 0, 64),
      strconv.formatFloat(3.5, 'f', 0, 64),
      strconv.formatFloat(1.25, 'f', 1, 64),
      strconv.formatFloat(1.005, 'f', 2, 64),
      strconv.formatFloat(0.125, 'e', 1, 64),
      strconv.formatFloat(1234.5678, 'e', 3, 64),
      strconv.formatFloat(1234.5678, 'g', 3, 64),
      strconv.formatFloat(100, 'g', 3, 64),
      strconv.formatFloat(-0, 'f', 2, 64),
      strconv.formatFloat(1e21, 'f', 0, 64),
      strconv.formatFloat(NaN, 'f', 2, 64),
      strconv.formatFloat(Infinity, 'g', -1, 64),
      strconv.formatFloat(-Infinity, 'e', 3, 64),
    ],
    [
      '2',
      '4',
      '1.2',
      '1.00',
      '1.2e-01',
      '1.235e+03',
      '1.23e+03',
      '100',
      '-0.00',
      '1000000000000000000000',
      'NaN',
      '+Inf',
      '-Inf',
    ],
  );
});

test('formatFloat supports the E, G, b and x formats and echoes an unknown one', () => {
  assert.deepEqual(
    [
      strconv.formatFloat(1.5, 'E', 2, 64),
      strconv.formatFloat(1234567, 'G', 3, 64),
      strconv.formatFloat(1, 'b', -1, 64),
      strconv.formatFloat(1, 'b', -1, 32),
      strconv.formatFloat(1.5, 'x', -1, 64),
      strconv.formatFloat(1, 'z', -1, 64),
    ],
    ['1.50E+00', '1.23E+06', '4503599627370496p-52', '8388608p-23', '0x1.8p+00', '%z'],
  );
});

test('append_int_bool_quote_add_their_text_to_a_byte_slice', () => {
  const text = (b: ArrayLike<number>) => Buffer.from(Array.from(b)).toString();
  assert.equal(text(strconv.appendInt(new TextEncoder().encode('n='), 99, 10)), 'n=99');
  assert.equal(text(strconv.appendInt([105, 100], -255, 16)), 'id-ff');
  assert.equal(text(strconv.appendBool(null, true)), 'true');
  assert.equal(text(strconv.appendQuote([], 'a"b')), '"a\\"b"');
});
