/** Go's crypto/md5: `md5.Sum(data)`, the MD5 digest of RFC 1321 as a [16]byte (an array of 16 numbers). */

export const size = 16;
export const blockSize = 64;

/** Per-round left rotations, four for each of the four rounds. */
const SHIFTS = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
/** The RFC's table T: floor(2^32 * |sin(i + 1)|). */
const SINES = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) >>> 0);

/** `md5.Sum(data)`: the 16-byte digest. */
export function sum(data: ArrayLike<number> | null): number[] {
  const bytes = data ?? [];
  const blocks = Math.ceil((bytes.length + 9) / blockSize);
  const message = new Uint8Array(blocks * blockSize);
  message.set(bytes);
  message[bytes.length] = 0x80;
  // The length in bits, little-endian, in the last 8 bytes.
  const bits = bytes.length * 8;
  const view = new DataView(message.buffer);
  view.setUint32(message.length - 8, bits >>> 0, true);
  view.setUint32(message.length - 4, Math.floor(bits / 2 ** 32), true);
  const state = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];
  const words = new Uint32Array(16);
  for (let offset = 0; offset < message.length; offset += blockSize) {
    for (let i = 0; i < 16; i++) words[i] = view.getUint32(offset + 4 * i, true);
    compress(state, words);
  }
  const digest = new Uint8Array(size);
  const out = new DataView(digest.buffer);
  state.forEach((word, i) => out.setUint32(4 * i, word, true));
  return Array.from(digest);
}

/** One 64-byte block folded into the state. */
function compress(state: number[], words: Uint32Array): void {
  let [a, b, c, d] = state as [number, number, number, number];
  for (let i = 0; i < 64; i++) {
    const round = i >> 4;
    let f: number;
    let g: number;
    if (round === 0) [f, g] = [(b & c) | (~b & d), i];
    else if (round === 1) [f, g] = [(d & b) | (~d & c), (5 * i + 1) % 16];
    else if (round === 2) [f, g] = [b ^ c ^ d, (3 * i + 5) % 16];
    else [f, g] = [c ^ (b | ~d), (7 * i) % 16];
    const sum = (a + f + SINES[i]! + words[g]!) | 0;
    const shift = SHIFTS[round * 4 + (i % 4)]!;
    [a, d, c] = [d, c, b];
    b = (b + ((sum << shift) | (sum >>> (32 - shift)))) | 0;
  }
  state[0] = (state[0]! + a) >>> 0;
  state[1] = (state[1]! + b) >>> 0;
  state[2] = (state[2]! + c) >>> 0;
  state[3] = (state[3]! + d) >>> 0;
}
