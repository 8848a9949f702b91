// `io.NewSectionReader(r, off, n)`: the n bytes of an io.ReaderAt from off, read in order
// (Read) or at an offset of their own (ReadAt, 0 being off); int64 arguments may come as bigints.
import { EOF, asUint8Array, copyBytes, type Bytes, type Result } from './io.js';

/** `io.ReaderAt`: a type with `ReadAt(p []byte, off int64) (n int, err error)`. */
export interface ReaderAt {
  readAt(p: Uint8Array, off: number | bigint): Result | Promise<Result>;
}

export class SectionReader {
  private readonly base: number;
  private readonly limit: number;
  private at: number;

  constructor(
    private readonly r: ReaderAt,
    off: number | bigint,
    n: number | bigint,
  ) {
    this.base = this.at = Number(off);
    this.limit = this.base + Number(n);
  }

  /** The section's length, an int64. */
  size(): bigint {
    return BigInt(this.limit - this.base);
  }

  async read(p: Bytes): Promise<Result> {
    if (this.at >= this.limit) return [0, EOF];
    const [n, err] = await this.readSpan(p, this.at, this.limit - this.at);
    this.at += n;
    return [n, err];
  }

  /** Reads from `off` in the section; EOF where the section ends before p is full. */
  async readAt(p: Bytes, off: number | bigint): Promise<Result> {
    const from = Number(off);
    if (from < 0 || from >= this.limit - this.base) return [0, EOF];
    const start = this.base + from;
    const [n, err] = await this.readSpan(p, start, this.limit - start);
    return [n, err === null && n < p.length ? EOF : err];
  }

  /** At most `room` bytes into p from `off` of the underlying reader. */
  private async readSpan(p: Bytes, off: number, room: number): Promise<Result> {
    const target = asUint8Array(p).subarray(0, Math.min(p.length, room));
    const [n, err] = await this.r.readAt(target, off);
    if (!(p instanceof Uint8Array)) copyBytes(p, target.subarray(0, n));
    return [n, err];
  }
}

export function newSectionReader(r: ReaderAt, off: number | bigint, n: number | bigint): SectionReader {
  return new SectionReader(r, off, n);
}
