// Bytes to text as std does it: `str::from_utf8` and `String::from_utf8` check the bytes and say
// where they stop being UTF-8 (Utf8Error, FromUtf8Error); `String::from_utf8_lossy` puts U+FFFD
// in place of each bad sequence. Bytes are numbers 0..=255 (a Vec<u8>, a `b"..."` literal).
import { RUST_DEBUG, some, type RustDebugValue } from '../fmt/rust.js';
import { Err, Ok, type Option, type Result } from './result.js';

export class Utf8Error {
  constructor(
    private readonly validUpToIndex: number,
    private readonly errorLength: Option<number>,
  ) {}
  validUpTo(): number {
    return this.validUpToIndex;
  }
  errorLen(): Option<number> {
    return this.errorLength;
  }
  toString(): string {
    return this.errorLength === undefined
      ? `incomplete utf-8 byte sequence from index ${this.validUpToIndex}`
      : `invalid utf-8 sequence of ${this.errorLength} bytes from index ${this.validUpToIndex}`;
  }
  [RUST_DEBUG](): RustDebugValue {
    const errorLen = this.errorLength === undefined ? undefined : some(this.errorLength);
    return {
      kind: 'struct',
      name: 'Utf8Error',
      fields: [
        ['valid_up_to', this.validUpToIndex],
        ['error_len', errorLen],
      ],
    };
  }
}

export class FromUtf8Error {
  constructor(
    private readonly bytes: number[],
    private readonly error: Utf8Error,
  ) {}
  utf8Error(): Utf8Error {
    return this.error;
  }
  intoBytes(): number[] {
    return this.bytes;
  }
  asBytes(): number[] {
    return this.bytes;
  }
  toString(): string {
    return this.error.toString();
  }
  [RUST_DEBUG](): RustDebugValue {
    return {
      kind: 'struct',
      name: 'FromUtf8Error',
      fields: [
        ['bytes', this.bytes],
        ['error', this.error],
      ],
    };
  }
}

const isContinuation = (b: number | undefined): boolean => b !== undefined && b >= 0x80 && b <= 0xbf;

/** The allowed range of a sequence's second byte, by its first (Rust's and Unicode's table); null for a bad first byte. */
function secondByteRange(first: number): [number, number, number] | null {
  if (first >= 0xc2 && first <= 0xdf) return [2, 0x80, 0xbf];
  if (first === 0xe0) return [3, 0xa0, 0xbf];
  if (first === 0xed) return [3, 0x80, 0x9f];
  if (first >= 0xe1 && first <= 0xef) return [3, 0x80, 0xbf];
  if (first === 0xf0) return [4, 0x90, 0xbf];
  if (first >= 0xf1 && first <= 0xf3) return [4, 0x80, 0xbf];
  if (first === 0xf4) return [4, 0x80, 0x8f];
  return null;
}

/** The first error in the bytes, as Rust's validation finds it; null for valid UTF-8. */
function firstError(bytes: readonly number[]): Utf8Error | null {
  let i = 0;
  while (i < bytes.length) {
    const first = bytes[i]!;
    if (first < 0x80) {
      i += 1;
      continue;
    }
    const range = secondByteRange(first);
    if (!range) return new Utf8Error(i, 1);
    const [width, low, high] = range;
    for (let k = 1; k < width; k++) {
      const b = bytes[i + k];
      if (b === undefined) return new Utf8Error(i, undefined);
      const fits = k === 1 ? b >= low && b <= high : isContinuation(b);
      if (!fits) return new Utf8Error(i, k);
    }
    i += width;
  }
  return null;
}

const decode = (bytes: readonly number[]): string => new TextDecoder('utf-8').decode(Uint8Array.from(bytes));

/** `std::str::from_utf8(&bytes)`. */
export function strFromUtf8(bytes: readonly number[]): Result<string, Utf8Error> {
  const error = firstError(bytes);
  return error ? new Err(error) : new Ok(decode(bytes));
}

/** `String::from_utf8(bytes)`: the error keeps the bytes. */
export function stringFromUtf8(bytes: number[]): Result<string, FromUtf8Error> {
  const error = firstError(bytes);
  return error ? new Err(new FromUtf8Error(bytes, error)) : new Ok(decode(bytes));
}

/** `String::from_utf8_lossy(&bytes)`: each maximal bad sequence becomes U+FFFD, as std replaces them. */
export function fromUtf8Lossy(bytes: readonly number[]): string {
  return decode(bytes);
}

/** `s.as_bytes()` / `s.bytes()` / `s.into_bytes()`: the string's UTF-8 bytes. */
export function utf8Bytes(s: string): number[] {
  return [...new TextEncoder().encode(s)];
}
