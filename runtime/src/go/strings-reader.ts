// `strings.NewReader(s)`: an io.Reader (and ByteReader, RuneReader, their Unread*) over a string.
import { EOF, copyBytes, type Bytes, type Result, type Writer } from './io.js';
import { ErrorString, type GoError } from './errors.js';
import { runeAt } from './runes-of-bytes.js';
import { bytesOfString } from './string-bytes.js';

const errAtBeginning = (what: string) => new ErrorString(`strings.Reader.${what}: at beginning of string`);
const errNegativeOffset = new ErrorString('strings.Reader.ReadAt: negative offset');
const errPreviousNotRune = new ErrorString('strings.Reader.UnreadRune: previous operation was not ReadRune');

export class Reader {
  private bytes: Uint8Array;
  private at = 0;
  /** Where the last ReadRune began, or -1 when the last operation was not a ReadRune. */
  private runeStart = -1;

  constructor(s = '') {
    this.bytes = bytesOfString(s);
  }

  /** The number of bytes not yet read. */
  len(): number {
    return this.bytes.length - this.at;
  }

  /** The length of the whole string. */
  size(): number {
    return this.bytes.length;
  }

  read(p: Bytes): Result {
    this.runeStart = -1;
    if (this.at >= this.bytes.length) return [0, EOF];
    const n = copyBytes(p, this.bytes.subarray(this.at));
    this.at += n;
    return [n, null];
  }

  readByte(): [number, GoError | null] {
    this.runeStart = -1;
    if (this.at >= this.bytes.length) return [0, EOF];
    return [this.bytes[this.at++]!, null];
  }

  unreadByte(): GoError | null {
    if (this.at <= 0) return errAtBeginning('UnreadByte');
    this.runeStart = -1;
    this.at--;
    return null;
  }

  readRune(): [rune: number, size: number, err: GoError | null] {
    if (this.at >= this.bytes.length) {
      this.runeStart = -1;
      return [0, 0, EOF];
    }
    this.runeStart = this.at;
    const [r, size] = runeAt(this.bytes.subarray(this.at));
    this.at += size;
    return [r, size, null];
  }

  unreadRune(): GoError | null {
    if (this.at <= 0) return errAtBeginning('UnreadRune');
    if (this.runeStart < 0) return errPreviousNotRune;
    this.at = this.runeStart;
    this.runeStart = -1;
    return null;
  }

  /** `io.ReaderAt`: reads from byte `off` without moving the reader; EOF when p is not filled. */
  readAt(p: Bytes, off: number | bigint): Result {
    const from = Number(off);
    if (from < 0) return [0, errNegativeOffset];
    if (from >= this.bytes.length) return [0, EOF];
    const n = copyBytes(p, this.bytes.subarray(from));
    return [n, n < p.length ? EOF : null];
  }

  /** `io.WriterTo`: writes the rest of the string to w. */
  async writeTo(w: Writer): Promise<Result> {
    this.runeStart = -1;
    const rest = this.bytes.subarray(this.at);
    this.at = this.bytes.length;
    return rest.length === 0 ? [0, null] : await w.write(rest);
  }

  reset(s: string): void {
    this.bytes = bytesOfString(s);
    this.at = 0;
    this.runeStart = -1;
  }
}

export function newReader(s: string): Reader {
  return new Reader(s);
}
