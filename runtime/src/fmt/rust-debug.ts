// `{:?}` and `{:#?}`: Rust's Debug, as #[derive(Debug)] and the standard library write it.
// Nested values inherit the whole spec (so `{:5?}` pads every number in a Vec), as in Rust.

import { debugChar, debugStr } from './rust-escape.js';
import { debugFloat } from './rust-float.js';
import { Formatter } from './rust-formatter.js';
import { displayInteger, isInteger, radixInteger, type Integer } from './rust-int.js';
import { pad } from './rust-pad.js';
import type { Spec } from './rust-spec.js';
import {
  Char,
  F64,
  isRustDebuggable,
  isTupleValue,
  missingTrait,
  RUST_DEBUG,
  Tuple,
  type RustDebugValue,
} from './rust-values.js';

export function debug(value: unknown, spec: Spec): string {
  switch (typeof value) {
    case 'undefined':
      return 'None';
    case 'string':
      return debugStr(value);
    case 'boolean':
      return pad(String(value), spec);
    case 'number':
    case 'bigint':
      return isInteger(value) ? debugInteger(value, spec) : debugFloat(value as number, spec);
    case 'object':
      return value === null ? pad('()', spec) : debugObject(value, spec);
  }
  throw missingTrait(value, 'Debug');
}

function debugInteger(n: Integer, spec: Spec): string {
  switch (spec.debugHex) {
    case 'lower':
      return radixInteger(n, 'LowerHex', spec);
    case 'upper':
      return radixInteger(n, 'UpperHex', spec);
    default:
      return displayInteger(n, spec);
  }
}

function debugObject(value: object, spec: Spec): string {
  if (value instanceof F64) return debugFloat(value.value, spec);
  if (value instanceof Char) return debugChar(value.toString());
  if (value instanceof Tuple) return tuple(value.items, spec);
  if (Array.isArray(value)) return isTupleValue(value) ? tuple(value, spec) : list('[', ']', value, spec);
  if (value instanceof Map) return map([...value], spec);
  if (value instanceof Set) return list('{', '}', [...value], spec);
  if (isRustDebuggable(value)) return described(value[RUST_DEBUG](spec.precision), spec);
  if (hasHandWrittenDebug(value)) return value.fmtDebug(new Formatter(spec));
  if (isEnumVariant(value)) return variant(value, spec);
  if (isClassInstance(value)) {
    const fields = Object.entries(value);
    // A tuple struct's fields are named 0, 1, ...: `Name(a, b)`.
    if (fields.length > 0 && fields.every(([key], i) => key === String(i)))
      return tupleStruct(
        value.constructor.name,
        fields.map(([, field]) => field),
        spec,
      );
    return struct(value.constructor.name, fields, spec);
  }
  throw missingTrait(value, 'Debug');
}

function described(description: RustDebugValue, spec: Spec): string {
  switch (description.kind) {
    case 'struct':
      return struct(description.name, description.fields, spec);
    case 'tuple-struct':
      return tupleStruct(description.name, description.fields, spec);
    case 'unit':
      return description.name;
    case 'tuple':
      return tuple(description.items, spec);
    case 'list':
      return list('[', ']', description.items, spec);
    case 'set':
      return list('{', '}', description.items, spec);
    case 'map':
      return map(description.entries, spec);
    case 'text':
      return description.text;
  }
}

/** A Rust enum value as translated: a plain object whose `kind` names the variant. */
function isEnumVariant(value: object): value is { kind: string } {
  return Object.getPrototypeOf(value) === Object.prototype && typeof (value as { kind?: unknown }).kind === 'string';
}

/** `Quit`, `Move(1, 2)` (fields keyed 0, 1, ...) or `Get { key: "a" }`. */
function variant(value: { kind: string }, spec: Spec): string {
  const fields = Object.entries(value).filter(([key]) => key !== 'kind');
  if (fields.length > 0 && fields.every(([key], i) => key === String(i))) {
    return tupleStruct(
      value.kind,
      fields.map(([, v]) => v),
      spec,
    );
  }
  return struct(value.kind, fields, spec);
}

/** An object of a class without a Debug description prints as #[derive(Debug)] on its fields. */
/** A class with a hand-written `impl Debug`: its fmt, translated as fmtDebug(f), gives the text. */
function hasHandWrittenDebug(value: object): value is { fmtDebug(f: Formatter): string } {
  return typeof (value as { fmtDebug?: unknown }).fmtDebug === 'function';
}

function isClassInstance(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype !== null && prototype !== Object.prototype && typeof value.constructor === 'function';
}

function struct(name: string, fields: ReadonlyArray<readonly [string, unknown]>, spec: Spec): string {
  if (fields.length === 0) return name;
  const parts = fields.map(([field, value]) => `${field}: ${debug(value, spec)}`);
  return delimited(`${name} {`, '}', parts, spec, ' ');
}

function tupleStruct(name: string, fields: readonly unknown[], spec: Spec): string {
  if (fields.length === 0) return name;
  const parts = fields.map((value) => debug(value, spec));
  // a one-element tuple keeps its comma: `(1,)`
  const close = name === '' && parts.length === 1 && !spec.alternate ? ',)' : ')';
  return delimited(`${name}(`, close, parts, spec);
}

function tuple(items: readonly unknown[], spec: Spec): string {
  return items.length === 0 ? pad('()', spec) : tupleStruct('', items, spec);
}

function list(open: string, close: string, items: readonly unknown[], spec: Spec): string {
  if (items.length === 0) return open + close;
  return delimited(
    open,
    close,
    items.map((value) => debug(value, spec)),
    spec,
  );
}

function map(entries: ReadonlyArray<readonly [unknown, unknown]>, spec: Spec): string {
  if (entries.length === 0) return '{}';
  const parts = entries.map(([key, value]) => `${debug(key, spec)}: ${debug(value, spec)}`);
  return delimited('{', '}', parts, spec);
}

/** `open a, b close`, or under `{:#?}` one indented line per part, each with a trailing comma. */
function delimited(open: string, close: string, parts: string[], spec: Spec, innerSpace = ''): string {
  if (spec.alternate) return `${open}\n${parts.map((part) => indented(`${part},\n`)).join('')}${close}`;
  return `${open}${innerSpace}${parts.join(', ')}${innerSpace}${close}`;
}

/** Rust's PadAdapter: four spaces before every line, but not after the final newline. */
function indented(text: string): string {
  return '    ' + text.replace(/\n(?!$)/g, '\n    ');
}
