// Differential test: the same values formatted by real Go 1.23 and by runtime/src/fmt/go.ts.
// One Go program (fmt-go/types.go plus a generated main.go) prints every case; each output
// must equal ours byte for byte. Go's addresses are not deterministic, so no case prints one.
import { after, before, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  box,
  float64,
  formatErrorf,
  formatPanicValue,
  ptr,
  sprint,
  sprintf,
  sprintln,
} from '../../runtime/src/fmt/go.js';
import { complex } from '../../runtime/src/go/cmplx.js';
import { floatBits, floatFromBits, randomIntFrom, seededRandom } from '../support/random-values.js';
import { findGo, GO_MISSING } from '../support/go-toolchain.js';

const SEPARATOR = '\x1e';
const GO_TYPE = Symbol.for('chan2ts.goType');
const CHAN_TAG = Symbol.for('chan2ts.chan');

// TypeScript twins of the types in fmt-go/types.go.
class T {
  constructor(
    public X: number,
    public Y: string,
  ) {}
}
class Worker {
  constructor(
    public ID: number,
    public Name: string,
    public Busy: boolean,
    public Load: number,
  ) {}
}
class MyErr {
  constructor(public Code: number) {}
  Error(): string {
    return sprintf('code %d', this.Code);
  }
}
class Celsius {
  constructor(public Deg: number) {}
  String(): string {
    return sprintf('%d°C', this.Deg);
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
class Pair {
  constructor(
    public Key: string,
    public Val: unknown,
  ) {}
}
class Matrix {
  constructor(public Rows: number[][]) {}
}
class GoS {
  GoString(): string {
    return 'custom';
  }
}
class Boom {
  String(): string {
    throw new Error('boom');
  }
}
/** errors.New */
class ErrorString {
  readonly [GO_TYPE] = '*errors.errorString';
  constructor(public s: string) {}
  Error(): string {
    return this.s;
  }
}
/** fmt.Errorf's message, in an error value. */
function errorf(format: string, ...args: unknown[]): ErrorString {
  return new ErrorString(formatErrorf(format, ...args).message);
}
const errBoom = new ErrorString('boom');
const intChan = { [CHAN_TAG]: true, [GO_TYPE]: 'chan int' };
const nilT = Object.assign(ptr(null), { [GO_TYPE]: '*main.T' });

interface Case {
  go: string;
  ts: () => string;
}

const r = String.raw;

const TABLE: Case[] = [
  // Print and Println spacing
  { go: r`fmt.Sprint("a", 1, 2, "b", "c", 3.5, true, nil)`, ts: () => sprint('a', 1, 2, 'b', 'c', 3.5, true, null) },
  { go: r`fmt.Sprintln("worker", 1, "finished job", 42)`, ts: () => sprintln('worker', 1, 'finished job', 42) },
  { go: r`fmt.Sprint(1, 2, 3)`, ts: () => sprint(1, 2, 3) },
  { go: r`fmt.Sprint("x", "y", 1, "z")`, ts: () => sprint('x', 'y', 1, 'z') },
  { go: r`fmt.Sprintln()`, ts: () => sprintln() },
  { go: r`fmt.Sprint()`, ts: () => sprint() },
  {
    go: r`fmt.Sprint(errors.New("e1"), errors.New("e2"))`,
    ts: () => sprint(new ErrorString('e1'), new ErrorString('e2')),
  },
  {
    go: r`fmt.Sprintln("received:", 1, "from", "ch1", []int{1, 2})`,
    ts: () => sprintln('received:', 1, 'from', 'ch1', [1, 2]),
  },
  { go: r`func() string { a, b := 0.1, 0.2; return fmt.Sprint(a + b) }()`, ts: () => sprint(0.1 + 0.2) },
  // tutorial-style lines
  { go: r`fmt.Sprintf("worker %d started job %d", 1, 3)`, ts: () => sprintf('worker %d started job %d', 1, 3) },
  {
    go: r`fmt.Sprintf("Worker %d: processing %s", 2, "task-7")`,
    ts: () => sprintf('Worker %d: processing %s', 2, 'task-7'),
  },
  { go: r`fmt.Sprintf("result: %v, err: %v", 42, nil)`, ts: () => sprintf('result: %v, err: %v', 42, null) },
  { go: r`fmt.Sprintf("%-10s %5d %8.2f", "item", 3, 9.5)`, ts: () => sprintf('%-10s %5d %8.2f', 'item', 3, 9.5) },
  { go: r`fmt.Sprintf("elapsed: %dms", 150)`, ts: () => sprintf('elapsed: %dms', 150) },
  { go: r`fmt.Sprintf("sum=%d avg=%.2f", 10, 2.5)`, ts: () => sprintf('sum=%d avg=%.2f', 10, 2.5) },
  { go: r`fmt.Sprintf("%3d%%", 75)`, ts: () => sprintf('%3d%%', 75) },
  { go: r`fmt.Sprintf("[%s]", strings.Repeat("=", 5))`, ts: () => sprintf('[%s]', '='.repeat(5)) },
  {
    go: r`fmt.Sprintf("%d items: %v", 3, map[string]int{"b": 2, "a": 1, "c": 3})`,
    ts: () =>
      sprintf(
        '%d items: %v',
        3,
        new Map([
          ['b', 2],
          ['a', 1],
          ['c', 3],
        ]),
      ),
  },
  { go: r`fmt.Sprintf("%x", 3735928559)`, ts: () => sprintf('%x', 3735928559) },
  { go: r`fmt.Sprintf("%v", int64(1)<<62)`, ts: () => sprintf('%v', 2 ** 62) },
  // integers
  { go: r`fmt.Sprintf("%d|%d", 42, -42)`, ts: () => sprintf('%d|%d', 42, -42) },
  { go: r`fmt.Sprintf("%5d|%-5d|%05d", 42, 42, -42)`, ts: () => sprintf('%5d|%-5d|%05d', 42, 42, -42) },
  {
    go: r`fmt.Sprintf("%x %X %o %O %b", 3054, 3054, 64, 64, 10)`,
    ts: () => sprintf('%x %X %o %O %b', 3054, 3054, 64, 64, 10),
  },
  {
    go: r`fmt.Sprintf("%#x %#X %#o %#b %#O", 255, 255, 8, 5, 8)`,
    ts: () => sprintf('%#x %#X %#o %#b %#O', 255, 255, 8, 5, 8),
  },
  { go: r`fmt.Sprintf("%+d % d %+d % d", 5, 5, -5, -5)`, ts: () => sprintf('%+d % d %+d % d', 5, 5, -5, -5) },
  {
    go: r`fmt.Sprintf("%.3d|%8.3d|%-8.3d|%08.3d", 7, -7, 7, 7)`,
    ts: () => sprintf('%.3d|%8.3d|%-8.3d|%08.3d', 7, -7, 7, 7),
  },
  {
    go: r`fmt.Sprintf("%v %d", int64(1)<<53+1, uint64(18446744073709551615))`,
    ts: () => sprintf('%v %d', 2n ** 53n + 1n, 18446744073709551615n),
  },
  { go: r`fmt.Sprintf("%#v %x", uint64(1)<<63, int64(-1))`, ts: () => sprintf('%#v %x', 2n ** 63n, -1n) },
  { go: r`fmt.Sprintf("%T %T %T", 42, int64(42), uint64(1)<<63)`, ts: () => sprintf('%T %T %T', 42, 42n, 2n ** 63n) },
  { go: r`fmt.Sprintf("%08b|%-8x|%8X|", 5, 255, 255)`, ts: () => sprintf('%08b|%-8x|%8X|', 5, 255, 255) },
  { go: r`fmt.Sprintf("%x|%X|%#x", -255, -3054, -1)`, ts: () => sprintf('%x|%X|%#x', -255, -3054, -1) },
  { go: r`fmt.Sprintf("%d", []int{1, 2, 3})`, ts: () => sprintf('%d', [1, 2, 3]) },
  // runes
  { go: r`fmt.Sprintf("%c%c%c", 'G', 'o', '☺')`, ts: () => sprintf('%c%c%c', 71, 111, 0x263a) },
  {
    go: r`fmt.Sprintf("%q %q %+q %q %q", 'x', '\n', 'é', 0x7f, 0x200b)`,
    ts: () => sprintf('%q %q %+q %q %q', 120, 10, 0xe9, 0x7f, 0x200b),
  },
  {
    go: r`fmt.Sprintf("%U %#U %#U %.6U", 0x1F600, 'ä', 0x7f, 'A')`,
    ts: () => sprintf('%U %#U %#U %.6U', 0x1f600, 0xe4, 0x7f, 65),
  },
  {
    go: r`fmt.Sprintf("%c|%q|%+q|%5c|%-4q|", 0x1F600, 0x1F600, 0x1F600, 'x', 'y')`,
    ts: () => sprintf('%c|%q|%+q|%5c|%-4q|', 0x1f600, 0x1f600, 0x1f600, 120, 121),
  },
  // floats
  {
    go: r`fmt.Sprintf("%v|%.2f|%5.2f|%8.3f|%-8.3f|", 3.14, 3.14159, 3.14159, 2.71828, 2.71828)`,
    ts: () => sprintf('%v|%.2f|%5.2f|%8.3f|%-8.3f|', 3.14, 3.14159, 3.14159, 2.71828, 2.71828),
  },
  {
    go: r`fmt.Sprintf("%e %E %.2e %+.3e", 123456.789, 0.000123, 9.999, -1234.5)`,
    ts: () => sprintf('%e %E %.2e %+.3e', 123456.789, 0.000123, 9.999, -1234.5),
  },
  {
    go: r`fmt.Sprintf("%g %g %g %.3g %G", 100000.0, 1000000.0, 0.0001, 3.14159, 1e-10)`,
    ts: () => sprintf('%g %g %g %.3g %G', float64(100000), float64(1000000), 0.0001, 3.14159, 1e-10),
  },
  {
    go: r`fmt.Sprintln(1e100, 5e-324, 1.7976931348623157e308, 123456789.0, 1e21, 100.0)`,
    ts: () => sprintln(float64(1e100), 5e-324, float64(1.7976931348623157e308), float64(123456789), 1e21, 100),
  },
  {
    go: r`fmt.Sprintf("%.1f %.2f %.0f %.0f %.3f", 0.05, 2.675, 2.5, 3.5, 1.0005)`,
    ts: () => sprintf('%.1f %.2f %.0f %.0f %.3f', 0.05, 2.675, 2.5, 3.5, 1.0005),
  },
  { go: r`fmt.Sprintf("%6.2f%%", 99.5)`, ts: () => sprintf('%6.2f%%', 99.5) },
  {
    go: r`fmt.Sprintf("%#.4g %#g %#.0f %#e", 1.0, 123.0, 5.0, 2.0)`,
    ts: () => sprintf('%#.4g %#g %#.0f %#e', float64(1), float64(123), float64(5), float64(2)),
  },
  {
    go: r`fmt.Sprintf("%x %X %.2x %b", 1.0, 255.5, 1.999, 1.0)`,
    ts: () => sprintf('%x %X %.2x %b', float64(1), 255.5, 1.999, float64(1)),
  },
  {
    go: r`fmt.Sprintf("%v %v %5.1f %+v % v", math.Inf(1), math.NaN(), math.Inf(-1), math.NaN(), math.Inf(1))`,
    ts: () => sprintf('%v %v %5.1f %+v % v', Infinity, NaN, -Infinity, NaN, Infinity),
  },
  {
    go: r`fmt.Sprintf("%.2f %v", math.Copysign(0, -1), math.Copysign(0, -1))`,
    ts: () => sprintf('%.2f %v', float64(-0), float64(-0)),
  },
  {
    go: r`fmt.Sprintf("%6.3v|%.3v|%10.4e|", 3.14159, 1234.5678, 1234.5678)`,
    ts: () => sprintf('%6.3v|%.3v|%10.4e|', 3.14159, 1234.5678, 1234.5678),
  },
  {
    go: r`fmt.Sprintf("%08.3f|%+08.2f|% 08.2f|%-08.2f|", -3.5, 3.5, 3.5, 3.5)`,
    ts: () => sprintf('%08.3f|%+08.2f|% 08.2f|%-08.2f|', -3.5, 3.5, 3.5, 3.5),
  },
  { go: r`fmt.Sprintf("%e %f %g", 1.0, 2.0, 3.0)`, ts: () => sprintf('%e %f %g', 1, 2, 3) },
  {
    go: r`fmt.Sprintf("%v %.1f %6.2f", []float64{1.5, 2, 3.25}, []float64{1, 2.25}, []float64{3.14159, 2})`,
    ts: () => sprintf('%v %.1f %6.2f', [1.5, 2, 3.25], [1, 2.25], [3.14159, 2]),
  },
  {
    go: r`fmt.Sprintf("%v %T", []float64{1e6, 0.5}, []float64{1, 2.5})`,
    ts: () => sprintf('%v %T', [1e6, 0.5], [1, 2.5]),
  },
  // strings
  { go: r`fmt.Sprintf("%s|%v|%q", "hello", "", "hello\n")`, ts: () => sprintf('%s|%v|%q', 'hello', '', 'hello\n') },
  {
    go: r`fmt.Sprintf("%x|% x|%X|%#x|%# x", "hello", "hi", "héllo", "hi", "hi")`,
    ts: () => sprintf('%x|% x|%X|%#x|%# x', 'hello', 'hi', 'héllo', 'hi', 'hi'),
  },
  {
    go: r`fmt.Sprintf("%10s|%-10s|%-4s|%4s|", "go", "go", "日本", "日本")`,
    ts: () => sprintf('%10s|%-10s|%-4s|%4s|', 'go', 'go', '日本', '日本'),
  },
  {
    go: r`fmt.Sprintf("%.2s|%5.1s|%.0s|%.5s", "日本語", "日本語", "abc", "ab")`,
    ts: () => sprintf('%.2s|%5.1s|%.0s|%.5s', '日本語', '日本語', 'abc', 'ab'),
  },
  {
    go: r`fmt.Sprintf("%q %+q %#q %#q %#q", "日本語", "日本語", "back` + '`' + r`tick", "raw", "\ufeff")`,
    ts: () => sprintf('%q %+q %#q %#q %#q', '日本語', '日本語', 'back`tick', 'raw', '\ufeff'),
  },
  {
    go: r`fmt.Sprintf("%q", "\x00\x01\a\b\f\n\r\t\v\x7f\"\\")`,
    ts: () => sprintf('%q', '\x00\x01\x07\b\f\n\r\t\v\x7f"\\'),
  },
  {
    go: r`fmt.Sprintf("%q %q %q %+q", "\u200b", "\u00a0", "\U0001F600", "\U0001F600")`,
    ts: () => sprintf('%q %q %q %+q', '\u200b', '\u00a0', '\u{1F600}', '\u{1F600}'),
  },
  {
    go: r`fmt.Sprintf("%x|%5x|%q|%8q|%-8q|", "", "", "", "a", "a")`,
    ts: () => sprintf('%x|%5x|%q|%8q|%-8q|', '', '', '', 'a', 'a'),
  },
  {
    go: r`fmt.Sprintf("%.2x|%.1X|% .2x", "hello", "hello", "hello")`,
    ts: () => sprintf('%.2x|%.1X|% .2x', 'hello', 'hello', 'hello'),
  },
  {
    go: r`fmt.Sprintf("%s %q %v", []string{"a", "b"}, []string{"a b", "c"}, [][]string{{"x"}, {"y", "z"}})`,
    ts: () => sprintf('%s %q %v', ['a', 'b'], ['a b', 'c'], [['x'], ['y', 'z']]),
  },
  {
    go: r`fmt.Sprintf("%.3v|%05s|%-05s|", "hello", "go", "go")`,
    ts: () => sprintf('%.3v|%05s|%-05s|', 'hello', 'go', 'go'),
  },
  // bools
  {
    go: r`fmt.Sprintf("%t %v %6t| %-6t|", true, false, true, false)`,
    ts: () => sprintf('%t %v %6t| %-6t|', true, false, true, false),
  },
  { go: r`fmt.Sprintf("%d %s %q", true, false, true)`, ts: () => sprintf('%d %s %q', true, false, true) },
  // slices
  {
    go: r`fmt.Sprintf("%v %v %v", []int{1, 2, 3}, []int{}, [][]int{{1, 2}, {3}})`,
    ts: () => sprintf('%v %v %v', [1, 2, 3], [], [[1, 2], [3]]),
  },
  {
    go: r`fmt.Sprintf("%x %5d %03d", []int{10, 255}, []int{1, 22}, []int{-1, 2})`,
    ts: () => sprintf('%x %5d %03d', [10, 255], [1, 22], [-1, 2]),
  },
  { go: r`fmt.Sprintf("%v", []any{1, "a", nil, 2.5, true})`, ts: () => sprintf('%v', [1, 'a', null, 2.5, true]) },
  {
    go: r`fmt.Sprintf("%T %T %T", []any{1, "a"}, []int{1}, [][]string{{"a"}})`,
    ts: () => sprintf('%T %T %T', [1, 'a'], [1], [['a']]),
  },
  {
    go: r`fmt.Sprintf("%#v %#v %#v", []int{1, 2}, []string{"a"}, []any{1, "a", nil})`,
    ts: () => sprintf('%#v %#v %#v', [1, 2], ['a'], [1, 'a', null]),
  },
  { go: r`fmt.Sprintf("%d %s %z", []string{"a"}, []int{1}, []int{1})`, ts: () => sprintf('%d %s %z', ['a'], [1], [1]) },
  // []byte
  {
    go: r`fmt.Sprintf("%v|%s|%d", []byte("hi"), []byte("héllo"), []byte("hi"))`,
    ts: () =>
      sprintf(
        '%v|%s|%d',
        Uint8Array.of(104, 105),
        Uint8Array.of(104, 0xc3, 0xa9, 108, 108, 111),
        Uint8Array.of(104, 105),
      ),
  },
  {
    go: r`fmt.Sprintf("%x|% X|%#x|%q", []byte{1, 171, 255}, []byte{1, 171, 255}, []byte{1, 171, 255}, []byte("a\"b"))`,
    ts: () =>
      sprintf(
        '%x|% X|%#x|%q',
        Uint8Array.of(1, 171, 255),
        Uint8Array.of(1, 171, 255),
        Uint8Array.of(1, 171, 255),
        Uint8Array.of(97, 34, 98),
      ),
  },
  {
    go: r`fmt.Sprintf("%#v|%T|%.2s|%c|%o", []byte{0, 255}, []byte{}, []byte("héllo"), []byte("ab"), []byte{8, 9})`,
    ts: () =>
      sprintf(
        '%#v|%T|%.2s|%c|%o',
        Uint8Array.of(0, 255),
        new Uint8Array(),
        Uint8Array.of(104, 0xc3, 0xa9, 108, 108, 111),
        Uint8Array.of(97, 98),
        Uint8Array.of(8, 9),
      ),
  },
  {
    go: r`fmt.Sprintf("%v|%s|%#v|%f", [][]byte{[]byte("a")}, [][]byte{[]byte("ab")}, [][]byte{[]byte("a")}, []byte{1})`,
    ts: () =>
      sprintf('%v|%s|%#v|%f', [Uint8Array.of(97)], [Uint8Array.of(97, 98)], [Uint8Array.of(97)], Uint8Array.of(1)),
  },
  {
    go: r`fmt.Sprintf("%q|%s", []byte{0x61, 0xff, 0xe2, 0x82}, []byte{0x61, 0xe2, 0x82, 0xac})`,
    ts: () => sprintf('%q|%s', Uint8Array.of(0x61, 0xff, 0xe2, 0x82), Uint8Array.of(0x61, 0xe2, 0x82, 0xac)),
  },
  // maps
  {
    go: r`fmt.Sprintf("%v", map[int]string{3: "c", 1: "a", 2: "b", -10: "z"})`,
    ts: () =>
      sprintf(
        '%v',
        new Map([
          [3, 'c'],
          [1, 'a'],
          [2, 'b'],
          [-10, 'z'],
        ]),
      ),
  },
  {
    go: r`fmt.Sprintf("%v", map[string][]int{"x": {1}, "a": {2, 3}})`,
    ts: () =>
      sprintf(
        '%v',
        new Map([
          ['x', [1]],
          ['a', [2, 3]],
        ]),
      ),
  },
  {
    go: r`fmt.Sprintf("%+v|%#v", map[string]T{"k": {1, "a"}}, map[string]int{"a": 1, "b": 2})`,
    ts: () =>
      sprintf(
        '%+v|%#v',
        new Map([['k', new T(1, 'a')]]),
        new Map([
          ['a', 1],
          ['b', 2],
        ]),
      ),
  },
  {
    go: r`fmt.Sprintf("%v %v", map[float64]string{2.5: "x", -1.5: "y", 10: "z"}, map[bool]int{true: 1, false: 0})`,
    ts: () =>
      sprintf(
        '%v %v',
        new Map([
          [2.5, 'x'],
          [-1.5, 'y'],
          [10, 'z'],
        ]),
        new Map([
          [true, 1],
          [false, 0],
        ]),
      ),
  },
  {
    go: r`fmt.Sprintf("%d|%x|%v", map[string]int{"a": 1}, map[string]int{"a": 255}, map[string]any{})`,
    ts: () => sprintf('%d|%x|%v', new Map([['a', 1]]), new Map([['a', 255]]), new Map()),
  },
  {
    go: r`fmt.Sprintf("%v %T", map[string]bool{"é": true, "z": false, "a": true, "Z": true}, map[string][]int{"a": {1}})`,
    ts: () =>
      sprintf(
        '%v %T',
        new Map([
          ['é', true],
          ['z', false],
          ['a', true],
          ['Z', true],
        ]),
        new Map([['a', [1]]]),
      ),
  },
  {
    go: r`fmt.Sprintf("%v", map[string]map[string]int{"b": {"y": 2, "x": 1}, "a": {}})`,
    ts: () =>
      sprintf(
        '%v',
        new Map([
          [
            'b',
            new Map([
              ['y', 2],
              ['x', 1],
            ]),
          ],
          ['a', new Map()],
        ]),
      ),
  },
  // structs
  {
    go: r`fmt.Sprintf("%v|%+v|%#v|%T", T{1, "a"}, T{1, "a"}, T{1, "a"}, T{})`,
    ts: () => sprintf('%v|%+v|%#v|%T', new T(1, 'a'), new T(1, 'a'), new T(1, 'a'), new T(0, '')),
  },
  {
    go: r`fmt.Sprintf("%v|%+v", Worker{1, "w1", true, 2.5}, Worker{2, "w2", false, 0.25})`,
    ts: () => sprintf('%v|%+v', new Worker(1, 'w1', true, 2.5), new Worker(2, 'w2', false, 0.25)),
  },
  { go: r`fmt.Sprintf("%#v", Worker{1, "w1", true, 2.5})`, ts: () => sprintf('%#v', new Worker(1, 'w1', true, 2.5)) },
  {
    go: r`fmt.Sprintf("%v %+v", []T{{1, "a"}, {2, "b"}}, []T{{1, "a"}})`,
    ts: () => sprintf('%v %+v', [new T(1, 'a'), new T(2, 'b')], [new T(1, 'a')]),
  },
  {
    go: r`fmt.Sprintf("%+v|%v|%#v", Pair{"k", []int{1}}, Pair{"k", nil}, Pair{"k", nil})`,
    ts: () => sprintf('%+v|%v|%#v', new Pair('k', [1]), new Pair('k', null), new Pair('k', null)),
  },
  {
    go: r`fmt.Sprintf("%#v", Pair{"k", []any{1, "x", 2.5, T{}}})`,
    ts: () => sprintf('%#v', new Pair('k', [1, 'x', 2.5, new T(0, '')])),
  },
  {
    go: r`fmt.Sprintf("%s|%d|%x", T{1, "a"}, T{1, "a"}, T{255, "hi"})`,
    ts: () => sprintf('%s|%d|%x', new T(1, 'a'), new T(1, 'a'), new T(255, 'hi')),
  },
  {
    go: r`fmt.Sprintf("%v %v %6v", struct{}{}, Matrix{[][]int{{1, 2}, {3, 4}}}, T{1, "a"})`,
    ts: () =>
      sprintf(
        '%v %v %6v',
        {},
        new Matrix([
          [1, 2],
          [3, 4],
        ]),
        new T(1, 'a'),
      ),
  },
  {
    go: r`fmt.Sprintf("%#v|%T", struct{ A int; B string }{1, "x"}, struct{ A []int; b bool }{})`,
    ts: () => sprintf('%#v|%T', { A: 1, B: 'x' }, { A: [0], b: false }),
  },
  {
    go: r`fmt.Sprintf("%08.3f|%+v", struct{ F float64 }{3.14159}, struct{ Inner T; N []int }{T{1, "a"}, []int{1}})`,
    ts: () => sprintf('%08.3f|%+v', { F: 3.14159 }, { Inner: new T(1, 'a'), N: [1] }),
  },
  {
    go: r`fmt.Sprintf("%+v %v", Result{1, nil}, Reading{Celsius{20}, Celsius{21}})`,
    ts: () => sprintf('%+v %v', new Result(1, null), new Reading(new Celsius(20), new Celsius(21))),
  },
  // pointers
  {
    go: r`fmt.Sprintf("%v|%+v|%#v", &T{1, "a"}, &T{1, "a"}, &T{1, "a"})`,
    ts: () => sprintf('%v|%+v|%#v', ptr(new T(1, 'a')), ptr(new T(1, 'a')), ptr(new T(1, 'a'))),
  },
  {
    go: r`fmt.Sprintf("%s|%d|%T", &T{1, "a"}, &T{1, "a"}, &T{})`,
    ts: () => sprintf('%s|%d|%T', ptr(new T(1, 'a')), ptr(new T(1, 'a')), ptr(new T(0, ''))),
  },
  {
    go: r`fmt.Sprintf("%v %v %#v", &[]int{1, 2}, &map[string]int{"a": 1}, &[]string{"x"})`,
    ts: () => sprintf('%v %v %#v', ptr([1, 2]), ptr(new Map([['a', 1]])), ptr(['x'])),
  },
  {
    go: r`fmt.Sprintf("%v|%+v|%#v|%d|%s", (*T)(nil), (*T)(nil), (*T)(nil), (*T)(nil), (*T)(nil))`,
    ts: () => sprintf('%v|%+v|%#v|%d|%s', nilT, nilT, nilT, nilT, nilT),
  },
  {
    go: r`fmt.Sprintf("%v|%s|%+v", &Celsius{5}, &Celsius{6}, &MyErr{7})`,
    ts: () => sprintf('%v|%s|%+v', ptr(new Celsius(5)), ptr(new Celsius(6)), ptr(new MyErr(7))),
  },
  // errors
  {
    go: r`fmt.Sprintf("%v|%s|%q|%x|%10v|%-6v|", errBoom, errBoom, errBoom, errBoom, errBoom, errBoom)`,
    ts: () => sprintf('%v|%s|%q|%x|%10v|%-6v|', errBoom, errBoom, errBoom, errBoom, errBoom, errBoom),
  },
  {
    go: r`fmt.Sprintf("%v|%+v|%#v|%d|%T", MyErr{3}, MyErr{3}, MyErr{3}, MyErr{3}, MyErr{3})`,
    ts: () => sprintf('%v|%+v|%#v|%d|%T', new MyErr(3), new MyErr(3), new MyErr(3), new MyErr(3), new MyErr(3)),
  },
  {
    go: r`fmt.Sprintf("%v %v", []error{errors.New("a"), nil}, struct{ Err error }{errors.New("b")})`,
    ts: () => sprintf('%v %v', [new ErrorString('a'), null], { Err: new ErrorString('b') }),
  },
  {
    go: r`fmt.Sprintf("%#v|%d|%T|%t", errors.New("x"), errors.New("e"), errors.New("x"), errors.New("x"))`,
    ts: () =>
      sprintf('%#v|%d|%T|%t', new ErrorString('x'), new ErrorString('e'), new ErrorString('x'), new ErrorString('x')),
  },
  {
    go: r`fmt.Sprintf("%v", fmt.Errorf("wrap %d: %w", 1, errBoom))`,
    ts: () => sprintf('%v', errorf('wrap %d: %w', 1, errBoom)),
  },
  {
    go: r`fmt.Sprintf("%v", fmt.Errorf("%w + %w (%v) %w", errBoom, MyErr{2}, 3, 4))`,
    ts: () => sprintf('%v', errorf('%w + %w (%v) %w', errBoom, new MyErr(2), 3, 4)),
  },
  {
    go: r`fmt.Sprintf("%w|%v", errBoom, map[string]error{"a": errBoom})`,
    ts: () => sprintf('%w|%v', errBoom, new Map([['a', errBoom]])),
  },
  // Stringers and GoStringers
  {
    go: r`fmt.Sprintf("%v|%s|%d|%q|%x", Celsius{21}, Celsius{21}, Celsius{21}, Celsius{21}, Celsius{21})`,
    ts: () =>
      sprintf('%v|%s|%d|%q|%x', new Celsius(21), new Celsius(21), new Celsius(21), new Celsius(21), new Celsius(21)),
  },
  {
    go: r`fmt.Sprintf("%v|%v|%-6v|%+v", []Celsius{{1}, {2}}, map[string]Celsius{"x": {3}}, Celsius{5}, Celsius{6})`,
    ts: () =>
      sprintf(
        '%v|%v|%-6v|%+v',
        [new Celsius(1), new Celsius(2)],
        new Map([['x', new Celsius(3)]]),
        new Celsius(5),
        new Celsius(6),
      ),
  },
  {
    go: r`fmt.Sprintf("%#v|%v|%#v", GoS{}, GoS{}, Celsius{4})`,
    ts: () => sprintf('%#v|%v|%#v', new GoS(), new GoS(), new Celsius(4)),
  },
  {
    go: r`fmt.Sprintf("%v|%s|%d|%5v|", Boom{}, Boom{}, Boom{}, Boom{})`,
    ts: () => sprintf('%v|%s|%d|%5v|', new Boom(), new Boom(), new Boom(), new Boom()),
  },
  // %T
  {
    go: r`fmt.Sprintf("%T %T %T %T %T", 1, "s", 2.5, true, nil)`,
    ts: () => sprintf('%T %T %T %T %T', 1, 's', 2.5, true, null),
  },
  {
    go: r`fmt.Sprintf("%T %T %T %T", []T{{1, "a"}}, map[string]T{"a": {}}, func() {}, make(chan int))`,
    ts: () => sprintf('%T %T %T %T', [new T(1, 'a')], new Map([['a', new T(0, '')]]), () => undefined, intChan),
  },
  {
    go: r`fmt.Sprintf("%T %T %10T| %-8T|", struct{ A int }{1}, Celsius{}, 1, "x")`,
    ts: () => sprintf('%T %T %10T| %-8T|', { A: 1 }, new Celsius(0), 1, 'x'),
  },
  // nil
  {
    go: r`fmt.Sprintf("%v %d %s %T %x", nil, nil, nil, nil, nil)`,
    ts: () => sprintf('%v %d %s %T %x', null, null, null, null, null),
  },
  {
    go: r`fmt.Sprintf("%5v|%-7v|%v|%v|%v", nil, nil, []any{nil}, error(nil), (chan int)(nil))`,
    ts: () => sprintf('%5v|%-7v|%v|%v|%v', null, null, [null], null, undefined),
  },
  // format errors
  { go: r`fmt.Sprintf("%d %d", 1)`, ts: () => sprintf('%d %d', 1) },
  {
    go: r`fmt.Sprintf("%d", 1, 2, "x", nil, 2.5, []int{1}, T{1, "a"})`,
    ts: () => sprintf('%d', 1, 2, 'x', null, 2.5, [1], new T(1, 'a')),
  },
  { go: r`fmt.Sprintf("%z %!|%ä", 5, 1, "s")`, ts: () => sprintf('%z %!|%ä', 5, 1, 's') },
  { go: r`fmt.Sprintf("abc%")`, ts: () => sprintf('abc%') },
  { go: r`fmt.Sprintf("%-")`, ts: () => sprintf('%-') },
  { go: r`fmt.Sprintf("%.")`, ts: () => sprintf('%.') },
  { go: r`fmt.Sprintf("[%.]|%3.|", 3, 4)`, ts: () => sprintf('[%.]|%3.|', 3, 4) },
  {
    go: r`fmt.Sprintf("%[2]d %[1]d|%[5]d|%[1]d %[1]d", 1, 2)`,
    ts: () => sprintf('%[2]d %[1]d|%[5]d|%[1]d %[1]d', 1, 2),
  },
  {
    go: r`fmt.Sprintf("%[3]*.[2]*[1]f|%[1]*d", 12.0, 2, 6)`,
    ts: () => sprintf('%[3]*.[2]*[1]f|%[1]*d', float64(12), 2, 6),
  },
  {
    go: r`fmt.Sprintf("%[x]d|%[1]2d|%[1].2d|%[0]d|%[]d|%[1", 1)`,
    ts: () => sprintf('%[x]d|%[1]2d|%[1].2d|%[0]d|%[]d|%[1', 1),
  },
  {
    go: r`fmt.Sprintf("%*d|%-*d|%*d|%.*f", 3, 1, 3, 1, -3, 1, 2, 3.14159)`,
    ts: () => sprintf('%*d|%-*d|%*d|%.*f', 3, 1, 3, 1, -3, 1, 2, 3.14159),
  },
  {
    go: r`fmt.Sprintf("%*d|%.*d|%.*d|%*d", "x", 1, "y", 2, -1, 3, 10000000, 4)`,
    ts: () => sprintf('%*d|%.*d|%.*d|%*d', 'x', 1, 'y', 2, -1, 3, 10000000, 4),
  },
  {
    go: r`fmt.Sprintf("%d %s|%s|%t|%q|%c|%d", "a", 1, 3.5, "x", 2.5, "x", 2.5)`,
    ts: () => sprintf('%d %s|%s|%t|%q|%c|%d', 'a', 1, 3.5, 'x', 2.5, 'x', 2.5),
  },
  { go: r`fmt.Sprintf("%v %v|%5%|%v%%", 1, 2, 50)`, ts: () => sprintf('%v %v|%5%|%v%%', 1, 2, 50) },
  { go: r`fmt.Sprintf("%p|%p", 5, "s")`, ts: () => sprintf('%p|%p', 5, 's') },
  { go: r`fmt.Sprintf("%5z|%+z|%#z|%-4z|", 5, 5, 2.5, "s")`, ts: () => sprintf('%5z|%+z|%#z|%-4z|', 5, 5, 2.5, 's') },
  // complex numbers
  {
    go: r`fmt.Sprint(complex(1, -2), 2.25+1i, 3i, complex(0, 0), complex(1e6, -1e-7))`,
    ts: () => sprint(complex(1, -2), complex(2.25, 1), complex(0, 3), complex(0, 0), complex(1e6, -1e-7)),
  },
  {
    go: r`fmt.Sprintf("%.2f|%8.3f|%-14v|%+.1e|%g|%#v", 1+2i, -1.5+0.25i, 1-1i, 3i, complex(1, 2), 2i)`,
    ts: () =>
      sprintf(
        '%.2f|%8.3f|%-14v|%+.1e|%g|%#v',
        complex(1, 2),
        complex(-1.5, 0.25),
        complex(1, -1),
        complex(0, 3),
        complex(1, 2),
        complex(0, 2),
      ),
  },
  {
    go: r`fmt.Sprintf("%v %v %.1f", complex(math.Inf(1), math.NaN()), complex(math.Copysign(0, -1), -0.0), complex(-1, math.Inf(-1)))`,
    ts: () => sprintf('%v %v %.1f', complex(Infinity, NaN), complex(-0, 0), complex(-1, -Infinity)),
  },
  {
    go: r`fmt.Sprintf("%d|%s|%T|%T", 1+2i, 1+2i, 1+2i, complex64(1))`,
    ts: () => sprintf('%d|%s|%T|%T', complex(1, 2), complex(1, 2), complex(1, 2), box(complex(1, 0), 'complex64')),
  },
  {
    go: r`fmt.Sprintf("%v %+v", []complex128{1, 2i}, struct{ Z complex128 }{-1i})`,
    ts: () => sprintf('%v %+v', [complex(1, 0), complex(0, 2)], { Z: complex(0, -1) }),
  },
  // values in interfaces whose Go type their JavaScript value does not tell (boxed)
  {
    go: r`fmt.Sprintf("%v %T|%v %T|%v %T|%v %T", any('x'), any('x'), any(byte(7)), any(byte(7)), any(2.0), any(2.0), any(float32(1.5)), any(float32(1.5)))`,
    ts: () =>
      sprintf(
        '%v %T|%v %T|%v %T|%v %T',
        box(120, 'int32'),
        box(120, 'int32'),
        box(7, 'uint8'),
        box(7, 'uint8'),
        box(2, 'float64'),
        box(2, 'float64'),
        box(1.5, 'float32'),
        box(1.5, 'float32'),
      ),
  },
  {
    go: r`fmt.Sprintln([]any{'a', 1e6, 3.0, uint(3), uint64(1) << 40, int8(-1)})`,
    ts: () =>
      sprintln([
        box(97, 'int32'),
        box(1e6, 'float64'),
        box(3, 'float64'),
        box(3n, 'uint'),
        box(2n ** 40n, 'uint64'),
        box(-1, 'int8'),
      ]),
  },
  {
    go: r`fmt.Sprintf("%v %d %x %T %#v|%v %.2f %T|%v %q %T", any(Weekday(3)), any(Weekday(3)), any(Weekday(255)), any(Weekday(3)), any(Weekday(3)), any(Temp(1e6)), any(Temp(2)), any(Temp(2)), any(userKey("id")), any(userKey("id")), any(userKey("id")))`,
    ts: () =>
      sprintf(
        '%v %d %x %T %#v|%v %.2f %T|%v %q %T',
        box(3, 'main.Weekday', 'int'),
        box(3, 'main.Weekday', 'int'),
        box(255, 'main.Weekday', 'int'),
        box(3, 'main.Weekday', 'int'),
        box(3, 'main.Weekday', 'int'),
        box(1e6, 'main.Temp', 'float64'),
        box(2, 'main.Temp', 'float64'),
        box(2, 'main.Temp', 'float64'),
        box('id', 'main.userKey', 'string'),
        box('id', 'main.userKey', 'string'),
        box('id', 'main.userKey', 'string'),
      ),
  },
  {
    go: r`fmt.Sprint("k", any(userKey("id")), any(Weekday(1)), any(Weekday(2)), any(userKey("x")), "end")`,
    ts: () =>
      sprint(
        'k',
        box('id', 'main.userKey', 'string'),
        box(1, 'main.Weekday', 'int'),
        box(2, 'main.Weekday', 'int'),
        box('x', 'main.userKey', 'string'),
        'end',
      ),
  },
  {
    go: r`fmt.Sprintf("%v %+v", Pair{"w", Weekday(4)}, map[string]any{"t": Temp(0.5), "r": 'r'})`,
    ts: () =>
      sprintf(
        '%v %+v',
        new Pair('w', box(4, 'main.Weekday', 'int')),
        new Map([
          ['t', box(0.5, 'main.Temp', 'float64')],
          ['r', box(114, 'int32')],
        ]),
      ),
  },
];

// Generated cases: many values through many formats, to exercise rounding and layout.

const random = seededRandom(20240611);
const randomInt = (lo: number, hi: number): number => randomIntFrom(random, lo, hi);

function goFloat(v: number): string {
  return `math.Float64frombits(${floatBits(v)})`;
}

function sampleFloats(): number[] {
  const special = [
    0,
    -0,
    5e-324,
    1.7976931348623157e308,
    1e21,
    1e20,
    0.1,
    1 / 3,
    2 / 3,
    123456.789,
    999999.5,
    9.995,
    0.0005,
    1e-5,
    1e-4,
    2.5e-308,
  ];
  const randomBits = Array.from({ length: 30 }, () =>
    floatFromBits(randomInt(0, 0x7fefffff) | (random() < 0.5 ? 0x80000000 : 0), randomInt(0, 0xffffffff)),
  );
  const decimals = Array.from({ length: 30 }, () => randomInt(-1e6, 1e6) / 10 ** randomInt(0, 7));
  const halves = Array.from(
    { length: 20 },
    (_, i) => (i % 2 ? randomInt(0, 1000) + 0.5 : randomInt(0, 4000) / 8) * (i % 3 ? 1 : -1),
  );
  const scales = Array.from({ length: 24 }, (_, i) => 10 ** (i - 10) * (i % 2 ? 1 : 1 + 2 ** -40));
  return [...special, ...randomBits, ...decimals, ...halves, ...scales];
}

const FLOAT_FORMATS = [
  '%v',
  '%e',
  '%.3e',
  '%E',
  '%f',
  '%.2f',
  '%.0f',
  '%.10f',
  '%g',
  '%.4g',
  '%.17g',
  '%G',
  '%x',
  '%.3x',
  '%X',
  '%b',
  '%#g',
  '%#.3x',
  '%+.1e',
  '%12.4f|',
  '%-12.3g|',
  '%012.3f',
  '% .2e',
  '%#v',
  '%8.0e',
];
const INT_FORMATS = [
  '%d',
  '%x',
  '%X',
  '%o',
  '%O',
  '%b',
  '%#x',
  '%#o',
  '%+d',
  '% d',
  '%08d',
  '%-8d|',
  '%.5d',
  '%8.3d',
  '%v',
  '%#v',
];
const RUNE_FORMATS = ['%c', '%q', '%+q', '%U', '%#U', '%5c|'];
const STRING_FORMATS = ['%s', '%q', '%+q', '%#q', '%x', '% X', '%.3s', '%-8s|', '%8q', '%.2q'];

function sampleInts(): number[] {
  const small = Array.from({ length: 20 }, () => randomInt(-300, 300));
  const large = Array.from({ length: 20 }, () => randomInt(-(2 ** 31), 2 ** 31) * 2 ** randomInt(0, 22));
  return [0, 1, -1, 2 ** 53 - 1, -(2 ** 53), ...small, ...large];
}

function sampleRunes(): number[] {
  const spots = [
    0, 7, 9, 10, 31, 32, 39, 92, 127, 128, 0xa0, 0xad, 0xe9, 0x263a, 0x200b, 0xfeff, 0xd800, 0xdfff, 0xfffd, 0x1f600,
    0x10ffff, 0x110000, -1,
  ];
  return [...spots, ...Array.from({ length: 20 }, () => randomInt(0, 0x2ffff))];
}

const ALPHABET = [
  'a',
  'Z',
  ' ',
  '0',
  '"',
  "'",
  '\\',
  '`',
  '\t',
  '\n',
  '\x00',
  '\x7f',
  '\u00e9',
  '\u00a0',
  '\u00ad',
  '\u65e5',
  '\u200b',
  '\ufeff',
  '\u{1f600}',
  '%',
];

function sampleStrings(): string[] {
  return Array.from({ length: 40 }, () =>
    Array.from({ length: randomInt(0, 8) }, () => ALPHABET[randomInt(0, ALPHABET.length - 1)]).join(''),
  );
}

function goString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const r = ch.codePointAt(0)!;
    out += r >= 0x20 && r < 0x7f && ch !== '"' && ch !== '\\' ? ch : `\\U${r.toString(16).padStart(8, '0')}`;
  }
  return out + '"';
}

function generatedCases(): Case[] {
  const cases: Case[] = [];
  for (const v of sampleFloats()) {
    for (const f of FLOAT_FORMATS)
      cases.push({ go: `fmt.Sprintf(${goString(f)}, ${goFloat(v)})`, ts: () => sprintf(f, float64(v)) });
  }
  for (const n of sampleInts()) {
    for (const f of INT_FORMATS) cases.push({ go: `fmt.Sprintf(${goString(f)}, ${n})`, ts: () => sprintf(f, n) });
  }
  for (const r of sampleRunes()) {
    for (const f of RUNE_FORMATS) cases.push({ go: `fmt.Sprintf(${goString(f)}, ${r})`, ts: () => sprintf(f, r) });
  }
  for (const s of sampleStrings()) {
    for (const f of STRING_FORMATS)
      cases.push({ go: `fmt.Sprintf(${goString(f)}, ${goString(s)})`, ts: () => sprintf(f, s) });
  }
  return cases;
}

const GENERATED = generatedCases();

interface PanicCase {
  go: string;
  value: () => unknown;
}

const PANICS: PanicCase[] = [
  { go: 'panic(1.5)', value: () => 1.5 },
  { go: 'panic(-0.000123)', value: () => -0.000123 },
  { go: 'panic(1e300)', value: () => float64(1e300) },
  { go: 'panic(42)', value: () => 42 },
  { go: 'panic(true)', value: () => true },
  { go: 'panic("boom")', value: () => 'boom' },
  { go: 'panic("line1\\nline2")', value: () => 'line1\nline2' },
  { go: 'panic(errBoom)', value: () => errBoom },
  { go: 'panic(fmt.Errorf("wrap: %w", errBoom))', value: () => errorf('wrap: %w', errBoom) },
  { go: 'panic(MyErr{3})', value: () => new MyErr(3) },
  { go: 'panic(Celsius{4})', value: () => new Celsius(4) },
  { go: 'panic(T{1, "a"})', value: () => new T(1, 'a') },
  { go: 'panic(&T{1, "a"})', value: () => ptr(new T(1, 'a')) },
  { go: 'panic([]int{1})', value: () => [1] },
  { go: 'panic((*T)(nil))', value: () => nilT },
  { go: 'panic(nil)', value: () => null },
  { go: 'panic(complex(1.5, -2))', value: () => complex(1.5, -2) },
  { go: "panic('x')", value: () => box(120, 'int32') },
  { go: 'panic(2.0)', value: () => box(2, 'float64') },
  { go: 'panic(uint8(200))', value: () => box(200, 'uint8') },
  { go: 'panic(Weekday(3))', value: () => box(3, 'main.Weekday', 'int') },
  { go: 'panic(Temp(-1.5))', value: () => box(-1.5, 'main.Temp', 'float64') },
  { go: 'panic(userKey("id"))', value: () => box('id', 'main.userKey', 'string') },
];

function goProgram(): string {
  const allCases = [...TABLE, ...GENERATED];
  return `package main

import (
	"errors"
	"fmt"
	"math"
	"os"
	"strings"
)

var _ = errors.New
var _ = math.Pi

func main() {
	if len(os.Args) > 1 {
		panicCase(os.Args[1])
	}
	cases := []string{
${allCases.map((c) => `\t\t${c.go},`).join('\n')}
	}
	fmt.Print(strings.Join(cases, "\\x1e"))
}

func panicCase(which string) {
	switch which {
${PANICS.map((p, i) => `\tcase "${i}":\n\t\t${p.go}`).join('\n')}
	}
}
`;
}

let workDir: string | undefined;
let binary: string | undefined;
let goOutputs: string[] = [];

before(() => {
  const go = findGo()?.path;
  if (!go) return;
  workDir = mkdtempSync(join(tmpdir(), 'chan2ts-fmt-go-'));
  writeFileSync(join(workDir, 'go.mod'), 'module fmtcases\n\ngo 1.23\n');
  copyFileSync(fileURLToPath(new URL('./fmt-go/types.go', import.meta.url)), join(workDir, 'types.go'));
  writeFileSync(join(workDir, 'main.go'), goProgram());
  binary = join(workDir, 'fmtcases');
  // -trimpath keeps the temporary directory out of the build, so Go's build cache hits next time.
  execFileSync(go, ['build', '-trimpath', '-o', binary, '.'], {
    cwd: workDir,
    env: { ...process.env, GOTOOLCHAIN: 'local' },
    stdio: 'pipe',
  });
  goOutputs = execFileSync(binary, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split(SEPARATOR);
});

after(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** Without Go the comparison cannot run: a failure in CI, a skip elsewhere. */
function requireGo(t: TestContext): boolean {
  if (binary) return true;
  if (process.env.CI) assert.fail(GO_MISSING);
  t.skip(GO_MISSING);
  return false;
}

test('Go prints the same as our fmt for every table case', async (t) => {
  if (!requireGo(t)) return;
  assert.equal(goOutputs.length, TABLE.length + GENERATED.length);
  for (const [i, c] of TABLE.entries()) {
    await t.test(c.go, () => assert.equal(c.ts(), goOutputs[i]));
  }
});

test('Go prints the same as our fmt for generated floats, ints, runes and strings', (t) => {
  if (!requireGo(t)) return;
  const mismatches = GENERATED.flatMap((c, i) => {
    const ours = c.ts();
    const theirs = goOutputs[TABLE.length + i];
    return ours === theirs ? [] : [`${c.go}: go ${JSON.stringify(theirs)}, ours ${JSON.stringify(ours)}`];
  });
  assert.deepEqual(mismatches, [], `${mismatches.length} of ${GENERATED.length} differ`);
});

test('Go prints the same panic values as formatPanicValue', (t) => {
  if (!requireGo(t)) return;
  const addresses = /0x[0-9a-f]+/g;
  for (const [i, p] of PANICS.entries()) {
    const run = spawnSync(binary!, [String(i)], { encoding: 'utf8' });
    const printed = run.stderr.slice(0, run.stderr.indexOf('\n\ngoroutine '));
    const ours = `panic: ${formatPanicValue(p.value())}`;
    // Go's addresses vary from run to run; a nil pointer's is always 0x0.
    assert.equal(
      ours.replace(addresses, (a) => (a === '0x0' ? a : 'ADDR')),
      printed.replace(addresses, (a) => (a === '0x0' ? a : 'ADDR')),
      p.go,
    );
  }
});
