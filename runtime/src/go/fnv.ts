/**
 * Go's hash/fnv: the 32- and 64-bit FNV-1 and FNV-1a hashes (`fnv.New32a()`); `Write` adds
 * bytes, `Sum32`/`Sum64` give the hash so far (uint32 a number, uint64 a bigint).
 */
import { GoError } from './errors.js';
import { Uint32Hash } from './hash32.js';

const OFFSET32 = 2166136261;
const PRIME32 = 16777619;
const OFFSET64 = 14695981039346656037n;
const PRIME64 = 1099511628211n;

/** FNV-1 multiplies, then xors each byte; FNV-1a xors, then multiplies. */
type Variant = '1' | '1a';

export class Hash32 extends Uint32Hash {
  constructor(private readonly variant: Variant) {
    super(OFFSET32, 1);
  }

  protected fold(state: number, data: ArrayLike<number>): number {
    for (let i = 0; i < data.length; i++) {
      const b = data[i]!;
      if (this.variant === '1a') state = Math.imul((state ^ b) >>> 0, PRIME32) >>> 0;
      else state = (Math.imul(state, PRIME32) ^ b) >>> 0;
    }
    return state;
  }
}

export class Hash64 {
  private state = OFFSET64;

  constructor(private readonly variant: Variant) {}

  write(bytes: ArrayLike<number> | null): [number, GoError | null] {
    const data = bytes ?? [];
    for (let i = 0; i < data.length; i++) {
      const b = BigInt(data[i]!);
      if (this.variant === '1a') this.state = BigInt.asUintN(64, (this.state ^ b) * PRIME64);
      else this.state = BigInt.asUintN(64, this.state * PRIME64) ^ b;
    }
    return [data.length, null];
  }

  sum64(): bigint {
    return this.state;
  }

  /** `h.Sum(b)`: b with the hash appended, big-endian. */
  sum(b: number[] | null): number[] {
    const out = [...(b ?? [])];
    for (let shift = 56n; shift >= 0n; shift -= 8n) out.push(Number((this.state >> shift) & 0xffn));
    return out;
  }

  reset(): void {
    this.state = OFFSET64;
  }

  size(): number {
    return 8;
  }

  blockSize(): number {
    return 1;
  }
}

export const new32 = (): Hash32 => new Hash32('1');
export const new32a = (): Hash32 => new Hash32('1a');
export const new64 = (): Hash64 => new Hash64('1');
export const new64a = (): Hash64 => new Hash64('1a');
