// `bufio.Writer`: collects writes in a buffer and passes them on when it is full or on Flush,
// so that what is never flushed is never written, as in Go.
import type { GoError } from './errors.js';
import { asUint8Array, ErrShortWrite, type Bytes, type Result } from './io.js';
import { bytesOfString } from './string-bytes.js';

const DEFAULT_BUFFER_SIZE = 4096;

/**
 * The writers a bufio.Writer writes to (os.Stdout, a strings.Builder, ...) answer at once; one
 * whose Write waits (an io.Pipe's) queues the bytes instead.
 */
export type SyncWriter = { write(p: Uint8Array): Result } | { queue(p: Uint8Array): Result };

function writeAtOnce(w: SyncWriter, p: Uint8Array): Result {
  return 'queue' in w ? w.queue(p) : w.write(p);
}

export class Writer {
  private readonly buf: Uint8Array;
  private n = 0;
  private failure: GoError | null = null;

  constructor(
    private wr: SyncWriter,
    size = DEFAULT_BUFFER_SIZE,
  ) {
    this.buf = new Uint8Array(size > 0 ? size : DEFAULT_BUFFER_SIZE);
  }

  available(): number {
    return this.buf.length - this.n;
  }

  buffered(): number {
    return this.n;
  }

  size(): number {
    return this.buf.length;
  }

  /** Writes the buffered data to the underlying writer. */
  flush(): GoError | null {
    if (this.failure !== null) return this.failure;
    if (this.n === 0) return null;
    let [written, err] = writeAtOnce(this.wr, this.buf.subarray(0, this.n));
    if (written < this.n && err === null) err = ErrShortWrite;
    if (err !== null) {
      if (written > 0 && written < this.n) this.buf.copyWithin(0, written, this.n);
      this.n -= written;
      this.failure = err;
      return err;
    }
    this.n = 0;
    return null;
  }

  write(p: Bytes): Result {
    let rest = asUint8Array(p);
    let total = 0;
    while (rest.length > this.available() && this.failure === null) {
      let n: number;
      if (this.n === 0) {
        // Nothing buffered: a large write goes straight through.
        [n, this.failure] = writeAtOnce(this.wr, rest);
      } else {
        n = this.take(rest);
        this.flush();
      }
      total += n;
      rest = rest.subarray(n);
    }
    if (this.failure !== null) return [total, this.failure];
    return [total + this.take(rest), null];
  }

  /** Copies what fits of p into the buffer; how much. */
  private take(p: Uint8Array): number {
    const n = Math.min(p.length, this.available());
    this.buf.set(p.subarray(0, n), this.n);
    this.n += n;
    return n;
  }

  writeString(s: string): Result {
    return this.write(bytesOfString(s));
  }

  writeByte(c: number): GoError | null {
    return this.write(Uint8Array.of(c))[1];
  }

  writeRune(r: number): Result {
    return this.writeString(String.fromCodePoint(r >= 0 && r <= 0x10ffff && (r < 0xd800 || r > 0xdfff) ? r : 0xfffd));
  }

  /** Drops the buffered data and writes to `w` from now on. */
  reset(w: SyncWriter): void {
    this.wr = w;
    this.n = 0;
    this.failure = null;
  }
}

export function newWriter(w: SyncWriter): Writer {
  return new Writer(w);
}

export function newWriterSize(w: SyncWriter, size: number): Writer {
  return new Writer(w, size);
}
