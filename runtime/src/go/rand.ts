/**
 * Go's math/rand (and the function names of math/rand/v2). The top-level functions are seeded
 * at random, as since Go 1.20. A seeded source (`rand.New(rand.NewSource(42))`, `rand.Seed(42)`)
 * repeats its sequence from run to run, but it is not Go's sequence for that seed: Go's
 * generator starts from a table of numbers that only its own source carries.
 */
import { GoPanic } from './panic.js';
import { PCG, RandV2 } from './rand-pcg.js';

const TWO_32 = 2 ** 32;
const TWO_53 = 2 ** 53;

/** A source of uniformly random 32-bit words: xoshiro128**, seeded through splitmix32. */
export class Source {
  private a = 0;
  private b = 0;
  private c = 0;
  private d = 0;

  constructor(seed: number) {
    this.seed(seed);
  }

  seed(seed: number): void {
    let s = ((seed % TWO_32) ^ Math.floor(seed / TWO_32)) >>> 0;
    const next = (): number => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
  }

  uint32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result;
  }

  /** A non-negative number below 2^63 (exact below 2^53, as every number here is). */
  int63(): number {
    return (this.uint32() >>> 1) * TWO_32 + this.uint32();
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** `*rand.Rand`: every method draws from its source. */
export class Rand {
  constructor(private readonly src: Source) {}

  seed(seed: number): void {
    this.src.seed(seed);
  }

  uint32(): number {
    return this.src.uint32();
  }

  uint64(): number {
    return this.src.uint32() * TWO_32 + this.src.uint32();
  }

  int63(): number {
    return this.src.int63();
  }

  int31(): number {
    return this.src.uint32() >>> 1;
  }

  int(): number {
    return this.src.int63();
  }

  int63n(n: number): number {
    if (n <= 0) throw new GoPanic('invalid argument to Int63n');
    return this.below(n);
  }

  int31n(n: number): number {
    if (n <= 0) throw new GoPanic('invalid argument to Int31n');
    return this.below(n);
  }

  intn(n: number): number {
    if (n <= 0) throw new GoPanic('invalid argument to Intn');
    return this.below(n);
  }

  /** math/rand/v2's IntN. */
  intN(n: number): number {
    if (n <= 0) throw new GoPanic('invalid argument to IntN');
    return this.below(n);
  }

  float64(): number {
    return this.bits53() / TWO_53;
  }

  float32(): number {
    return (this.src.uint32() >>> 8) / 2 ** 24;
  }

  /** A permutation of 0..n-1. */
  perm(n: number): number[] {
    const m = Array.from({ length: n }, (_, i) => i);
    this.shuffle(n, (i, j) => {
      const t = m[i]!;
      m[i] = m[j]!;
      m[j] = t;
    });
    return m;
  }

  /** Fisher-Yates: swap(i, j) for i from n-1 down to 1. */
  shuffle(n: number, swap: (i: number, j: number) => unknown): void {
    if (n < 0) throw new GoPanic('invalid argument to Shuffle');
    for (let i = n - 1; i > 0; i--) swap(i, this.below(i + 1));
  }

  /** Standard normal (Box-Muller). */
  normFloat64(): number {
    const u = 1 - this.float64();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.float64());
  }

  /** Exponential with rate 1. */
  expFloat64(): number {
    return -Math.log(1 - this.float64());
  }

  /** Fills p with random bytes; returns len(p) and a nil error. */
  read(p: Uint8Array): [number, null] {
    for (let i = 0; i < p.length; i++) p[i] = this.src.uint32() & 0xff;
    return [p.length, null];
  }

  private bits53(): number {
    return (this.src.uint32() >>> 11) * TWO_32 + this.src.uint32();
  }

  /** Uniform in [0, n), without modulo bias. */
  private below(n: number): number {
    if (n <= TWO_32) {
      const limit = TWO_32 - (TWO_32 % n);
      let r = this.src.uint32();
      while (r >= limit) r = this.src.uint32();
      return r % n;
    }
    const span = Math.min(n, TWO_53);
    const limit = TWO_53 - (TWO_53 % span);
    let r = this.bits53();
    while (r >= limit) r = this.bits53();
    return r % span;
  }
}

export function newSource(seed: number): Source {
  return new Source(seed);
}

export { PCG, newPCG, RandV2 } from './rand-pcg.js';

/** `rand.New(src)`: math/rand's generator over a Source, math/rand/v2's over a PCG. */
export { newRand as new };
function newRand(src: Source): Rand;
function newRand(src: PCG): RandV2;
function newRand(src: Source | PCG): Rand | RandV2 {
  return src instanceof PCG ? new RandV2(src) : new Rand(src);
}

function randomSeed(): number {
  const words = new Uint32Array(2);
  const crypto = (globalThis as { crypto?: { getRandomValues(a: Uint32Array): unknown } }).crypto;
  if (crypto) crypto.getRandomValues(words);
  else for (let i = 0; i < 2; i++) words[i] = Math.floor(Math.random() * TWO_32);
  return words[0]! * TWO_32 + words[1]!;
}

const global = new Rand(new Source(randomSeed()));

/** `rand.Seed(s)`: the top-level functions repeat one sequence for s (not Go's sequence). */
export const seed = (s: number): void => global.seed(s);
export const uint32 = (): number => global.uint32();
export const uint64 = (): number => global.uint64();
export const int63 = (): number => global.int63();
export const int31 = (): number => global.int31();
export const int = (): number => global.int();
export const int64 = int63;
export const int32 = int31;
export const int63n = (n: number): number => global.int63n(n);
export const int31n = (n: number): number => global.int31n(n);
export const intn = (n: number): number => global.intn(n);
export const intN = (n: number): number => global.intN(n);
export const int64N = intN;
export const int32N = intN;
export const uint64N = intN;
export const uint32N = intN;
export const uintN = intN;
/** math/rand/v2's generic `N(d)`: a value in [0, d), of d's type (a Duration too). */
export const n = intN;
export const float64 = (): number => global.float64();
export const float32 = (): number => global.float32();
export const perm = (count: number): number[] => global.perm(count);
export const shuffle = (count: number, swap: (i: number, j: number) => unknown): void => global.shuffle(count, swap);
export const normFloat64 = (): number => global.normFloat64();
export const expFloat64 = (): number => global.expFloat64();
export const read = (p: Uint8Array): [number, null] => global.read(p);
