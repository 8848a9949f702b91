// Rust's std::fmt (format!, println!, panic!...), byte for byte as Rust prints.
//
// How Rust values look in JavaScript:
// - integers: integral numbers, or bigints (i64/u64/i128 beyond 2^53). `{:x}`, `{:o}` and
//   `{:b}` of a negative integer print its two's complement as an i32 when it fits, else i64,
//   else i128 (the type is not known here).
// - f64: non-integral numbers, NaN and the infinities are f64s; an f64 that may be integral
//   is `f64(x)` (an F64), so that Debug prints `3.0` where an integer prints `3`.
// - String and &str: strings. char: `char('a')` (a Char). bool: booleans.
// - Vec, arrays and slices: arrays. HashMap/BTreeMap: Map (printed in insertion order).
//   HashSet/BTreeSet: Set. Tuples: `tuple(1, 'a')` (a Tuple). The unit value `()` is null
//   (as runtime/src/tokio/result.ts has it, so that Option<()> tells Some(()) from None);
//   `tuple()` prints as `()` too.
// - Option<T> is `T | undefined`: undefined prints `None`, but a present value cannot be
//   told from a plain T, so Debug of `Some(x)` needs `some(x)` or `option(value)`
//   (`some(undefined)` is `Some(None)`).
// - Debug of anything else: an object with a [RUST_DEBUG]() method returning a
//   RustDebugValue, e.g. Result's Ok:
//       [RUST_DEBUG]() { return { kind: 'tuple-struct', name: 'Ok', fields: [this.value] }; }
//   or a value made by debugStruct / debugTuple / debugUnit / debugText. An instance of a
//   class without that method prints as #[derive(Debug)] would print its own fields:
//   `Point { x: 1, y: 2 }`.
// - Display of anything else: the object's own toString() (a user's `impl fmt::Display`),
//   which ignores width and precision, like an impl that only calls write!.
// Formatting a value whose type lacks the trait throws, as rustc would refuse to compile it.

import { DEFAULT_SPEC, type Spec } from './rust-spec.js';
import {
  parseTemplate,
  templateError,
  type ArgumentRef,
  type Count,
  type Placeholder,
  type Template,
} from './rust-template.js';
import type { Formatter } from './rust-formatter.js';
import { formatWithTrait } from './rust-traits.js';

export { Formatter } from './rust-formatter.js';

export {
  Char,
  char,
  debugStruct,
  debugText,
  debugTuple,
  debugUnit,
  F64,
  f64,
  option,
  RUST_DEBUG,
  some,
  Tuple,
  tuple,
  tupleValue,
  type RustDebuggable,
  type RustDebugValue,
} from './rust-values.js';

export type NamedArguments = Readonly<Record<string, unknown>>;

/**
 * format!(template, args..., name = value...). Captured identifiers (`{x}`) are named
 * arguments too. Throws what rustc would reject: a malformed template, a missing or unused
 * positional argument, a missing named one, a value without the trait asked for.
 */
export function format(template: string, args: readonly unknown[] = [], named: NamedArguments = {}): string {
  const parsed = parseTemplate(template);
  const call: Call = { template, args, named };
  checkArguments(call, parsed);
  let out = '';
  for (const piece of parsed.pieces) out += typeof piece === 'string' ? piece : formatPlaceholder(call, piece);
  return out;
}

/** `format!("{}", value)` */
export function displayString(value: unknown): string {
  return formatWithTrait(value, 'Display', DEFAULT_SPEC);
}

/** `self.0.fmt(f)` in a user's fmt: the value formatted with the caller's flags (width, fill, precision...). */
export function formatThrough(value: unknown, trait: 'Display' | 'Debug', f: Formatter): string {
  return formatWithTrait(value, trait, f.spec);
}

/** `format!("{:?}", value)`, or `{:#?}` when pretty. */
export function debugString(value: unknown, pretty = false): string {
  return formatWithTrait(value, 'Debug', pretty ? { ...DEFAULT_SPEC, alternate: true } : DEFAULT_SPEC);
}

/** One format! call's template and arguments. */
interface Call {
  template: string;
  args: readonly unknown[];
  named: NamedArguments;
}

function checkArguments({ template, args, named }: Call, parsed: Template): void {
  const there = args.length === 1 ? 'there is 1 argument' : `there are ${args.length} arguments`;
  if (parsed.implicitCount > args.length) {
    throw templateError(template, `${parsed.implicitCount} positional arguments in format string, but ${there}`);
  }
  const last = parsed.positions.at(-1);
  if (last !== undefined && last >= args.length) {
    throw templateError(template, `invalid reference to positional argument ${last} (${there})`);
  }
  if (parsed.positions.length < args.length) {
    const unused = args.findIndex((_, i) => !parsed.positions.includes(i));
    throw templateError(template, `argument ${unused} never used`);
  }
  const missing = parsed.names.find((name) => !Object.hasOwn(named, name));
  if (missing !== undefined) throw templateError(template, `there is no argument named \`${missing}\``);
}

function formatPlaceholder(call: Call, placeholder: Placeholder): string {
  const spec: Spec = {
    ...placeholder,
    width: usize(call, placeholder.width, 'width'),
    precision: usize(call, placeholder.precision, 'precision'),
  };
  return formatWithTrait(argument(call, placeholder.argument), placeholder.trait, spec);
}

function argument({ args, named }: Call, ref: ArgumentRef): unknown {
  return typeof ref === 'number' ? args[ref] : named[ref];
}

/** A width or precision: literal, or an argument that must be a usize. */
function usize(call: Call, count: Count | undefined, what: 'width' | 'precision'): number | undefined {
  if (typeof count !== 'object') return count;
  const value = argument(call, count.argument);
  if (typeof value === 'bigint' ? value >= 0n : Number.isInteger(value) && (value as number) >= 0) return Number(value);
  throw templateError(call.template, `the ${what} argument must be a usize, not ${String(value)}`);
}
