/**
 * What every 32-bit hash of Go's hash packages (fnv, adler32, crc32) shares as a hash.Hash32:
 * `Write` folds bytes into a uint32 state, `Sum32` reads it, `Sum` appends it big-endian and
 * `Reset` returns to the starting value. A package gives only the starting value and the fold.
 */
import { GoError } from './errors.js';

export abstract class Uint32Hash {
  private state: number;

  protected constructor(
    private readonly initial: number,
    private readonly block: number,
  ) {
    this.state = initial;
  }

  /** The state after folding `data` into `state`. */
  protected abstract fold(state: number, data: ArrayLike<number>): number;

  write(bytes: ArrayLike<number> | null): [number, GoError | null] {
    const data = bytes ?? [];
    this.state = this.fold(this.state, data);
    return [data.length, null];
  }

  sum32(): number {
    return this.state;
  }

  /** `h.Sum(b)`: b with the hash appended, big-endian. */
  sum(b: number[] | null): number[] {
    const s = this.state;
    return [...(b ?? []), s >>> 24, (s >>> 16) & 0xff, (s >>> 8) & 0xff, s & 0xff];
  }

  reset(): void {
    this.state = this.initial;
  }

  size(): number {
    return 4;
  }

  blockSize(): number {
    return this.block;
  }
}
