// Go fmt conformance: each expected string is what Go 1.23 prints for the same operands.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { float64, formatErrorf, formatPanicValue, ptr, sprint, sprintf, sprintln } from '../../runtime/src/fmt/go.js';

const GO_TYPE = Symbol.for('chan2ts.goType');
const CHAN_TAG = Symbol.for('chan2ts.chan');

class T {
  constructor(
    public X: number,
    public Y: string,
  ) {}
}

class MyErr {
  constructor(public Code: number) {}
  Error(): string {
    return `code ${this.Code}`;
  }
}

class Celsius {
  constructor(public Deg: number) {}
  String(): string {
    return `${this.Deg}°C`;
  }
}

/** Like errors.New: a *errors.errorString. */
class ErrorString {
  readonly [GO_TYPE] = '*errors.errorString';
  constructor(public s: string) {}
  Error(): string {
    return this.s;
  }
}

class Result {
  constructor(
    public id: number,
    public err: unknown,
  ) {}
}

class Reading {
  constructor(
    public Shown: Celsius,
    public hidden: Celsius,
  ) {}
}

const chan = { [CHAN_TAG]: true, [GO_TYPE]: 'chan int' };

test('println separates every operand with a space and ends the line', () => {
  assert.equal(sprintln('worker', 3, 'done', true), 'worker 3 done true\n');
});

test('print adds spaces only between non-string operands', () => {
  assert.equal(sprint('a', 1, 2, 'b', 'c', 3.5, true, null, '\n'), 'a1 2bc3.5 true <nil>\n');
});

test('integral numbers print as ints and others as float64', () => {
  assert.equal(sprint(42, ' ', -7, ' ', 2.5, ' ', 0.1 + 0.2), '42 -7 2.5 0.30000000000000004');
});

test('float64 uses %g with exponents from 1e+21 and below 1e-4', () => {
  assert.equal(sprintln(float64(1e6), float64(123456), 0.00001, 1e21, 1e-7), '1e+06 123456 1e-05 1e+21 1e-07\n');
});

test('Float64 wrapper prints an integral float64', () => {
  assert.equal(sprintf('%v %v %T', float64(3), float64(1e6), float64(3)), '3 1e+06 float64');
});

test('special floats print as NaN and signed Inf', () => {
  assert.equal(sprintln(NaN, Infinity, -Infinity), 'NaN +Inf -Inf\n');
});

test('bigint prints as int64', () => {
  assert.equal(sprintf('%v %T %x', 9007199254740993n, -5n, -255n), '9007199254740993 int64 -ff');
});

test('%d pads with zeros after the sign', () => {
  assert.equal(sprintf('[%05d] [%05d] [%+05d]', -42, 42, 42), '[-0042] [00042] [+0042]');
});

test('%-d pads on the right with spaces', () => {
  assert.equal(sprintf('[%-5d] [%-05d]', 42, 42), '[42   ] [42   ]');
});

test('%.0d of zero prints nothing but padding', () => {
  assert.equal(sprintf('[%.0d] [%3.0d]', 0, 0), '[] [   ]');
});

test('precision on %d sets a minimum digit count and disables zero padding', () => {
  assert.equal(sprintf('[%.3d] [%08.3d]', 7, -7), '[007] [    -007]');
});

test('%x %X %o %O %b format ints in other bases', () => {
  assert.equal(sprintf('%x %X %o %O %b', 255, 255, 8, 8, 5), 'ff FF 10 0o10 101');
});

test('%x of a negative int puts the sign before the digits', () => {
  assert.equal(sprintf('%x %#x', -255, -255), '-ff -0xff');
});

test('sharp flag adds base prefixes', () => {
  assert.equal(sprintf('%#x %#X %#o %#b %#o', 255, 255, 8, 5, 0), '0xff 0XFF 010 0b101 0');
});

test('space and plus flags on ints', () => {
  assert.equal(sprintf('[% d] [% d] [%+d] [%+d]', 5, -5, 5, -5), '[ 5] [-5] [+5] [-5]');
});

test('%c %q %U format runes', () => {
  assert.equal(sprintf('%c %q %U %#U', 0x41, 0x41, 0x41, 0x263a), "A 'A' U+0041 U+263A '☺'");
});

test('%q of a rune escapes control characters and %+q escapes non-ASCII', () => {
  assert.equal(sprintf('%q %q %+q %q', 10, 39, 0xe9, 0xe9), "'\\n' '\\'' '\\u00e9' 'é'");
});

test('%c of an invalid code point prints U+FFFD', () => {
  assert.equal(sprintf('%c|%c|%q', -1, 0xd800, 0x110000), "\ufffd|\ufffd|'\ufffd'");
});

test('%U of a negative int shows the uint64 bits', () => {
  assert.equal(sprintf('%U', -1), 'U+FFFFFFFFFFFFFFFF');
});

test('%f %e %g use 6 digits by default', () => {
  assert.equal(sprintf('%f %e %g', 3.14159265, 3.14159265, 3.14159265), '3.141593 3.141593e+00 3.14159265');
});

test('%.2f rounds to two decimals', () => {
  assert.equal(sprintf('%.2f %.2f %.2f', 3.14159, 2.675, 1.005), '3.14 2.67 1.00');
});

test('exact halves round to even', () => {
  assert.equal(sprintf('%.0f %.0f %.0f %.2f %.2f %.1f', 0.5, 1.5, 2.5, 0.125, 0.375, 0.25), '0 2 2 0.12 0.38 0.2');
});

test('a float verb prints an integral number as a float', () => {
  assert.equal(sprintf('%.2f %f %e %g', 3, 10, 1, 100), '3.00 10.000000 1.000000e+00 100');
});

test('width and precision on floats', () => {
  assert.equal(
    sprintf('[%8.3f] [%-8.3f] [%6.2f] [%08.3f] [%+.1f]', 3.14159, 3.14159, 3.14159, -3.14159, 2.55),
    '[   3.142] [3.142   ] [  3.14] [-003.142] [+2.5]',
  );
});

test('%e and %E exponents have at least two digits', () => {
  assert.equal(
    sprintf('%e %E %.2e %e', 1234.5678, 1234.5678, 1e-300, 0),
    '1.234568e+03 1.234568E+03 1.00e-300 0.000000e+00',
  );
});

test('%g with precision counts significant digits', () => {
  assert.equal(
    sprintf('%.3g %.3g %.10g %G', 1234.5678, 0.00012345, 1.0 / 3, 1e-10),
    '1.23e+03 0.000123 0.3333333333 1E-10',
  );
});

test('sharp flag keeps the decimal point and trailing zeros', () => {
  assert.equal(
    sprintf('%#g %#.3g %#.0f %#.0e %#v', float64(1), float64(2), float64(3), float64(3), 2.5),
    '1.00000 2.00 3. 3.e+00 2.5',
  );
});

test('%x %X %b of floats', () => {
  assert.equal(
    sprintf('%x %X %.3x %b', 2.5, float64(-1), 3.14159, 2.5),
    '0x1.4p+01 -0X1P+00 0x1.922p+01 5629499534213120p-51',
  );
});

test('NaN and Inf are padded with spaces, not zeros', () => {
  assert.equal(sprintf('[%05f] [%+5f] [% f] [%-6f]', NaN, Infinity, NaN, -Infinity), '[  NaN] [ +Inf] [ NaN] [-Inf  ]');
});

test('%s and %v print strings as they are', () => {
  assert.equal(sprintf('%s|%v', 'héllo', 'wörld'), 'héllo|wörld');
});

test('string width counts runes, not bytes', () => {
  assert.equal(sprintf('[%-8s] [%8s] [%5s]', 'ab', 'ab', 'héllo'), '[ab      ] [      ab] [héllo]');
});

test('%.3s truncates by runes', () => {
  assert.equal(sprintf('%.3s|%.1q|%.10s', 'héllo', 'héllo', 'hi'), 'hél|"h"|hi');
});

test('zero flag pads strings with zeros', () => {
  assert.equal(sprintf('[%05s] [%05t] [%05c]', 'hi', true, 0x61), '[000hi] [0true] [0000a]');
});

test('%q quotes strings with Go escapes', () => {
  assert.equal(sprintf('%q', 'a\tb"\\\x00\x7f\u00ad☺\u{1F600}'), '"a\\tb\\"\\\\\\x00\\x7f\\u00ad☺😀"');
});

test('%+q escapes every non-ASCII rune', () => {
  assert.equal(sprintf('%+q', 'héllo☺\u{1F600}'), '"h\\u00e9llo\\u263a\\U0001f600"');
});

test('%#q uses a raw string when it can', () => {
  assert.equal(sprintf('%#q %#q %#q', 'ab', 'a`b', 'a\nb'), '`ab` "a`b" "a\\nb"');
});

test('%x of a string encodes its UTF-8 bytes', () => {
  assert.equal(sprintf('%x %X % x %#x %# X', 'hé', 'hi', 'hi', 'hi', 'hi'), '68c3a9 6869 68 69 0x6869 0X68 0X69');
});

test('%t and %v print bools', () => {
  assert.equal(sprintf('%t %v [%5t] [%-6t]', true, false, true, false), 'true false [ true] [false ]');
});

test('slices print in brackets separated by spaces', () => {
  assert.equal(sprint([1, 2, 3], [['a', 'b'], []], []), '[1 2 3] [[a b] []] []');
});

test('verbs apply to each slice element', () => {
  assert.equal(
    sprintf('%q %x %03d [%5v]', ['a', 'b'], [255, 16], [1, -2], [1, 2]),
    '["a" "b"] [ff 10] [001 -02] [[    1     2]]',
  );
});

test('a slice with any non-integral number is a []float64', () => {
  assert.equal(
    sprintf('%v %T %d', [1e6, 0.5], [1, 2.5], [1.5, 2]),
    '[1e+06 0.5] []float64 [%!d(float64=1.5) %!d(float64=2)]',
  );
});

test('Uint8Array formats as a []byte', () => {
  const hi = Uint8Array.of(104, 105);
  assert.equal(
    sprintf('%v %d %s %x %X %q %T', hi, hi, hi, hi, hi, hi, hi),
    '[104 105] [104 105] hi 6869 6869 "hi" []uint8',
  );
});

test('%#v of a []byte shows hex bytes', () => {
  assert.equal(sprintf('%#v', Uint8Array.of(104, 105)), '[]byte{0x68, 0x69}');
});

test('%q of bytes that are not UTF-8 escapes them', () => {
  assert.equal(sprintf('%q', Uint8Array.of(0x61, 0xff, 0xe2, 0x82)), '"a\\xff\\xe2\\x82"');
});

test('map keys print sorted', () => {
  const m = new Map<unknown, number>([
    ['banana', 2],
    ['apple', 1],
    ['cherry', 3],
  ]);
  assert.equal(sprint(m), 'map[apple:1 banana:2 cherry:3]');
});

test('int and float keys sort numerically, NaN first', () => {
  assert.equal(
    sprint(
      new Map([
        [10, 'a'],
        [9, 'b'],
        [-1, 'c'],
      ]),
      new Map([
        [2.5, 1],
        [NaN, 2],
        [-1, 3],
      ]),
    ),
    'map[-1:c 9:b 10:a] map[NaN:2 -1:3 2.5:1]',
  );
});

test('bool keys sort false first', () => {
  assert.equal(
    sprint(
      new Map([
        [true, 1],
        [false, 0],
      ]),
    ),
    'map[false:0 true:1]',
  );
});

test('%#v of a map uses Go syntax', () => {
  assert.equal(
    sprintf(
      '%#v',
      new Map([
        ['b', 2],
        ['a', 1],
      ]),
    ),
    'map[string]int{"a":1, "b":2}',
  );
});

test('structs print their fields in order', () => {
  assert.equal(
    sprintf('%v|%+v|%#v', new T(1, 'a'), new T(1, 'a'), new T(1, 'a')),
    '{1 a}|{X:1 Y:a}|main.T{X:1, Y:"a"}',
  );
});

test('nested structs and slices of structs', () => {
  assert.equal(
    sprintf('%v %+v', [new T(1, 'a'), new T(2, 'b')], { P: new T(1, 'a'), N: [1] }),
    '[{1 a} {2 b}] {P:{X:1 Y:a} N:[1]}',
  );
});

test('a plain object is an anonymous struct', () => {
  assert.equal(sprintf('%T|%#v', { A: 1, b: 'x' }, {}), 'struct { A int; b string }|struct {}{}');
});

test('a pointer to a struct prints with an ampersand at top level', () => {
  assert.equal(
    sprintf('%v %+v %#v', ptr(new T(1, 'a')), ptr(new T(1, 'a')), ptr(new T(1, 'a'))),
    '&{1 a} &{X:1 Y:a} &main.T{X:1, Y:"a"}',
  );
});

test('a pointer to a slice or map prints with an ampersand', () => {
  assert.equal(sprint(ptr([1]), ptr(new Map([['a', 1]]))), '&[1] &map[a:1]');
});

test('a nil pointer prints <nil>', () => {
  assert.equal(sprintf('%v %+v %d %p', ptr(null), ptr(null), ptr(null), ptr(null)), '<nil> <nil> 0 0x0');
});

test('%T names types', () => {
  assert.equal(
    sprintf(
      '%T %T %T %T %T %T %T %T %T',
      1,
      2.5,
      'a',
      true,
      [1],
      ['a'],
      new Map([['a', 1]]),
      new T(1, 'a'),
      ptr(new T(1, 'a')),
    ),
    'int float64 string bool []int []string map[string]int main.T *main.T',
  );
});

test('%T of nil, an empty slice and mixed elements', () => {
  assert.equal(sprintf('%T %T %T', null, [], [1, 'a']), '<nil> []interface {} []interface {}');
});

test('a goType symbol overrides %T', () => {
  assert.equal(sprintf('%T %T', new ErrorString('x'), chan), '*errors.errorString chan int');
});

test('a pointer inside another value prints as an address', () => {
  assert.equal(sprint([ptr(new T(1, 'a'))], { P: ptr(null) }), '[0xc000010000] {<nil>}');
});

test('a value met again inside itself prints as an address instead of recursing', () => {
  const node: { Val: number; Next: unknown } = { Val: 1, Next: null };
  node.Next = { Val: 2, Next: node };
  assert.equal(sprint(node), '{1 {2 0xc000010000}}');
});

test('nil prints <nil>', () => {
  assert.equal(sprintf('%v %s %d', null, undefined, null), '<nil> %!s(<nil>) %!d(<nil>)');
});

test('nil inside a slice prints <nil> for any verb', () => {
  assert.equal(sprintf('%v %d %+v', [null, 1], [null, 1], new Result(1, null)), '[<nil> 1] [<nil> 1] {id:1 err:<nil>}');
});

test('errors print their Error() message', () => {
  assert.equal(
    sprintf('%v|%s|%q|%x', new MyErr(3), new MyErr(3), new MyErr(3), new MyErr(3)),
    'code 3|code 3|"code 3"|636f64652033',
  );
});

test('errors nested in slices and exported fields print via Error()', () => {
  assert.equal(sprint([new ErrorString('a'), null], { Err: new ErrorString('b') }), '[a <nil>] {b}');
});

test('an error in an unexported field prints as a pointer', () => {
  assert.equal(sprint(new Result(1, new ErrorString('x'))), '{1 0xc000010000}');
});

test('a Stringer in an unexported field prints its fields', () => {
  assert.equal(sprint(new Reading(new Celsius(20), new Celsius(21))), '{20°C {21}}');
});

test('Stringers print their String()', () => {
  assert.equal(
    sprintf('%v %s [%6s] %q', new Celsius(5), new Celsius(5), new Celsius(5), new Celsius(5)),
    '5°C 5°C [   5°C] "5°C"',
  );
});

test('%d of a Stringer prints its fields', () => {
  assert.equal(sprintf('%d', new Celsius(5)), '{5}');
});

test('%#v ignores Error() and prints the error value in Go syntax', () => {
  assert.equal(sprintf('%#v', new ErrorString('x')), '&errors.errorString{s:"x"}');
});

test('GoString() is used for %#v', () => {
  const v = { GoString: () => 'custom' };
  assert.equal(sprintf('%#v', v), 'custom');
});

test('a panicking String method is reported', () => {
  const v = {
    String(): string {
      throw new Error('boom');
    },
  };
  assert.equal(sprintf('%v|%s', v, v), '%!v(PANIC=String method: boom)|%!s(PANIC=String method: boom)');
});

test('channels and functions print as addresses', () => {
  assert.equal(
    sprintf(
      '%v %v %T %#v %T',
      chan,
      () => 0,
      chan,
      chan,
      () => 0,
    ),
    '0xc000020000 0x47b8c0 chan int (chan int)(0xc000020000) func()',
  );
});

test('%p prints addresses of reference values', () => {
  assert.equal(sprintf('%p %#p %p', chan, chan, 5), '0xc000020000 c000020000 %!p(int=5)');
});

test('wrong verbs show the operand type and value', () => {
  assert.equal(sprintf('%d|%s|%t|%z', 'hi', 5, 1, 2.5), '%!d(string=hi)|%!s(int=5)|%!t(int=1)|%!z(float64=2.5)');
});

test('a wrong verb keeps width and flags for the operand', () => {
  assert.equal(sprintf('%5z|%+z|%#z', 5, 5, 2.5), '%!z(int=    5)|%!z(int=+5)|%!z(float64=2.50000)');
});

test('a wrong verb does not call Error()', () => {
  assert.equal(sprintf('%d', new ErrorString('e')), '&{%!d(string=e)}');
});

test('missing operands are reported', () => {
  assert.equal(sprintf('%d %s', 1), '1 %!s(MISSING)');
});

test('extra operands are reported with their types', () => {
  assert.equal(sprintf('%d', 1, 3, 'x', null, 2.5), '1%!(EXTRA int=3, string=x, <nil>, float64=2.5)');
});

test('a trailing percent has no verb', () => {
  assert.equal(sprintf('100%'), '100%!(NOVERB)');
});

test('%% prints a percent sign and takes no operand', () => {
  assert.equal(sprintf('%d%% [%-5%]', 50), '50% [%]');
});

test('* takes width and precision from the operands', () => {
  assert.equal(sprintf('[%*d] [%-*d] [%.*f] [%*d]', 5, 1, 5, 1, 2, 3.14159, -4, 7), '[    1] [1    ] [3.14] [7   ]');
});

test('a non-int * operand is a bad width', () => {
  assert.equal(sprintf('%*d', 'x', 2), '%!(BADWIDTH)2');
});

test('explicit operand indexes reorder operands', () => {
  assert.equal(sprintf('%[2]d %[1]d %d', 1, 2), '2 1 2');
});

test('a bad operand index is reported', () => {
  assert.equal(sprintf('%[3]d %[0]d', 1, 2), '%!d(BADINDEX) %!d(BADINDEX)');
});

test('%v of a %w outside Errorf is a wrong verb', () => {
  assert.equal(sprintf('%w', new ErrorString('x')), '%!w(*errors.errorString=&{x})');
});

test('formatErrorf formats %w like %v and lists the wrapped operands', () => {
  const inner = new ErrorString('boom');
  assert.deepEqual(formatErrorf('step %d: %w', 2, inner), { message: 'step 2: boom', wrapped: [inner] });
});

test('panic values print as the Go runtime prints them', () => {
  assert.deepEqual(
    [1.5, 42, true, 'line1\nline2', new ErrorString('boom'), new Celsius(3), null, 1e300].map(formatPanicValue),
    [
      '+1.500000e+000',
      '42',
      'true',
      'line1\n\tline2',
      'boom',
      '3°C',
      'panic called with nil argument',
      '+1.000000e+300',
    ],
  );
});

test('panic values of other types print their type and an address', () => {
  const nilT = Object.assign(ptr(null), { [GO_TYPE]: '*main.T' });
  assert.deepEqual([new T(1, 'a'), ptr(new T(1, 'a')), [1], nilT].map(formatPanicValue), [
    '(main.T) 0xc000010000',
    '(*main.T) 0xc000010000',
    '([]int) 0xc000010000',
    '(*main.T) 0x0',
  ]);
});
