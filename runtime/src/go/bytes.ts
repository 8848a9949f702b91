/**
 * Go's `bytes`: Buffer (bytes-buffer.ts) and common functions on []byte, computed on the
 * bytes' text as the strings package does; a []byte result is a new slice.
 */
import { stringOfBytes } from './builtins-data.js';
import { Buffer } from './bytes-buffer.js';
import { byteSlice, type ByteSlice } from './io.js';
import { bytesOfString } from './string-bytes.js';
import * as strings from './strings.js';

export { Buffer } from './bytes-buffer.js';

type Bytes = Uint8Array | readonly number[] | null;

export function newBufferString(s: string): Buffer {
  const b = new Buffer();
  b.writeString(s);
  return b;
}

export function newBuffer(buf: Bytes): Buffer {
  const b = new Buffer();
  b.write(buf);
  return b;
}

const text = stringOfBytes;
const bytesOf = (s: string): ByteSlice => byteSlice(bytesOfString(s));

export function equal(a: Bytes, b: Bytes): boolean {
  return compare(a, b) === 0;
}

export function compare(a: Bytes, b: Bytes): number {
  return strings.compare(text(a), text(b));
}

export function contains(b: Bytes, sub: Bytes): boolean {
  return text(b).includes(text(sub));
}

export function hasPrefix(b: Bytes, prefix: Bytes): boolean {
  return text(b).startsWith(text(prefix));
}

export function hasSuffix(b: Bytes, suffix: Bytes): boolean {
  return text(b).endsWith(text(suffix));
}

export function index(b: Bytes, sep: Bytes): number {
  return strings.index(text(b), text(sep));
}

export function indexByte(b: Bytes, c: number): number {
  return [...(b ?? [])].indexOf(c);
}

export function count(b: Bytes, sep: Bytes): number {
  return strings.count(text(b), text(sep));
}

export function trimSpace(b: Bytes): ByteSlice {
  return bytesOf(strings.trimSpace(text(b)));
}

export function trim(b: Bytes, cutset: string): ByteSlice {
  return bytesOf(strings.trim(text(b), cutset));
}

export function trimPrefix(b: Bytes, prefix: Bytes): ByteSlice {
  return bytesOf(strings.trimPrefix(text(b), text(prefix)));
}

export function trimSuffix(b: Bytes, suffix: Bytes): ByteSlice {
  return bytesOf(strings.trimSuffix(text(b), text(suffix)));
}

export function toUpper(b: Bytes): ByteSlice {
  return bytesOf(strings.toUpper(text(b)));
}

export function toLower(b: Bytes): ByteSlice {
  return bytesOf(strings.toLower(text(b)));
}

export function title(b: Bytes): ByteSlice {
  return bytesOf(strings.title(text(b)));
}

export function repeat(b: Bytes, n: number): ByteSlice {
  return bytesOf(strings.repeat(text(b), n));
}

export function replaceAll(b: Bytes, old: Bytes, replacement: Bytes): ByteSlice {
  return bytesOf(strings.replaceAll(text(b), text(old), text(replacement)));
}

export function equalFold(a: Bytes, b: Bytes): boolean {
  return strings.equalFold(text(a), text(b));
}

export function split(b: Bytes, sep: Bytes): ByteSlice[] {
  return strings.split(text(b), text(sep)).map(bytesOf);
}

export function fields(b: Bytes): ByteSlice[] {
  return strings.fields(text(b)).map(bytesOf);
}

export function join(parts: readonly Bytes[] | null, sep: Bytes): ByteSlice {
  return bytesOf(strings.join((parts ?? []).map(text), text(sep)));
}
