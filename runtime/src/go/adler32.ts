/**
 * Go's hash/adler32: `adler32.Checksum(data)` and `adler32.New()`, a hash.Hash32 whose `Write`
 * adds bytes and `Sum32` gives the checksum so far (RFC 1950).
 */
import { GoError } from './errors.js';
import { appendUint32 } from './fnv.js';

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

export class Digest {
  private state = 1;

  write(bytes: ArrayLike<number> | null): [number, GoError | null] {
    const data = bytes ?? [];
    this.state = update(this.state, data);
    return [data.length, null];
  }

  sum32(): number {
    return this.state;
  }

  /** `h.Sum(b)`: b with the checksum appended, big-endian. */
  sum(b: number[] | null): number[] {
    return appendUint32(b, this.state);
  }

  reset(): void {
    this.state = 1;
  }

  size(): number {
    return size;
  }

  blockSize(): number {
    return 4;
  }
}

function newDigest(): Digest {
  return new Digest();
}
export { newDigest as new };
