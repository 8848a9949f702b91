// Rust fmt conformance: each expected string is what Rust (rustc 1.95) prints for the
// expression in the `// rust:` comment above it; fmt-rust/types.rs defines the Rust types.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  char,
  debugString,
  debugStruct,
  debugText,
  debugTuple,
  debugUnit,
  displayString,
  f64,
  format,
  option,
  some,
  tuple,
} from '../../runtime/src/fmt/rust.js';
import { Err, Ok } from '../../runtime/src/tokio/result.js';

class Point {
  constructor(
    public x: number,
    public y: number,
  ) {}
}

class Celsius {
  constructor(public degrees: number) {}
  toString(): string {
    return format('{:.1}°C', [this.degrees]);
  }
}

// Display

test('Display of an integer prints its digits', () => {
  // rust: format!("{} {}", 42, -7)
  assert.equal(format('{} {}', [42, -7]), '42 -7');
});

test('Display of a bigint prints every digit', () => {
  // rust: format!("{} {}", u64::MAX, i128::MIN)
  assert.equal(
    format('{} {}', [2n ** 64n - 1n, -(2n ** 127n)]),
    '18446744073709551615 -170141183460469231731687303715884105728',
  );
});

test('Display of an integral f64 has no fraction', () => {
  // rust: format!("{}", 3.0)
  assert.equal(format('{}', [f64(3)]), '3');
});

test('Display of an f64 is the shortest string that reads back as the same value', () => {
  // rust: format!("{}", 0.1 + 0.2)
  assert.equal(format('{}', [0.1 + 0.2]), '0.30000000000000004');
});

test('Display of an f64 never uses an exponent', () => {
  // rust: format!("{} {}", 1e21, 1e-7)
  assert.equal(format('{} {}', [f64(1e21), 1e-7]), '1000000000000000000000 0.0000001');
});

test('Display of NaN and the infinities', () => {
  // rust: format!("{} {} {}", f64::NAN, f64::INFINITY, f64::NEG_INFINITY)
  assert.equal(format('{} {} {}', [NaN, Infinity, -Infinity]), 'NaN inf -inf');
});

test('Display of negative zero keeps its sign', () => {
  // rust: format!("{}", -0.0)
  assert.equal(format('{}', [f64(-0)]), '-0');
});

test('Display of a string, a char and a bool prints them as they are', () => {
  // rust: format!("{} {} {}", "hi", 'x', true)
  assert.equal(format('{} {} {}', ['hi', char('x'), true]), 'hi x true');
});

test('Display of an object is its toString, as a user impl of fmt::Display', () => {
  // rust: format!("{}", Celsius(21.5))
  assert.equal(format('{}', [new Celsius(21.5)]), '21.5°C');
});

test('Display through toString ignores width, like an impl that calls write!', () => {
  // rust: format!("[{:>10}]", Celsius(21.5))
  assert.equal(format('[{:>10}]', [new Celsius(21.5)]), '[21.5°C]');
});

test('displayString is format!("{}")', () => {
  // rust: format!("{}", 2.5)
  assert.equal(displayString(2.5), '2.5');
});

test('Display of a Vec, None or a struct without toString is rejected as rustc rejects it', () => {
  assert.throws(() => format('{}', [[1]]), { message: "`Vec<_>` doesn't implement `std::fmt::Display`" });
  assert.throws(() => format('{}', [undefined]), { message: "`Option<_>` doesn't implement `std::fmt::Display`" });
  assert.throws(() => format('{}', [new Point(1, 2)]), { message: "`Point` doesn't implement `std::fmt::Display`" });
});

// Debug of numbers, strings and chars

test('Debug of an integral f64 keeps ".0"', () => {
  // rust: format!("{:?} {:?}", 3.0, 3)
  assert.equal(format('{:?} {:?}', [f64(3), 3]), '3.0 3');
});

test('Debug of an f64 uses an exponent from 1e16 up', () => {
  // rust: format!("{:?} {:?}", 1e16, 1e15)
  assert.equal(format('{:?} {:?}', [f64(1e16), f64(1e15)]), '1e16 1000000000000000.0');
});

test('Debug of an f64 uses an exponent below 1e-4', () => {
  // rust: format!("{:?} {:?} {:?}", 1e-7, 0.0001, 1.5e-5)
  assert.equal(format('{:?} {:?} {:?}', [1e-7, 0.0001, 1.5e-5]), '1e-7 0.0001 1.5e-5');
});

test('Debug of negative zero and NaN', () => {
  // rust: format!("{:?} {:?}", -0.0, f64::NAN)
  assert.equal(format('{:?} {:?}', [f64(-0), NaN]), '-0.0 NaN');
});

test('Debug of a string quotes it and escapes quotes, backslashes and newlines', () => {
  // rust: format!("{:?}", "a\"b\\c\n")
  assert.equal(format('{:?}', ['a"b\\c\n']), String.raw`"a\"b\\c\n"`);
});

test('Debug of a string escapes tab, carriage return and NUL by name', () => {
  // rust: format!("{:?}", "\t\r\0")
  assert.equal(format('{:?}', ['\t\r\0']), String.raw`"\t\r\0"`);
});

test('Debug of a string escapes other control characters as \\u{..}', () => {
  // rust: format!("{:?}", "\u{1b}[0m\u{7f}")
  assert.equal(format('{:?}', ['\x1b[0m\x7f']), String.raw`"\u{1b}[0m\u{7f}"`);
});

test('Debug of a string keeps printable Unicode', () => {
  // rust: format!("{:?}", "héllo 😀 世界")
  assert.equal(format('{:?}', ['héllo 😀 世界']), '"héllo 😀 世界"');
});

test('Debug of a string escapes invisible and combining characters', () => {
  // rust: format!("{:?}", "a\u{200b}\u{301}\u{a0}")
  assert.equal(format('{:?}', ['a\u200b\u0301\u00a0']), String.raw`"a\u{200b}\u{301}\u{a0}"`);
});

test('Debug of a string leaves single quotes alone', () => {
  // rust: format!("{:?}", "it's")
  assert.equal(format('{:?}', ["it's"]), `"it's"`);
});

test('Debug of a char quotes it and escapes a single quote but not a double one', () => {
  // rust: format!("{:?} {:?} {:?} {:?}", 'a', '\'', '"', '\n')
  assert.equal(
    format('{:?} {:?} {:?} {:?}', [char('a'), char("'"), char('"'), char('\n')]),
    String.raw`'a' '\'' '"' '\n'`,
  );
});

test('Debug of a string or a char ignores width', () => {
  // rust: format!("[{:10?}] [{:10?}]", "dbg", 'c')
  assert.equal(format('[{:10?}] [{:10?}]', ['dbg', char('c')]), `["dbg"] ['c']`);
});

test('Debug of a bool pads like Display', () => {
  // rust: format!("[{:>6?}]", true)
  assert.equal(format('[{:>6?}]', [true]), '[  true]');
});

test('{:x?} prints the integers of a Debug value in hexadecimal', () => {
  // rust: format!("{:x?} {:X?} {:#x?}", vec![255, 16], 255, 10)
  assert.equal(format('{:x?} {:X?} {:#x?}', [[255, 16], 255, 10]), '[ff, 10] FF 0xa');
});

// Debug of collections

test('Debug of a Vec lists its items', () => {
  // rust: format!("{:?} {:?}", vec![1, 2, 3], vec!["a"])
  assert.equal(format('{:?} {:?}', [[1, 2, 3], ['a']]), '[1, 2, 3] ["a"]');
});

test('Debug of an empty Vec', () => {
  // rust: format!("{:?}", Vec::<i32>::new())
  assert.equal(format('{:?}', [[]]), '[]');
});

test('Debug of nested Vecs', () => {
  // rust: format!("{:?}", vec![vec![1, 2], vec![]])
  assert.equal(format('{:?}', [[[1, 2], []]]), '[[1, 2], []]');
});

test('Debug of a Vec applies width to every item', () => {
  // rust: format!("{:4?}", vec![1, 20])
  assert.equal(format('{:4?}', [[1, 20]]), '[   1,   20]');
});

test('Debug of a Vec applies precision to every float', () => {
  // rust: format!("{:.1?}", vec![1.0, 2.25])
  assert.equal(format('{:.1?}', [[f64(1), 2.25]]), '[1.0, 2.2]');
});

test('Debug of a Map prints key: value pairs in insertion order', () => {
  // rust: format!("{:?}", BTreeMap::from([("a", 1), ("b", 2)]))
  assert.equal(
    format('{:?}', [
      new Map([
        ['a', 1],
        ['b', 2],
      ]),
    ]),
    '{"a": 1, "b": 2}',
  );
});

test('Debug of an empty Map', () => {
  // rust: format!("{:?}", HashMap::<i32, i32>::new())
  assert.equal(format('{:?}', [new Map()]), '{}');
});

test('Debug of a Set', () => {
  // rust: format!("{:?}", BTreeSet::from([1, 2]))
  assert.equal(format('{:?}', [new Set([1, 2])]), '{1, 2}');
});

test('Debug of a tuple', () => {
  // rust: format!("{:?}", (1, "a", 2.5))
  assert.equal(format('{:?}', [tuple(1, 'a', 2.5)]), '(1, "a", 2.5)');
});

test('Debug of a one-element tuple keeps its comma', () => {
  // rust: format!("{:?}", (1,))
  assert.equal(format('{:?}', [tuple(1)]), '(1,)');
});

test('Debug of the unit value null is (), padded like a string', () => {
  // rust: format!("[{:4?}] {:?}", (), Some(()))
  assert.equal(format('[{:4?}] {:?}', [null, some(null)]), '[()  ] Some(())');
});

test('Debug of the empty tuple is () too', () => {
  // rust: format!("{:?}", ())
  assert.equal(format('{:?}', [tuple()]), '()');
});

test('Display of the unit value is rejected as rustc rejects it', () => {
  assert.throws(() => format('{}', [null]), { message: "`()` doesn't implement `std::fmt::Display`" });
});

// Option and Result

test('undefined prints None', () => {
  // rust: format!("{:?}", None::<i32>)
  assert.equal(format('{:?}', [undefined]), 'None');
});

test('None ignores width, as #[derive(Debug)] of a unit variant does', () => {
  // rust: format!("[{:6?}]", None::<i32>)
  assert.equal(format('[{:6?}]', [undefined]), '[None]');
});

test('some prints Some around the value, with the width applied inside', () => {
  // rust: format!("{:?} [{:4?}]", Some("x"), Some(1))
  assert.equal(format('{:?} [{:4?}]', [some('x'), some(1)]), 'Some("x") [Some(   1)]');
});

test('some(undefined) prints Some(None)', () => {
  // rust: format!("{:?} {:?}", Some(None::<i32>), Some(Some(1)))
  assert.equal(format('{:?} {:?}', [some(undefined), some(some(1))]), 'Some(None) Some(Some(1))');
});

test('option turns undefined into None and any other value into Some', () => {
  // rust: format!("{:?} {:?}", None::<i32>, Some(0))
  assert.equal(format('{:?} {:?}', [option(undefined), option(0)]), 'None Some(0)');
});

test('a RUST_DEBUG description prints Ok and Err as tuple variants', () => {
  // rust: format!("{:?} {:?}", Ok::<i32, ()>(5), Err::<(), &str>("boom"))
  assert.equal(format('{:?} {:?}', [new Ok(5), new Err('boom')]), 'Ok(5) Err("boom")');
});

// Structs and enums

test('Debug of a class instance prints its fields as #[derive(Debug)] would', () => {
  // rust: format!("{:?}", Point { x: 1, y: 2 })
  assert.equal(format('{:?}', [new Point(1, 2)]), 'Point { x: 1, y: 2 }');
});

test('Debug of a struct applies width to every field', () => {
  // rust: format!("{:3?}", Point { x: 1, y: 2 })
  assert.equal(format('{:3?}', [new Point(1, 2)]), 'Point { x:   1, y:   2 }');
});

test('debugStruct prints a struct variant without the enum name', () => {
  // rust: format!("{:?}", Message::Move { x: 1, y: -1 })
  assert.equal(
    format('{:?}', [
      debugStruct('Move', [
        ['x', 1],
        ['y', -1],
      ]),
    ]),
    'Move { x: 1, y: -1 }',
  );
});

test('debugTuple prints a tuple struct or a tuple variant', () => {
  // rust: format!("{:?} {:?}", Meters(3.0), Message::ChangeColor(1, 2, 3))
  assert.equal(
    format('{:?} {:?}', [debugTuple('Meters', [f64(3)]), debugTuple('ChangeColor', [1, 2, 3])]),
    'Meters(3.0) ChangeColor(1, 2, 3)',
  );
});

test('debugUnit prints a unit struct or a unit variant by name, ignoring width', () => {
  // rust: format!("[{:6?}] [{:#?}]", Message::Quit, Unit)
  assert.equal(format('[{:6?}] [{:#?}]', [debugUnit('Quit'), debugUnit('Unit')]), '[Quit] [Unit]');
});

test('debugText prints the output of a hand-written impl Debug', () => {
  // rust: format!("{:?}", Secret)
  assert.equal(format('{:?}', [debugText('Secret(***)')]), 'Secret(***)');
});

test('Debug of a plain object literal is rejected: it has no Rust type', () => {
  assert.throws(() => format('{:?}', [{ x: 1 }]), { message: "`Object` doesn't implement `std::fmt::Debug`" });
});

// Pretty Debug

test('{:#?} of a struct puts each field on its own line with a trailing comma', () => {
  // rust: format!("{:#?}", Point { x: 1, y: 2 })
  assert.equal(format('{:#?}', [new Point(1, 2)]), 'Point {\n    x: 1,\n    y: 2,\n}');
});

test('{:#?} indents nested values four spaces per level', () => {
  // rust: format!("{:#?}", vec![Some(Point { x: 1, y: 2 })])
  assert.equal(
    format('{:#?}', [[some(new Point(1, 2))]]),
    '[\n    Some(\n        Point {\n            x: 1,\n            y: 2,\n        },\n    ),\n]',
  );
});

test('{:#?} of an empty Vec stays on one line', () => {
  // rust: format!("{:#?}", vec![Vec::<i32>::new()])
  assert.equal(format('{:#?}', [[[]]]), '[\n    [],\n]');
});

test('{:#?} of a one-element tuple ends its only line with a comma', () => {
  // rust: format!("{:#?}", (1,))
  assert.equal(format('{:#?}', [tuple(1)]), '(\n    1,\n)');
});

test('{:#?} of a map puts each entry on its own line', () => {
  // rust: format!("{:#?}", HashMap::from([("k", vec![1])]))
  assert.equal(format('{:#?}', [new Map([['k', [1]]])]), '{\n    "k": [\n        1,\n    ],\n}');
});

test('{:#?} indents every line of a hand-written Debug', () => {
  // rust: format!("{:#?}", vec![TwoLines])
  assert.equal(format('{:#?}', [[debugText('first\nsecond')]]), '[\n    first\n    second,\n]');
});

test('debugString with pretty set is {:#?}', () => {
  // rust: format!("{:#?}", Ok::<(i32, &str), ()>((1, "a")))
  assert.equal(debugString(new Ok(tuple(1, 'a')), true), 'Ok(\n    (\n        1,\n        "a",\n    ),\n)');
});

// Width, fill and alignment

test('strings align left and numbers right by default', () => {
  // rust: format!("[{:5}] [{:5}] [{:5}]", "ab", 42, 1.5)
  assert.equal(format('[{:5}] [{:5}] [{:5}]', ['ab', 42, 1.5]), '[ab   ] [   42] [  1.5]');
});

test('<, > and ^ align explicitly', () => {
  // rust: format!("[{:>5}] [{:<5}] [{:^5}]", "ab", 42, 'c')
  assert.equal(format('[{:>5}] [{:<5}] [{:^5}]', ['ab', 42, char('c')]), '[   ab] [42   ] [  c  ]');
});

test('centering puts the odd padding character on the right', () => {
  // rust: format!("[{:^7}]", "ab")
  assert.equal(format('[{:^7}]', ['ab']), '[  ab   ]');
});

test('a fill character comes before the alignment', () => {
  // rust: format!("{:*^9} {:<<4} {:0>4}", "x", 1, 7)
  assert.equal(format('{:*^9} {:<<4} {:0>4}', ['x', 1, 7]), '****x**** 1<<< 0007');
});

test('width counts chars, not UTF-16 code units', () => {
  // rust: format!("[{:-<6}]", "日本😀")
  assert.equal(format('[{:-<6}]', ['日本😀']), '[日本😀---]');
});

test('the 0 flag pads numbers with zeros after the sign', () => {
  // rust: format!("{:05} {:+05} {:06.2}", -42, 7, -1.5)
  assert.equal(format('{:05} {:+05} {:06.2}', [-42, 7, -1.5]), '-0042 +0007 -01.50');
});

test('the 0 flag overrides alignment and fill for numbers', () => {
  // rust: format!("[{:<05}] [{:*^05}]", 1, 2)
  assert.equal(format('[{:<05}] [{:*^05}]', [1, 2]), '[00001] [00002]');
});

test('the 0 flag does not apply to strings', () => {
  // rust: format!("[{:05}]", "ab")
  assert.equal(format('[{:05}]', ['ab']), '[ab   ]');
});

test('the 0 flag pads after the 0x prefix', () => {
  // rust: format!("{:#010x} {:#06b}", 255, 5)
  assert.equal(format('{:#010x} {:#06b}', [255, 5]), '0x000000ff 0b0101');
});

test('the 0 flag pads NaN and the infinities with zeros too', () => {
  // rust: format!("{:06} {:06}", f64::NAN, f64::NEG_INFINITY)
  assert.equal(format('{:06} {:06}', [NaN, -Infinity]), '000NaN -00inf');
});

// Precision

test('precision truncates strings to that many chars', () => {
  // rust: format!("[{:.3}] [{:.2}] [{:>6.2}]", "truncate", "日本語", "abc")
  assert.equal(format('[{:.3}] [{:.2}] [{:>6.2}]', ['truncate', '日本語', 'abc']), '[tru] [日本] [    ab]');
});

test('precision is ignored for integers', () => {
  // rust: format!("{:.3}", 7)
  assert.equal(format('{:.3}', [7]), '7');
});

test('precision rounds floats half to even on an exact tie', () => {
  // rust: format!("{:.0} {:.0} {:.0} {:.1}", 0.5, 1.5, 2.5, 0.25)
  assert.equal(format('{:.0} {:.0} {:.0} {:.1}', [0.5, 1.5, 2.5, 0.25]), '0 2 2 0.2');
});

test('precision rounds the exact binary value, not its shortest decimal', () => {
  // rust: format!("{:.2} {:.2}", 1.005, 2.675)
  assert.equal(format('{:.2} {:.2}', [1.005, 2.675]), '1.00 2.67');
});

test('precision shows the digits of the exact binary value', () => {
  // rust: format!("{:.3} {:.20}", 1.5, 0.1)
  assert.equal(format('{:.3} {:.20}', [1.5, 0.1]), '1.500 0.10000000000000000555');
});

test('a negative float that rounds to zero keeps its minus sign', () => {
  // rust: format!("{:.1}", -0.01)
  assert.equal(format('{:.1}', [-0.01]), '-0.0');
});

test('precision in Debug rounds like Display', () => {
  // rust: format!("{:.2?}", 3.14159)
  assert.equal(format('{:.2?}', [3.14159]), '3.14');
});

// Sign, radix and exponent

test('+ shows the sign of non-negative numbers, but not of NaN', () => {
  // rust: format!("{:+} {:+} {:+} {:+}", 42, 0.0, f64::NAN, f64::INFINITY)
  assert.equal(format('{:+} {:+} {:+} {:+}', [42, f64(0), NaN, Infinity]), '+42 +0 NaN +inf');
});

test('x, X, o and b print integers in hexadecimal, octal and binary', () => {
  // rust: format!("{:x} {:X} {:o} {:b}", 255, 255, 8, 5)
  assert.equal(format('{:x} {:X} {:o} {:b}', [255, 255, 8, 5]), 'ff FF 10 101');
});

test('# adds the 0x, 0o and 0b prefixes', () => {
  // rust: format!("{:#x} {:#X} {:#o} {:#b}", 255, 255, 8, 5)
  assert.equal(format('{:#x} {:#X} {:#o} {:#b}', [255, 255, 8, 5]), '0xff 0xFF 0o10 0b101');
});

test("a negative integer in hexadecimal is its two's complement as an i32", () => {
  // rust: format!("{:x} {:b}", -1, -2i8 as i32)
  assert.equal(format('{:x} {:b}', [-1, -2]), 'ffffffff 11111111111111111111111111111110');
});

test('a negative integer beyond i32 is taken as an i64, a bigint beyond i64 as an i128', () => {
  // rust: format!("{:x} {:x}", -1i64 << 40, -1i128 << 100)
  assert.equal(format('{:x} {:x}', [-(2 ** 40), -(2n ** 100n)]), 'ffffff0000000000 fffffff0000000000000000000000000');
});

test('hexadecimal of a float is rejected as rustc rejects it', () => {
  assert.throws(() => format('{:x}', [1.5]), { message: "`f64` doesn't implement `std::fmt::LowerHex`" });
});

test('{:e} and {:E} print a float in scientific notation', () => {
  // rust: format!("{:e} {:E} {:e} {:e}", 1234.5, 0.00012, 0.0, 1.0)
  assert.equal(format('{:e} {:E} {:e} {:e}', [1234.5, 0.00012, f64(0), f64(1)]), '1.2345e3 1.2E-4 0e0 1e0');
});

test('{:e} of an integer drops trailing zeros', () => {
  // rust: format!("{:e} {:e}", 1200, 0)
  assert.equal(format('{:e} {:e}', [1200, 0]), '1.2e3 0e0');
});

test('{:.Ne} keeps N digits after the point, rounding half to even', () => {
  // rust: format!("{:.2e} {:.2e} {:.1e} {:.3e}", 1235, 1225, 2.25, 1.0)
  assert.equal(format('{:.2e} {:.2e} {:.1e} {:.3e}', [1235, 1225, 2.25, f64(1)]), '1.24e3 1.22e3 2.2e0 1.000e0');
});

// Arguments

test('positional arguments can be used in any order, and more than once', () => {
  // rust: format!("{1} {0} {1}", "a", "b")
  assert.equal(format('{1} {0} {1}', ['a', 'b']), 'b a b');
});

test('implicit positions count on from the first whatever the explicit ones are', () => {
  // rust: format!("{1} {} {}", "a", "b")
  assert.equal(format('{1} {} {}', ['a', 'b']), 'b a b');
});

test('named arguments and captured identifiers come from the named record', () => {
  // rust: format!("{name} is {age:?}", name = "Ferris", age = 7)
  assert.equal(format('{name} is {age:?}', [], { name: 'Ferris', age: 7 }), 'Ferris is 7');
});

test('width and precision can come from positional or named arguments', () => {
  // rust: format!("[{:1$}] [{2:>w$.p$}]", "ab", 5, 3.14159, w = 6, p = 2)
  assert.equal(format('[{:1$}] [{2:>w$.p$}]', ['ab', 5, 3.14159], { w: 6, p: 2 }), '[ab   ] [  3.14]');
});

test('.* takes the precision from the next position, then the value', () => {
  // rust: format!("{:.*} {}", 2, 1.23456, "next")
  assert.equal(format('{:.*} {}', [2, 1.23456, 'next']), '1.23 next');
});

test('a named value with .* takes its precision from the next position', () => {
  // rust: format!("{}, {name:.*}", "Hello", 3, name = 1234.56)
  assert.equal(format('{}, {name:.*}', ['Hello', 3], { name: 1234.56 }), 'Hello, 1234.560');
});

test('doubled braces print one brace', () => {
  // rust: format!("{{}} {{{}}}", 1)
  assert.equal(format('{{}} {{{}}}', [1]), '{} {1}');
});

// Errors rustc reports at compile time

test('an unmatched } is rejected', () => {
  assert.throws(() => format('a } b'), { message: 'format!("a } b"): invalid format string: unmatched `}` found' });
});

test('an unterminated { is rejected', () => {
  assert.throws(() => format('a {', [1]), {
    message: 'format!("a {"): invalid format string: expected `}` but string was terminated',
  });
});

test('more {} than positional arguments is rejected', () => {
  assert.throws(() => format('{} {}', [1]), {
    message: 'format!("{} {}"): 2 positional arguments in format string, but there is 1 argument',
  });
});

test('a reference to a missing positional argument is rejected', () => {
  assert.throws(() => format('{2}', [1, 2]), {
    message: 'format!("{2}"): invalid reference to positional argument 2 (there are 2 arguments)',
  });
});

test('an unused positional argument is rejected', () => {
  assert.throws(() => format('{}', [1, 2]), { message: 'format!("{}"): argument 1 never used' });
});

test('a missing named argument is rejected', () => {
  assert.throws(() => format('{who}', [], {}), { message: 'format!("{who}"): there is no argument named `who`' });
});

test('an unknown format trait is rejected', () => {
  assert.throws(() => format('{:d}', [1]), { message: 'format!("{:d}"): unknown format trait `d`' });
});

test('a width argument that is not a usize is rejected', () => {
  assert.throws(() => format('{:1$}', ['a', -1]), {
    message: 'format!("{:1$}"): the width argument must be a usize, not -1',
  });
});

// Values

test('char takes exactly one code point, as a string or a number', () => {
  assert.equal(char('😀').codePoint, 0x1f600);
  assert.equal(char(0x61).codePoint, 0x61);
  assert.throws(() => char('ab'), RangeError);
  assert.throws(() => char(0xd800), RangeError);
});
