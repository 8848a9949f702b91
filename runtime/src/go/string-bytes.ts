// A Go string is bytes; a JavaScript string is UTF-16. A byte that is not part of valid UTF-8
// ("\xff" in a literal, string(b) of any bytes, a cut inside a character) is kept as one lone
// low surrogate, U+DC80 to U+DCFF, so that len, indexing, []byte and string(b) see Go's bytes.

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A byte of 0x80 and above kept as itself, where no high surrogate comes before it (that would be a character). */
const ESCAPED_BYTE = /(?<![\ud800-\udbff])[\udc80-\udcff]/;
const ESCAPED_BYTES = /((?<![\ud800-\udbff])[\udc80-\udcff])/;

/** The string's bytes, as Go stores them. */
export function bytesOfString(s: string): Uint8Array<ArrayBuffer> {
  if (!ESCAPED_BYTE.test(s)) return encoder.encode(s);
  const chunks = s
    .split(ESCAPED_BYTES)
    .map((part, i) => (i % 2 === 1 ? Uint8Array.of(part.charCodeAt(0) - 0xdc00) : encoder.encode(part)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The string of these bytes, as Go's string(b): valid UTF-8 as characters, every other byte kept as itself. */
export function stringFromBytes(bytes: Uint8Array): string {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    let out = '';
    for (let i = 0; i < bytes.length;) {
      const n = sequenceLength(bytes, i);
      out +=
        n === 0 ? String.fromCharCode(0xdc00 + bytes[i]!) : String.fromCodePoint(codePoint(bytes.subarray(i, i + n)));
      i += n || 1;
    }
    return out;
  }
}

/** Whether the code unit at `i` is a byte kept as itself. */
export function isEscapedByte(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0xdc80 || c > 0xdcff) return false;
  const before = i > 0 ? s.charCodeAt(i - 1) : 0;
  return before < 0xd800 || before > 0xdbff;
}

/** The length of the valid UTF-8 sequence at `i` (what Go's utf8.DecodeRune accepts), or 0. */
function sequenceLength(b: Uint8Array, i: number): number {
  const b0 = b[i]!;
  if (b0 < 0x80) return 1;
  const inRange = (k: number, lo = 0x80, hi = 0xbf) => b[i + k] !== undefined && b[i + k]! >= lo && b[i + k]! <= hi;
  if (b0 >= 0xc2 && b0 <= 0xdf) return inRange(1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const second = b0 === 0xe0 ? inRange(1, 0xa0) : b0 === 0xed ? inRange(1, 0x80, 0x9f) : inRange(1);
    return second && inRange(2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const second = b0 === 0xf0 ? inRange(1, 0x90) : b0 === 0xf4 ? inRange(1, 0x80, 0x8f) : inRange(1);
    return second && inRange(2) && inRange(3) ? 4 : 0;
  }
  return 0;
}

function codePoint(seq: Uint8Array): number {
  const lead = seq.length === 1 ? seq[0]! : seq[0]! & (0xff >> (seq.length + 1));
  return seq.subarray(1).reduce((cp, byte) => (cp << 6) | (byte & 0x3f), lead);
}
