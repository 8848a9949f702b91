/**
 * math/rand/v2's seeded generator, `rand.New(rand.NewPCG(seed1, seed2))`, with Go's exact
 * sequence: PCG with 128 bits of state (an LCG with the 128-bit multiplier and increment of
 * the PCG paper) and the DXSM output function, and v2's ways of turning 64-bit words into
 * bounded integers (Lemire's multiply and shift), floats and shuffles.
 */
import { GoPanic } from './panic.js';

const MASK64 = (1n << 64n) - 1n;
const MASK128 = (1n << 128n) - 1n;
const MULTIPLIER = (2549297995355413924n << 64n) | 4865540595714422341n;
const INCREMENT = (6364136223846793005n << 64n) | 1442695040888963407n;
const CHEAP_MULTIPLIER = 0xda942042e4dd58b5n;

/** `*rand.PCG` */
export class PCG {
  private state: bigint;

  constructor(seed1: number | bigint, seed2: number | bigint) {
    this.state = 0n;
    this.seed(seed1, seed2);
  }

  seed(seed1: number | bigint, seed2: number | bigint): void {
    this.state = ((BigInt.asUintN(64, BigInt(seed1)) << 64n) | BigInt.asUintN(64, BigInt(seed2))) & MASK128;
  }

  /** The next 64-bit word, as a bigint. */
  uint64Big(): bigint {
    this.state = (this.state * MULTIPLIER + INCREMENT) & MASK128;
    let hi = this.state >> 64n;
    const lo = this.state & MASK64;
    hi ^= hi >> 32n;
    hi = (hi * CHEAP_MULTIPLIER) & MASK64;
    hi ^= hi >> 48n;
    return (hi * (lo | 1n)) & MASK64;
  }

  uint64(): bigint {
    return this.uint64Big();
  }
}

export function newPCG(seed1: number | bigint, seed2: number | bigint): PCG {
  return new PCG(seed1, seed2);
}

/** math/rand/v2's `*rand.Rand` over a PCG. */
export class RandV2 {
  constructor(private readonly src: PCG) {}

  /** Uniform in [0, n) as v2 draws it: a power of two by masking, else Lemire's method. */
  private below(n: number, fn: string): number {
    if (n <= 0) throw new GoPanic(`invalid argument to ${fn}`);
    const m = BigInt(n);
    if ((m & (m - 1n)) === 0n) return Number(this.src.uint64Big() & (m - 1n));
    let product = this.src.uint64Big() * m;
    if ((product & MASK64) < m) {
      const threshold = ((1n << 64n) - m) % m;
      while ((product & MASK64) < threshold) product = this.src.uint64Big() * m;
    }
    return Number(product >> 64n);
  }

  intN(n: number): number {
    return this.below(n, 'IntN');
  }

  int64N(n: number): number {
    return this.below(n, 'Int64N');
  }

  int32N(n: number): number {
    return this.below(n, 'Int32N');
  }

  uint64N(n: number): number {
    return this.below(n, 'Uint64N');
  }

  uint32N(n: number): number {
    return this.below(n, 'Uint32N');
  }

  uintN(n: number): number {
    return this.below(n, 'UintN');
  }

  int(): number {
    return Number(this.src.uint64Big() & (MASK64 >> 1n));
  }

  /** An int64, a bigint (the translator's big-integers.ts). */
  int64(): bigint {
    return this.src.uint64Big() & (MASK64 >> 1n);
  }

  int32(): number {
    return Number(this.src.uint64Big() >> 33n);
  }

  uint32(): number {
    return Number(this.src.uint64Big() >> 32n);
  }

  uint64(): bigint {
    return this.src.uint64();
  }

  float64(): number {
    return Number(this.src.uint64Big() & ((1n << 53n) - 1n)) / 2 ** 53;
  }

  float32(): number {
    return Number((this.src.uint64Big() >> 32n) & 0xffffffn) / 2 ** 24;
  }

  perm(n: number): number[] {
    const p = Array.from({ length: n }, (_, i) => i);
    this.shuffle(n, (i, j) => {
      [p[i], p[j]] = [p[j]!, p[i]!];
    });
    return p;
  }

  shuffle(n: number, swap: (i: number, j: number) => unknown): void {
    if (n < 0) throw new GoPanic('invalid argument to Shuffle');
    for (let i = n - 1; i > 0; i--) swap(i, this.below(i + 1, 'Shuffle'));
  }
}
