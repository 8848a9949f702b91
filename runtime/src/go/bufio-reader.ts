// `bufio.Reader`: a buffer in front of any io.Reader, with ReadString, ReadLine, ReadRune.
import { ErrorString, type GoError } from './errors.js';
import { byteSlice, copyBytes, ErrNoProgress, type Bytes, type ByteSlice, type Reader as IoReader } from './io.js';
import { runeAt, startsWithFullRune } from './runes-of-bytes.js';
import { stringFromBytes } from './string-bytes.js';

const DEFAULT_BUFFER_SIZE = 4096;
const MIN_BUFFER_SIZE = 16;
const MAX_EMPTY_READS = 100;

export const ErrBufferFull: GoError = new ErrorString('bufio: buffer full');
export const ErrInvalidUnreadByte: GoError = new ErrorString('bufio: invalid use of UnreadByte');
export const ErrInvalidUnreadRune: GoError = new ErrorString('bufio: invalid use of UnreadRune');
export const ErrNegativeCount: GoError = new ErrorString('bufio: negative count');

export class Reader {
  private readonly buf: Uint8Array;
  /** Unread data is buf[r:w]. */
  private r = 0;
  private w = 0;
  private failure: GoError | null = null;
  private lastByte = -1;
  private lastRuneSize = -1;

  constructor(
    private rd: IoReader,
    size = DEFAULT_BUFFER_SIZE,
  ) {
    this.buf = new Uint8Array(Math.max(size, MIN_BUFFER_SIZE));
  }

  /** How many bytes can be read from the buffer without reading more. */
  buffered(): number {
    return this.w - this.r;
  }

  size(): number {
    return this.buf.length;
  }

  /** The read error, once: the next read after it tries the underlying reader again. */
  private takeError(): GoError | null {
    const err = this.failure;
    this.failure = null;
    return err;
  }

  /** Reads one more chunk into the buffer (moving the unread data to its front first). */
  private async fill(): Promise<void> {
    if (this.r > 0) {
      this.buf.copyWithin(0, this.r, this.w);
      this.w -= this.r;
      this.r = 0;
    }
    for (let i = 0; i < MAX_EMPTY_READS; i++) {
      const [n, err] = await this.rd.read(this.buf.subarray(this.w));
      this.w += n;
      if (err !== null) {
        this.failure = err;
        return;
      }
      if (n > 0) return;
    }
    this.failure = ErrNoProgress;
  }

  async read(p: Bytes): Promise<[number, GoError | null]> {
    if (p.length === 0) return [0, this.buffered() > 0 ? null : this.takeError()];
    if (this.r === this.w) {
      if (this.failure !== null) return [0, this.takeError()];
      // A large read skips the buffer, as Go's does.
      if (p.length >= this.buf.length && p instanceof Uint8Array) {
        const [n, err] = await this.rd.read(p);
        if (n > 0) this.rememberLast(p[n - 1]!, -1);
        return [n, err];
      }
      this.r = this.w = 0;
      await this.fill();
      if (this.r === this.w) return [0, this.takeError()];
    }
    const n = copyBytes(p, this.buf.subarray(this.r, this.w));
    this.r += n;
    this.rememberLast(this.buf[this.r - 1]!, -1);
    return [n, null];
  }

  private rememberLast(byte: number, runeSize: number): void {
    this.lastByte = byte;
    this.lastRuneSize = runeSize;
  }

  async readByte(): Promise<[number, GoError | null]> {
    this.lastRuneSize = -1;
    while (this.r === this.w) {
      if (this.failure !== null) return [0, this.takeError()];
      await this.fill();
    }
    const c = this.buf[this.r++]!;
    this.lastByte = c;
    return [c, null];
  }

  unreadByte(): GoError | null {
    if (this.lastByte < 0 || (this.r === 0 && this.w > 0)) return ErrInvalidUnreadByte;
    if (this.r > 0) this.r--;
    else this.w = 1;
    this.buf[this.r] = this.lastByte;
    this.rememberLast(-1, -1);
    return null;
  }

  async readRune(): Promise<[rune: number, size: number, err: GoError | null]> {
    while (
      !startsWithFullRune(this.buf.subarray(this.r, this.w)) &&
      this.failure === null &&
      this.w - this.r < this.buf.length
    )
      await this.fill();
    this.lastRuneSize = -1;
    if (this.r === this.w) return [0, 0, this.takeError()];
    const [rune, size] = runeAt(this.buf.subarray(this.r, this.w));
    this.r += size;
    this.rememberLast(this.buf[this.r - 1]!, size);
    return [rune, size, null];
  }

  unreadRune(): GoError | null {
    if (this.lastRuneSize < 0 || this.r < this.lastRuneSize) return ErrInvalidUnreadRune;
    this.r -= this.lastRuneSize;
    this.rememberLast(-1, -1);
    return null;
  }

  /** The next n bytes without reading them; fewer, with an error, when the input or the buffer ends first. */
  async peek(n: number): Promise<[ByteSlice, GoError | null]> {
    if (n < 0) return [byteSlice(new Uint8Array(0)), ErrNegativeCount];
    this.rememberLast(-1, -1);
    while (this.w - this.r < n && this.w - this.r < this.buf.length && this.failure === null) await this.fill();
    if (n > this.buf.length) return [byteSlice(this.buf.subarray(this.r, this.w)), ErrBufferFull];
    const available = this.w - this.r;
    if (available < n) return [byteSlice(this.buf.subarray(this.r, this.w)), this.takeError() ?? ErrBufferFull];
    return [byteSlice(this.buf.subarray(this.r, this.r + n)), null];
  }

  /** Up to and including delim, as a view of the buffer; ErrBufferFull when the buffer fills first. */
  async readSlice(delim: number): Promise<[ByteSlice, GoError | null]> {
    let searched = 0;
    for (;;) {
      const i = this.buf.subarray(this.r + searched, this.w).indexOf(delim);
      if (i >= 0) return this.consume(searched + i + 1, null);
      if (this.failure !== null) return this.consume(this.w - this.r, this.takeError());
      if (this.buffered() >= this.buf.length) return this.consume(this.buf.length, ErrBufferFull);
      searched = this.w - this.r;
      await this.fill();
    }
  }

  private consume(n: number, err: GoError | null): [ByteSlice, GoError | null] {
    const line = byteSlice(this.buf.subarray(this.r, this.r + n));
    this.r += n;
    if (n > 0) this.rememberLast(line[n - 1]!, -1);
    return [line, err];
  }

  /** Up to and including delim, however long, in a new array; the error when the input ends first. */
  async readBytes(delim: number): Promise<[ByteSlice, GoError | null]> {
    const parts: Uint8Array[] = [];
    for (;;) {
      const [part, err] = await this.readSlice(delim);
      parts.push(part.slice());
      if (err !== ErrBufferFull) return [byteSlice(concat(parts)), err];
    }
  }

  async readString(delim: number): Promise<[string, GoError | null]> {
    const [bytes, err] = await this.readBytes(delim);
    return [stringFromBytes(bytes), err];
  }

  /** A line without its end of line (`\n` or `\r\n`); isPrefix when it did not fit in the buffer. */
  async readLine(): Promise<[line: ByteSlice, isPrefix: boolean, err: GoError | null]> {
    let [line, err]: [Uint8Array, GoError | null] = await this.readSlice(0x0a);
    if (err === ErrBufferFull) {
      // A \r at the buffer's end may start a \r\n: leave it for the next call.
      if (line.length > 0 && line[line.length - 1] === 0x0d) {
        this.r--;
        line = line.subarray(0, line.length - 1);
      }
      return [byteSlice(line), true, null];
    }
    // Go gives a nil line here: the translation's nil []byte is an empty array.
    if (line.length === 0) return [[] as unknown as ByteSlice, false, err];
    if (line[line.length - 1] === 0x0a) {
      const drop = line.length > 1 && line[line.length - 2] === 0x0d ? 2 : 1;
      line = line.subarray(0, line.length - drop);
    }
    return [byteSlice(line), false, null];
  }

  /** Drops the buffered data and reads from `r` from now on. */
  reset(r: IoReader): void {
    this.rd = r;
    this.r = this.w = 0;
    this.failure = null;
    this.rememberLast(-1, -1);
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function newReader(rd: IoReader): Reader {
  return new Reader(rd);
}

export function newReaderSize(rd: IoReader, size: number): Reader {
  return new Reader(rd, size);
}
