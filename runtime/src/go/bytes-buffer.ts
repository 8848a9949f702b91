/**
 * Go's `bytes.Buffer`: bytes written at the end and read from the front (io.Reader, Writer,
 * ByteReader, RuneReader and their Unread*, ReadString/ReadBytes up to a delimiter, Next).
 * The zero value is an empty buffer ready to use.
 */
import { runeToString } from '../fmt/go-text.js';
import { ErrorString, type GoError } from './errors.js';
import { byteSlice, copyBytes, EOF, type Bytes, type ByteSlice, type Result, type Writer } from './io.js';
import { panic } from './panic.js';
import { runeAt } from './runes-of-bytes.js';
import { bytesOfString, stringFromBytes } from './string-bytes.js';

const errUnreadByte = new ErrorString('bytes.Buffer: UnreadByte: previous operation was not a successful read');
const errUnreadRune = new ErrorString('bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune');

export class Buffer {
  private data: number[] = [];
  /** Where reading resumes: the bytes before it were read. */
  private off = 0;
  /** What the last operation read: a rune of that many bytes, 'read' (other reads), or nothing. */
  private lastRead: number | 'read' | null = null;

  /** The unread bytes (they alias the buffer's until its next change, in Go; a copy here). */
  bytes(): ByteSlice {
    return byteSlice(Uint8Array.from(this.data.slice(this.off)));
  }

  string(): string {
    return stringFromBytes(Uint8Array.from(this.data.slice(this.off)));
  }

  /** For fmt: a *bytes.Buffer prints as its String(). */
  String(): string {
    return this.string();
  }

  len(): number {
    return this.data.length - this.off;
  }

  cap(): number {
    return this.data.length;
  }

  available(): number {
    return 0;
  }

  grow(n: number): void {
    if (n < 0) panic('bytes.Buffer.Grow: negative count');
  }

  reset(): void {
    this.data = [];
    this.off = 0;
    this.lastRead = null;
  }

  /** `Truncate(n)`: keeps the first n unread bytes. */
  truncate(n: number): void {
    if (n === 0) return this.reset();
    this.lastRead = null;
    if (n < 0 || n > this.len()) panic('bytes.Buffer: truncation out of range');
    this.data.length = this.off + n;
  }

  write(p: Uint8Array | readonly number[] | null): Result {
    this.lastRead = null;
    for (const b of p ?? []) this.data.push(b);
    return [p?.length ?? 0, null];
  }

  writeString(s: string): Result {
    return this.write(bytesOfString(s));
  }

  writeByte(c: number): null {
    this.lastRead = null;
    this.data.push(c & 0xff);
    return null;
  }

  writeRune(r: number): Result {
    return this.writeString(runeToString(r));
  }

  read(p: Bytes): Result {
    this.lastRead = null;
    if (this.len() === 0) {
      this.reset();
      return [0, p.length === 0 ? null : EOF];
    }
    const n = copyBytes(p, Uint8Array.from(this.data.slice(this.off, this.off + p.length)));
    this.off += n;
    if (n > 0) this.lastRead = 'read';
    return [n, null];
  }

  /** `Next(n)`: the next n unread bytes (all of them when fewer), as read. */
  next(n: number): ByteSlice {
    this.lastRead = null;
    const taken = this.take(Math.min(Math.max(n, 0), this.len()));
    if (taken.length > 0) this.lastRead = 'read';
    return taken;
  }

  readByte(): [number, GoError | null] {
    if (this.len() === 0) {
      this.reset();
      return [0, EOF];
    }
    this.lastRead = 'read';
    return [this.data[this.off++]!, null];
  }

  readRune(): [rune: number, size: number, err: GoError | null] {
    if (this.len() === 0) {
      this.reset();
      return [0, 0, EOF];
    }
    const [r, size] = runeAt(Uint8Array.from(this.data.slice(this.off, this.off + 4)));
    this.off += size;
    this.lastRead = size;
    return [r, size, null];
  }

  unreadRune(): GoError | null {
    if (typeof this.lastRead !== 'number') return errUnreadRune;
    this.off -= this.lastRead;
    this.lastRead = null;
    return null;
  }

  unreadByte(): GoError | null {
    if (this.lastRead === null) return errUnreadByte;
    this.lastRead = null;
    if (this.off > 0) this.off--;
    return null;
  }

  /** `ReadBytes(delim)`: up to and including delim; without it (and io.EOF) when the buffer ends first. */
  readBytes(delim: number): [ByteSlice, GoError | null] {
    const at = this.data.indexOf(delim, this.off);
    const n = at < 0 ? this.len() : at + 1 - this.off;
    const line = this.take(n);
    this.lastRead = 'read';
    return [line, at < 0 ? EOF : null];
  }

  readString(delim: number): [string, GoError | null] {
    const [line, err] = this.readBytes(delim);
    return [stringFromBytes(line), err];
  }

  /** `io.WriterTo`: writes the unread bytes to w. */
  async writeTo(w: Writer): Promise<Result> {
    this.lastRead = null;
    if (this.len() === 0) return [0, null];
    const rest = this.take(this.len());
    this.reset();
    return await w.write(rest);
  }

  private take(n: number): ByteSlice {
    const taken = byteSlice(Uint8Array.from(this.data.slice(this.off, this.off + n)));
    this.off += n;
    return taken;
  }
}
