// Differential test: the same values formatted by real Rust and by runtime/src/fmt/rust.ts.
// One Rust program (fmt-rust/types.rs plus a generated main) prints every table case, then
// every generated float and integer case, on its own line (backslashes doubled, newlines as
// \n), then which chars Debug escapes; each line must equal ours byte for byte.
import { after, before, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { floatBits, floatFromBits, randomIntFrom, seededRandom } from '../support/random-values.js';
import {
  char,
  debugString,
  debugStruct,
  debugText,
  debugTuple,
  debugUnit,
  f64,
  format,
  some,
  tuple,
  type NamedArguments,
} from '../../runtime/src/fmt/rust.js';
import { Err, Ok } from '../../runtime/src/tokio/result.js';

const RUSTC_MISSING = 'rustc not found: install Rust (cargo) — see .ci/run';

// TypeScript twins of fmt-rust/types.rs, written as the Rust translator would write them.
class Point {
  constructor(
    public x: number,
    public y: number,
  ) {}
}
class Worker {
  constructor(
    public id: number,
    public name: string,
    public tags: string[],
    public position: Point,
    public last: unknown,
  ) {}
}
class Celsius {
  constructor(public degrees: number) {}
  toString(): string {
    return format('{:.1}°C', [this.degrees]);
  }
}
const unit = debugUnit('Unit');
const meters = (m: number) => debugTuple('Meters', [f64(m)]);
const Message = {
  Quit: debugUnit('Quit'),
  Move: (x: number, y: number) =>
    debugStruct('Move', [
      ['x', x],
      ['y', y],
    ]),
  Write: (s: string) => debugTuple('Write', [s]),
  ChangeColor: (r: number, g: number, b: number) => debugTuple('ChangeColor', [r, g, b]),
};
const Command = {
  Get: (key: string) => debugStruct('Get', [['key', key]]),
  Set: (key: string, val: number[]) =>
    debugStruct('Set', [
      ['key', key],
      ['val', val],
    ]),
};
const secret = debugText('Secret(***)');
const twoLines = debugText('first\nsecond');
/** std::sync::mpsc::SendError's Debug (finish_non_exhaustive) */
const sendError = debugText('SendError { .. }');
const worker = new Worker(7, 'ana', ['io', 'cpu'], new Point(3, -4), some(Message.Move(1, 2)));

interface Case {
  template: string;
  /** The Rust arguments after the template: `1, "a"`, `name = 2` (empty for none). */
  rust: string;
  args?: unknown[];
  named?: NamedArguments;
  /** Rust statements before format!, e.g. the `let x = 5;` a captured `{x}` reads. */
  setup?: string;
}

const r = String.raw;

const c = (template: string, rust: string, args: unknown[] = [], named?: NamedArguments, setup?: string): Case => ({
  template,
  rust,
  args,
  named,
  setup,
});

const TABLE: Case[] = [
  // integers
  c('{}', '42', [42]),
  c('{:?}', '-7', [-7]),
  c('{}', 'u64::MAX', [18446744073709551615n]),
  c('{:?}', 'i128::MIN', [-(2n ** 127n)]),
  c('{} {:?}', '9007199254740993i64, -9007199254740993i64', [9007199254740993n, -9007199254740993n]),
  // floats
  c('{}', '3.0', [f64(3)]),
  c('{:?}', '3.0', [f64(3)]),
  c('{} {:?}', '0.1 + 0.2, 0.1 + 0.2', [0.1 + 0.2, 0.1 + 0.2]),
  c('{} {:?}', '1e21, 1e21', [f64(1e21), f64(1e21)]),
  c('{} {:?}', '1e-7, 1e-7', [1e-7, 1e-7]),
  c('{} {:?}', 'f64::NAN, f64::NAN', [NaN, NaN]),
  c('{} {:?} {} {:?}', 'f64::INFINITY, f64::INFINITY, f64::NEG_INFINITY, f64::NEG_INFINITY', [
    Infinity,
    Infinity,
    -Infinity,
    -Infinity,
  ]),
  c('{} {:?}', '-0.0, -0.0', [f64(-0), f64(-0)]),
  c('{:?} {:?}', '1e16, 1e15', [f64(1e16), f64(1e15)]),
  c('{:?} {:?} {:?}', '0.0001, 0.00009999, 1.5e-10', [0.0001, 0.00009999, 1.5e-10]),
  c('{:?} {:?} {:?}', 'f64::MAX, f64::MIN_POSITIVE, 5e-324', [f64(Number.MAX_VALUE), 2.2250738585072014e-308, 5e-324]),
  c('{}', 'f64::MAX', [f64(Number.MAX_VALUE)]),
  c('{:.2}', '3.14159', [3.14159]),
  c('{:.0} {:.0} {:.0} {:.0}', '0.5, 1.5, 2.5, -0.5', [0.5, 1.5, 2.5, -0.5]),
  c('{:.3} {:.1} {:.2}', '2.0005, 0.25, 1.005', [2.0005, 0.25, 1.005]),
  c('{:.1}', '-0.01', [-0.01]),
  c('{:8.3}|', '-1.5', [-1.5]),
  c('{:08.3} {:08.3}', '3.14159, -3.14159', [3.14159, -3.14159]),
  c('{:+.2} {:+}', '1.0, 2.5', [f64(1), 2.5]),
  c('{:e} {:E}', '1234.5, 0.00012', [1234.5, 0.00012]),
  c('{:.2e} {:.0e}', '123456.0, 2.5', [f64(123456), 2.5]),
  c('{:.20}', '0.1', [0.1]),
  c('{:.1?} {:.3?}', '2.25, 1.0', [2.25, f64(1)]),
  c('{:>10.2}|{:<10?}|', '9.999, 0.5', [9.999, 0.5]),
  // strings
  c('{}', '"hello"', ['hello']),
  c('{:?}', r`"a\"b\n"`, ['a"b\n']),
  c('{:?}', r`"tab\there\\ 'q'"`, ["tab\there\\ 'q'"]),
  c('{:?}', r`"\u{1b}[0m\u{7f}"`, ['\x1b[0m\x7f']),
  c('{:?}', r`"héllo 😀 世界"`, ['héllo 😀 世界']),
  c('{:?}', r`"\0\r\u{200b}\u{301}é"`, ['\0\r\u200b\u0301é']),
  c('{:10}|', '"left"', ['left']),
  c('{:>10}|', '"right"', ['right']),
  c('{:^10}|', '"mid"', ['mid']),
  c('{:*^9}', '"x"', ['x']),
  c('{:.3}', '"truncate"', ['truncate']),
  c('{:>8.3}|', '"truncate"', ['truncate']),
  c('{:-<6}|', '"日本"', ['日本']),
  c('{:10?}|', '"dbg"', ['dbg']),
  c('{:05}|', '"ab"', ['ab']),
  // chars
  c('{} {:?}', "'x', 'x'", [char('x'), char('x')]),
  c('{:?} {:?} {:?} {:?}', r`'\'', '"', '\n', '\u{301}'`, [char("'"), char('"'), char('\n'), char(0x301)]),
  c('{:>3}|{:<3}|', "'c', 'ß'", [char('c'), char('ß')]),
  // bools
  c('{} {:?}', 'true, false', [true, false]),
  c('{:>6}|{:^7?}|', 'true, false', [true, false]),
  // Vec
  c('{:?}', 'vec![1, 2, 3]', [[1, 2, 3]]),
  c('{:?}', 'Vec::<i32>::new()', [[]]),
  c('{:?}', 'vec![vec![1, 2], vec![3]]', [[[1, 2], [3]]]),
  c('{:?}', 'vec!["a", "b"]', [['a', 'b']]),
  c('{:#?}', 'vec![1, 2]', [[1, 2]]),
  c('{:#?}', 'vec![vec![1], vec![]]', [[[1], []]]),
  c('{:5?}|', 'vec![1, 20]', [[1, 20]]),
  c('{:?}', '&[1.0, 2.5][..]', [[f64(1), 2.5]]),
  c('{:?}', 'vec![true]', [[true]]),
  // Option
  c('{:?} {:?}', 'Some(1), None::<i32>', [some(1), undefined]),
  c('{:?} {:?}', 'Some(Some(1)), Some(None::<i32>)', [some(some(1)), some(undefined)]),
  c('{:?}', 'Some("x")', [some('x')]),
  c('{:#?}', 'Some(1)', [some(1)]),
  c('{:?}', 'vec![Some(1), None]', [[some(1), undefined]]),
  c('{:8?}|', 'Some(1.5)', [some(1.5)]),
  // Result
  c('{:?}', 'Ok::<i32, String>(5)', [new Ok(5)]),
  c('{:?}', 'Err::<i32, String>("boom".to_string())', [new Err('boom')]),
  c('{:#?}', 'Ok::<(i32, &str), ()>((1, "a"))', [new Ok(tuple(1, 'a'))]),
  c('{:?}', 'Ok::<(), String>(())', [new Ok(tuple())]),
  c('{:?}', 'Err::<(), _>(std::sync::mpsc::SendError(5))', [new Err(sendError)]),
  // tuples
  c('{:?}', '(1, "a")', [tuple(1, 'a')]),
  c('{:?} {:?}', '(1,), ()', [tuple(1), tuple()]),
  c('{:#?}', '(1, "a")', [tuple(1, 'a')]),
  c('{:?}', "(1, (2.5, 'c'), [true])", [tuple(1, tuple(2.5, char('c')), [true])]),
  c('{:4?}|{:?}', '(), Some(())', [null, some(null)]),
  // maps and sets
  c('{:?}', 'HashMap::from([("a", 1)])', [new Map([['a', 1]])]),
  c('{:#?}', 'HashMap::from([("k", vec![1, 2])])', [new Map([['k', [1, 2]]])]),
  c('{:?}', 'HashMap::<i32, i32>::new()', [new Map()]),
  c('{:?}', 'HashSet::from([1])', [new Set([1])]),
  c('{:?}', 'BTreeMap::from([(3, "c"), (1, "a"), (2, "b")])', [
    new Map([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
    ]),
  ]),
  c('{:#?}', 'BTreeMap::from([(1, Some(Point { x: 1, y: 2 }))])', [new Map([[1, some(new Point(1, 2))]])]),
  // structs and enums
  c('{:?}', 'Point { x: 1, y: 2 }', [new Point(1, 2)]),
  c('{:#?}', 'Point { x: 1, y: 2 }', [new Point(1, 2)]),
  c('{:?} {:#?}', 'Unit, Unit', [unit, unit]),
  c('{:?}', 'Meters(3.0)', [meters(3)]),
  c('{:?}', 'Message::Quit', [Message.Quit]),
  c('{:?}', 'Message::Move { x: 1, y: -1 }', [Message.Move(1, -1)]),
  c('{:?}', 'Message::Write("hi".into())', [Message.Write('hi')]),
  c('{:?}', 'Message::ChangeColor(1, 2, 3)', [Message.ChangeColor(1, 2, 3)]),
  c('{:#?}', 'Message::Move { x: 1, y: -1 }', [Message.Move(1, -1)]),
  c('{:#?}', 'Message::ChangeColor(1, 2, 3)', [Message.ChangeColor(1, 2, 3)]),
  c(
    '{:?}',
    'Worker { id: 7, name: "ana".into(), tags: vec!["io", "cpu"], position: Point { x: 3, y: -4 }, last: Some(Message::Move { x: 1, y: 2 }) }',
    [worker],
  ),
  c(
    '{:#?}',
    'Worker { id: 7, name: "ana".into(), tags: vec!["io", "cpu"], position: Point { x: 3, y: -4 }, last: Some(Message::Move { x: 1, y: 2 }) }',
    [worker],
  ),
  c('{:#?}', 'vec![Point { x: 1, y: 2 }, Point { x: 3, y: 4 }]', [[new Point(1, 2), new Point(3, 4)]]),
  c('{:#?}', 'Command::Set { key: "hello".into(), val: vec![1, 2] }', [Command.Set('hello', [1, 2])]),
  c('{:?}', 'Command::Get { key: "hello".into() }', [Command.Get('hello')]),
  c('{:?} {:#?}', 'Secret, vec![Secret]', [secret, [secret]]),
  c('{:?} {:#?}', 'TwoLines, Some(vec![TwoLines])', [twoLines, some([twoLines])]),
  c('{}', 'Celsius(21.5)', [new Celsius(21.5)]),
  c('{:>12}|', 'Celsius(-3.25)', [new Celsius(-3.25)]),
  c('{:3?}', 'Point { x: 1, y: 2 }', [new Point(1, 2)]),
  c('{:#x?}', 'Point { x: 255, y: 16 }', [new Point(255, 16)]),
  // widths, fill, alignment and sign on numbers
  c('{:5}|{:<5}|{:^5}|', '42, 42, 42', [42, 42, 42]),
  c('{:05} {:05}', '42, -42', [42, -42]),
  c('{:+} {:+05} {:+}', '42, 7, -1', [42, 7, -1]),
  c('{:*>7} {:_<7}|', '-3, 3', [-3, 3]),
  c('{:<05}|{:^+8.1}|', '1, 2.25', [1, 2.25]),
  c('{:.3}', '7', [7]),
  c('{:x} {:X} {:#x} {:#X}', '255, 255, 255, 255', [255, 255, 255, 255]),
  c('{:o} {:#o}', '8, 8', [8, 8]),
  c('{:b} {:#b} {:#010b}', '5, 5, 5', [5, 5, 5]),
  c('{:x} {:#b}', '-1, -2', [-1, -2]),
  c('{:x}', '-1i64 << 40', [-(2 ** 40)]),
  c('{:#x?} {:X?}', 'vec![255, 16], vec![255]', [[255, 16], [255]]),
  c('{:08.2} {:+08.2}', '-0.5, 0.5', [-0.5, 0.5]),
  c('{:e} {:+e} {:.2e} {:E}', '1500, 5, 1234567, 100', [1500, 5, 1234567, 100]),
  c('{:.1e} {:.0e} {:.0e} {:.1e}', '1250, 15, 25, 1251', [1250, 15, 25, 1251]),
  c('{:08} {:<8}|', 'f64::NAN, f64::INFINITY', [NaN, Infinity]),
  // positional, named, captured, and arguments as width or precision
  c('{0} {1} {0}', '"a", "b"', ['a', 'b']),
  c('{1:?} {0}', '"a", "b"', ['a', 'b']),
  c('{name} is {age}', 'name = "Ferris", age = 7', [], { name: 'Ferris', age: 7 }),
  c('{x} and {x:?}', '', [], { x: 'cap' }, 'let x = "cap";'),
  c('{:1$}|', '"ab", 6', ['ab', 6]),
  c('{:.*}', '2, 1.23456', [2, 1.23456]),
  c('{:>width$}|', '"r", width = 4', ['r'], { width: 4 }),
  c('{:.prec$}', '3.14159, prec = 3', [3.14159], { prec: 3 }),
  c('{:>1$.2$}|', '2.0 / 3.0, 9, 3', [2 / 3, 9, 3]),
  c('{:0$}|', '5', [5]),
  c('{{}} {{{}}}', '1', [1]),
  c('{}, `{name:.*}` has 3 fractional digits', '"Hello", 3, name = 1234.56', ['Hello', 3], { name: 1234.56 }),
  c('{:<<5}|{:>>5}|{:^^5}|', '1, 2, 3', [1, 2, 3]),
  // tutorial lines
  c('GOT = {:?}', 'Some("world")', [some('world')]),
  c('got = {:?}', 'Ok::<(), String>(())', [new Ok(null)]),
  c('Worker {} received: {}', '1, "job-3"', [1, 'job-3']),
  c('{:>3}: {:<10} {:>8.2}', '1, "apples", 3.5', [1, 'apples', 3.5]),
  c('task {id} finished in {ms}ms', '', [], { id: 2, ms: 150 }, 'let id = 2; let ms = 150;'),
];

// Generated cases: many values through many formats, to exercise rounding and layout.

const random = seededRandom(20260501);
const randomInt = (lo: number, hi: number): number => randomIntFrom(random, lo, hi);

function sampleFloats(): number[] {
  const special = [
    0,
    -0,
    5e-324,
    1.7976931348623157e308,
    1e21,
    1e16,
    1e-4,
    9.999999999999999e-5,
    0.1,
    1 / 3,
    2 / 3,
    123456.789,
    999999.5,
    9.995,
    0.0005,
    0.125,
    0.375,
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
  const scales = Array.from({ length: 24 }, (_, i) => 10 ** (i - 12) * (i % 2 ? 1 : 1 + 2 ** -40));
  return [...special, ...randomBits, ...decimals, ...halves, ...scales];
}

/** Integers that fit an i32 (the type a negative number is printed as in hex), and larger ones. */
function sampleInts(): { i32: number[]; i64: number[] } {
  const small = Array.from({ length: 20 }, () => randomInt(-300, 300));
  const large = Array.from({ length: 20 }, () => randomInt(-(2 ** 31), 2 ** 31) * 2 ** randomInt(0, 22));
  const all = [0, 1, -1, 2 ** 31 - 1, -(2 ** 31), 2 ** 53 - 1, -(2 ** 53), 1950, 2050, 12345, ...small, ...large];
  const fitsI32 = (n: number) => n >= -(2 ** 31) && n < 2 ** 31;
  return { i32: all.filter(fitsI32), i64: all.filter((n) => !fitsI32(n)) };
}

const FLOAT_FORMATS = [
  '{}',
  '{:?}',
  '{:.0}',
  '{:.2}',
  '{:.10}',
  '{:.2?}',
  '{:e}',
  '{:E}',
  '{:.3e}',
  '{:.0e}',
  '{:12.4}|',
  '{:<12.3?}|',
  '{:+.1}',
  '{:015.5}',
  '{:^+14e}|',
  '{:.17}',
];
const INT_FORMATS = [
  '{}',
  '{:?}',
  '{:x}',
  '{:#X}',
  '{:o}',
  '{:#b}',
  '{:e}',
  '{:.2e}',
  '{:+08}',
  '{:^9}|',
  '{:#012x}',
  '{:x?}',
];

const FLOATS = sampleFloats();
const INTS = sampleInts();

/** One value through one format, printed by a loop of the Rust program. */
interface GeneratedCase {
  rust: string;
  ts: () => string;
}

/** In the order the Rust program's loops print them: format by format, value by value. */
function generatedCases(): GeneratedCase[] {
  const floats = FLOAT_FORMATS.flatMap((f) =>
    FLOATS.map((v) => ({
      rust: `format!(${rustString(f)}, f64::from_bits(${floatBits(v)}))`,
      ts: () => format(f, [f64(v)]),
    })),
  );
  const ints = INT_FORMATS.flatMap((f) =>
    [...INTS.i32.map((n) => [n, 'i32'] as const), ...INTS.i64.map((n) => [n, 'i64'] as const)].map(([n, type]) => ({
      rust: `format!(${rustString(f)}, ${n}${type})`,
      ts: () => format(f, [n]),
    })),
  );
  return [...floats, ...ints];
}

const GENERATED = generatedCases();

/** Rust loops printing every sample through every format, as generatedCases lists them. */
function rustGeneratedLoops(): string {
  const loop = (f: string, values: string) =>
    `    for v in ${values} {\n        println!("{}", escape_line(format!(${rustString(f)}, v)));\n    }`;
  return [
    `    let floats: [f64; ${FLOATS.length}] = [${FLOATS.map(floatBits).join(', ')}].map(f64::from_bits);`,
    `    let i32s: [i32; ${INTS.i32.length}] = [${INTS.i32.join(', ')}];`,
    `    let i64s: [i64; ${INTS.i64.length}] = [${INTS.i64.join(', ')}];`,
    ...FLOAT_FORMATS.map((f) => loop(f, 'floats')),
    ...INT_FORMATS.map((f) => `${loop(f, 'i32s')}\n${loop(f, 'i64s')}`),
  ].join('\n');
}

function rustString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (code < 0x20 || code === 0x7f) out += `\\u{${code.toString(16)}}`;
    else out += ch;
  }
  return out + '"';
}

function rustExpression({ template, rust, setup }: Case): string {
  const call = `format!(${rustString(template)}${rust === '' ? '' : ', ' + rust})`;
  return setup === undefined ? call : `{ ${setup} ${call} }`;
}

function rustProgram(): string {
  return `#![allow(dead_code)]
include!("types.rs");

fn main() {
    let cases: Vec<String> = vec![
${TABLE.map((one) => `        ${rustExpression(one)},`).join('\n')}
    ];
    for case in cases {
        println!("{}", escape_line(case));
    }
${rustGeneratedLoops()}
    println!("{}", escaped_char_ranges());
}
`;
}

/** What escaped_char_ranges in types.rs computes, from our Debug of every char. */
function escapedCharRanges(): string {
  const ranges: string[] = [];
  let start: number | undefined;
  for (let cp = 0; cp <= 0x110000; cp++) {
    const isScalar = cp < 0x110000 && (cp < 0xd800 || cp > 0xdfff);
    const escaped = isScalar && debugString(char(cp)).includes('\\u{');
    if (escaped && start === undefined) start = cp;
    if (!escaped && start !== undefined) {
      ranges.push(`${start.toString(16)}-${(cp - 1).toString(16)}`);
      start = undefined;
    }
  }
  return ranges.join(',');
}

/** What escape_line in types.rs does to one case's output. */
function escapeLine(s: string): string {
  return s.replaceAll('\\', '\\\\').replaceAll('\n', '\\n');
}

function ours({ template, args, named }: Case): string {
  return escapeLine(format(template, args, named));
}

function findRustc(): string | undefined {
  for (const candidate of ['rustc', join(homedir(), '.cargo', 'bin', 'rustc')]) {
    if (spawnSync(candidate, ['--version']).status === 0) return candidate;
  }
  return undefined;
}

let workDir: string | undefined;
let rustLines: string[] = [];

before(() => {
  const rustc = findRustc();
  if (!rustc) return;
  workDir = mkdtempSync(join(tmpdir(), 'chan2ts-fmt-rust-'));
  copyFileSync(fileURLToPath(new URL('./fmt-rust/types.rs', import.meta.url)), join(workDir, 'types.rs'));
  writeFileSync(join(workDir, 'main.rs'), rustProgram());
  const binary = join(workDir, 'fmtcases');
  execFileSync(rustc, ['-O', '-o', binary, 'main.rs'], { cwd: workDir, stdio: 'pipe' });
  rustLines = execFileSync(binary, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\n');
});

after(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** Without rustc the comparison cannot run: a failure in CI, a skip elsewhere. */
function requireRustc(t: TestContext): boolean {
  if (workDir) return true;
  if (process.env.CI === 'true') assert.fail(RUSTC_MISSING);
  t.skip(RUSTC_MISSING);
  return false;
}

test('the table has at least 80 cases', () => {
  assert.ok(TABLE.length >= 80, `${TABLE.length} cases`);
});

test('rustc prints the same as format for every table case', async (t) => {
  if (!requireRustc(t)) return;
  assert.equal(
    rustLines.length,
    TABLE.length + GENERATED.length + 2,
    'one line per case, the escaped chars, and the end',
  );
  for (const [i, one] of TABLE.entries()) {
    await t.test(`format!(${rustString(one.template)}${one.rust === '' ? '' : ', ' + one.rust})`, () => {
      assert.equal(ours(one), rustLines[i]);
    });
  }
});

test('rustc prints the same as format for generated floats and integers', (t) => {
  if (!requireRustc(t)) return;
  const mismatches = GENERATED.flatMap((one, i) => {
    const theirs = rustLines[TABLE.length + i];
    const mine = escapeLine(one.ts());
    return mine === theirs ? [] : [`${one.rust}: rust ${JSON.stringify(theirs)}, ours ${JSON.stringify(mine)}`];
  });
  assert.deepEqual(mismatches, [], `${mismatches.length} of ${GENERATED.length} differ`);
});

test('rustc escapes the same chars in Debug as we do, every Unicode scalar value', (t) => {
  if (!requireRustc(t)) return;
  assert.equal(escapedCharRanges(), rustLines[TABLE.length + GENERATED.length]);
});
