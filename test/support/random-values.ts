// Seeded random values for the generated formatting cases (the same cases on every run).

/** A small seeded generator (mulberry32) giving numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number in [lo, hi] from `random`. */
export function randomIntFrom(random: () => number, lo: number, hi: number): number {
  return lo + Math.floor(random() * (hi - lo + 1));
}

/** The float64 whose IEEE 754 bits are `high` and `low`. */
export function floatFromBits(high: number, low: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setUint32(0, high);
  view.setUint32(4, low);
  return view.getFloat64(0);
}

/** The IEEE 754 bits of a float64, as `0x...` (16 hex digits). */
export function floatBits(v: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, v);
  return `0x${view.getBigUint64(0).toString(16).padStart(16, '0')}`;
}
