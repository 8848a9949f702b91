/**
 * Go's `bytes`: Buffer for writing (a strings.Builder that also gives its bytes) and common
 * functions on []byte, which is a Uint8Array here.
 */
import { stringOfBytes } from './builtins-data.js';
import { bytesOfString } from './string-bytes.js';
import { Builder, compare as compareStrings } from './strings.js';

type Bytes = Uint8Array | null;

export class Buffer extends Builder {
  /** The bytes written (a copy: changing it does not change the buffer). */
  bytes(): Uint8Array {
    return bytesOfString(this.string());
  }
}

export function newBufferString(s: string): Buffer {
  const b = new Buffer();
  b.writeString(s);
  return b;
}

export function newBuffer(buf: Bytes): Buffer {
  const b = new Buffer();
  if (buf) b.write(buf);
  return b;
}

export function equal(a: Bytes, b: Bytes): boolean {
  return compare(a, b) === 0;
}

export function compare(a: Bytes, b: Bytes): number {
  return compareStrings(stringOfBytes(a), stringOfBytes(b));
}

export function contains(b: Bytes, sub: Bytes): boolean {
  return stringOfBytes(b).includes(stringOfBytes(sub));
}

export function hasPrefix(b: Bytes, prefix: Bytes): boolean {
  return stringOfBytes(b).startsWith(stringOfBytes(prefix));
}

export function hasSuffix(b: Bytes, suffix: Bytes): boolean {
  return stringOfBytes(b).endsWith(stringOfBytes(suffix));
}
