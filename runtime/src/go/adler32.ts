/**
 * Go's hash/adler32: `adler32.Checksum(data)` and `adler32.New()`, a hash.Hash32 whose `Write`
 * adds bytes and `Sum32` gives the checksum so far (RFC 1950).
 */
import { Uint32Hash } from './hash32.js';

const MOD = 65521;

export const size = 4;

/** The checksum of `data` continued from checksum `adler`. */
function update(adler: number, data: ArrayLike<number>): number {
  let a = adler & 0xffff;
  let b = adler >>> 16;
  for (let i = 0; i < data.length; i++) {
    a = (a + data[i]!) % MOD;
    b = (b + a) % MOD;
  }
  return ((b << 16) | a) >>> 0;
}

export function checksum(data: ArrayLike<number> | null): number {
  return update(1, data ?? []);
}

export class Digest extends Uint32Hash {
  constructor() {
    super(1, 4);
  }

  protected fold(state: number, data: ArrayLike<number>): number {
    return update(state, data);
  }
}

function newDigest(): Digest {
  return new Digest();
}
export { newDigest as new };
