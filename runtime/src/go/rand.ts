/**
 * Go's math/rand (and the function names of math/rand/v2). A seeded source
 * (`rand.New(rand.NewSource(42))`, `rand.Seed(42)`) gives Go's own sequence for that seed:
 * the same additive lagged Fibonacci generator, and the same derivations of Intn, Float64,
 * Perm, Shuffle, NormFloat64 and ExpFloat64 from it. The top-level functions are seeded at
 * random, as since Go 1.20.
 */
import { GoPanic } from './panic.js';
import { PCG, RandV2 } from './rand-pcg.js';
import { RNG_COOKED } from './rand-cooked.js';
import { FE, FN, KE, KN, WE, WN } from './rand-ziggurat.js';

const TWO_31 = 2 ** 31;
const TWO_32 = 2 ** 32;
const TWO_63 = 2 ** 63;
const LENGTH = 607;
const TAP = 273;
const SEED_MODULUS = 2147483647;
/** The ziggurats' base strips' right edges (Go's rn and re). */
const NORMAL_R = 3.442619855899;
const EXPONENTIAL_R = 7.69711747013104972;

/** x * 48271 mod (2^31 - 1), by Schrage's method: Go's seedrand. */
function seedrand(x: number): number {
  const hi = Math.trunc(x / 44488);
  const lo = x % 44488;
  const next = 48271 * lo - 3399 * hi;
  return next < 0 ? next + SEED_MODULUS : next;
}

/**
 * Go's rngSource: x[n] = x[n-607] + x[n-273] mod 2^64, each value kept as two 32-bit words.
 * A step leaves its value in `high` and `low`.
 */
export class Source {
  private readonly highs = new Uint32Array(LENGTH);
  private readonly lows = new Uint32Array(LENGTH);
  private tap = 0;
  private feed = LENGTH - TAP;
  private high = 0;
  private low = 0;

  constructor(seed: number | bigint) {
    this.seed(seed);
  }

  seed(seed: number | bigint): void {
    this.tap = 0;
    this.feed = LENGTH - TAP;
    let s = typeof seed === 'bigint' ? Number(seed % BigInt(SEED_MODULUS)) : seed % SEED_MODULUS;
    if (s < 0) s += SEED_MODULUS;
    if (s === 0) s = 89482311;
    let x = s;
    for (let i = -20; i < LENGTH; i++) {
      x = seedrand(x);
      if (i < 0) continue;
      // u = x<<40 ^ x'<<20 ^ x'' in 64 bits, then XOR the cooked value.
      let high = x << 8;
      x = seedrand(x);
      high ^= x >>> 12;
      let low = x << 20;
      x = seedrand(x);
      low ^= x;
      this.highs[i] = high ^ RNG_COOKED[2 * i]!;
      this.lows[i] = low ^ RNG_COOKED[2 * i + 1]!;
    }
  }

  private step(): void {
    if (--this.tap < 0) this.tap += LENGTH;
    if (--this.feed < 0) this.feed += LENGTH;
    const low = this.lows[this.feed]! + this.lows[this.tap]!;
    const high = this.highs[this.feed]! + this.highs[this.tap]! + (low >= TWO_32 ? 1 : 0);
    this.lows[this.feed] = low;
    this.highs[this.feed] = high;
    this.high = this.highs[this.feed]!;
    this.low = this.lows[this.feed]!;
  }

  /** Int63 as the nearest double (Float64 and Int divide and keep it so). */
  int63Double(): number {
    this.step();
    return (this.high & 0x7fffffff) * TWO_32 + this.low;
  }

  /** Int63: an int64, a bigint (the translator's big-integers.ts). */
  int63(): bigint {
    this.step();
    return (BigInt(this.high & 0x7fffffff) << 32n) | BigInt(this.low);
  }

  /** Int63() >> 32. */
  int31(): number {
    this.step();
    return this.high & 0x7fffffff;
  }

  /** uint32(Int63() >> 31). */
  uint32(): number {
    this.step();
    return ((this.high << 1) | (this.low >>> 31)) >>> 0;
  }

  /** All 64 bits of a step: a uint64, a bigint (the translator's big-integers.ts). */
  uint64(): bigint {
    this.step();
    return (BigInt(this.high) << 32n) | BigInt(this.low);
  }
}

/** `*rand.Rand`: Go's derivations from its source, call for call. */
export class Rand {
  private readValue = 0n;
  private readPosition = 0;

  constructor(private readonly src: Source) {}

  seed(seed: number | bigint): void {
    this.src.seed(seed);
    this.readPosition = 0;
  }

  uint32(): number {
    return this.src.uint32();
  }

  uint64(): bigint {
    return this.src.uint64();
  }

  int63(): bigint {
    return this.src.int63();
  }

  int31(): number {
    return this.src.int31();
  }

  int(): number {
    return this.src.int63Double();
  }

  int63n(n: number | bigint): bigint {
    const bound = BigInt(n);
    if (bound <= 0n) throw new GoPanic('invalid argument to Int63n');
    const max = (1n << 63n) - 1n - ((1n << 63n) % bound);
    let v = this.src.int63();
    if ((bound & (bound - 1n)) === 0n) return v & (bound - 1n);
    while (v > max) v = this.src.int63();
    return v % bound;
  }

  int31n(n: number): number {
    if (n <= 0) throw new GoPanic('invalid argument to Int31n');
    if ((n & (n - 1)) === 0) return this.src.int31() & (n - 1);
    const max = TWO_31 - 1 - (TWO_31 % n);
    let v = this.src.int31();
    while (v > max) v = this.src.int31();
    return v % n;
  }

  intn(n: number): number {
    if (n <= 0) throw new GoPanic('invalid argument to Intn');
    return n <= TWO_31 - 1 ? this.int31n(n) : Number(this.int63n(n));
  }

  /** math/rand/v2's IntN. */
  intN(n: number): number {
    if (n <= 0) throw new GoPanic('invalid argument to IntN');
    return this.intn(n);
  }

  float64(): number {
    for (;;) {
      const f = this.src.int63Double() / TWO_63;
      if (f !== 1) return f;
    }
  }

  float32(): number {
    for (;;) {
      const f = Math.fround(this.float64());
      if (f !== 1) return f;
    }
  }

  /** A permutation of 0..n-1. */
  perm(n: number): number[] {
    const m = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) {
      const j = this.intn(i + 1);
      m[i] = m[j]!;
      m[j] = i;
    }
    return m;
  }

  /** Fisher-Yates: swap(i, j) for i from n-1 down to 1. */
  shuffle(n: number, swap: (i: number, j: number) => unknown): void {
    if (n < 0) throw new GoPanic('invalid argument to Shuffle');
    let i = n - 1;
    for (; i > TWO_31 - 2; i--) swap(i, Number(this.int63n(i + 1)));
    for (; i > 0; i--) swap(i, this.uniform31(i + 1));
  }

  /** Standard normal, by Go's ziggurat (rand-ziggurat.ts). */
  normFloat64(): number {
    for (;;) {
      const j = this.uint32() | 0;
      const i = j & 0x7f;
      const x = j * WN[i]!;
      if (Math.abs(j) < KN[i]!) return x;
      if (i === 0) return j > 0 ? NORMAL_R + this.normalTail() : -NORMAL_R - this.normalTail();
      if (this.inWedge(FN[i]!, FN[i - 1]!, Math.exp(-0.5 * x * x))) return x;
    }
  }

  /** Exponential with rate 1, by Go's ziggurat (rand-ziggurat.ts). */
  expFloat64(): number {
    for (;;) {
      const j = this.uint32();
      const i = j & 0xff;
      const x = j * WE[i]!;
      if (j < KE[i]!) return x;
      if (i === 0) return EXPONENTIAL_R - Math.log(this.float64());
      if (this.inWedge(FE[i]!, FE[i - 1]!, Math.exp(-x))) return x;
    }
  }

  /** Marsaglia's tail beyond the normal's base strip: how far past its edge. */
  private normalTail(): number {
    for (;;) {
      const x = -Math.log(this.float64()) * (1 / NORMAL_R);
      const y = -Math.log(this.float64());
      if (y + y >= x * x) return x;
    }
  }

  /** Whether a point under a strip's wedge falls below the density, in float32 arithmetic as Go's. */
  private inWedge(edge: number, previous: number, density: number): boolean {
    const height = Math.fround(Math.fround(this.float64()) * Math.fround(previous - edge));
    return Math.fround(edge + height) < Math.fround(density);
  }

  /** Fills p with bytes, seven from each Int63; returns len(p) and a nil error. */
  read(p: Uint8Array): [number, null] {
    for (let i = 0; i < p.length; i++) {
      if (this.readPosition === 0) {
        this.readValue = this.src.int63();
        this.readPosition = 7;
      }
      p[i] = Number(this.readValue & 0xffn);
      this.readValue >>= 8n;
      this.readPosition--;
    }
    return [p.length, null];
  }

  /** Go's unexported int31n (Lemire's multiply and shift), which Shuffle uses. */
  private uniform31(n: number): number {
    let v = this.src.uint32();
    let low = Math.imul(v, n) >>> 0;
    if (low < n) {
      const threshold = (TWO_32 - n) % n;
      while (low < threshold) {
        v = this.src.uint32();
        low = Math.imul(v, n) >>> 0;
      }
    }
    return highWordOfProduct(v, n);
  }
}

/** The upper 32 bits of the 64-bit product of two 32-bit words, exactly. */
function highWordOfProduct(a: number, b: number): number {
  const upper = (a >>> 16) * b;
  const lower = (a & 0xffff) * b;
  return Math.floor(upper / 65536) + Math.floor(((upper % 65536) * 65536 + lower) / TWO_32);
}

export function newSource(seed: number | bigint): Source {
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

/** `rand.Seed(s)`: the top-level functions give Go's sequence for s. */
export const seed = (s: number | bigint): void => global.seed(s);
export const uint32 = (): number => global.uint32();
export const uint64 = (): bigint => global.uint64();
export const int63 = (): bigint => global.int63();
export const int31 = (): number => global.int31();
export const int = (): number => global.int();
export const int64 = int63;
export const int32 = int31;
export const int63n = (n: number | bigint): bigint => global.int63n(n);
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
