// `bufio.Scanner`: tokens (lines by default) read from any io.Reader, split as Go splits them.
import { ErrorString, type GoError } from './errors.js';
import { asUint8Array, byteSlice, EOF, ErrNoProgress, type Bytes, type ByteSlice, type Reader } from './io.js';
import { panic } from './panic.js';
import { isSpace, runeAt, startsWithFullRune } from './runes-of-bytes.js';
import { stringFromBytes } from './string-bytes.js';

/** A split function's answer: bytes to consume, the token (null: none yet), an error. */
export type SplitResult = [advance: number, token: Bytes | null, err: GoError | null];
export type SplitFunc = (data: ByteSlice, atEOF: boolean) => SplitResult;

export const maxScanTokenSize = 64 * 1024;
const START_BUFFER_SIZE = 4096;
/** Reads and tokens in a row that make no progress before the Scanner gives up. */
const MAX_CONSECUTIVE_EMPTY_READS = 100;

export const ErrTooLong: GoError = new ErrorString('bufio.Scanner: token too long');
export const ErrNegativeAdvance: GoError = new ErrorString('bufio.Scanner: SplitFunc returns negative advance count');
export const ErrAdvanceTooFar: GoError = new ErrorString('bufio.Scanner: SplitFunc returns advance count beyond input');
export const ErrBadReadCount: GoError = new ErrorString('bufio.Scanner: Read returned impossible count');
/** Returned by a split function: this token is the last one. */
export const ErrFinalToken: GoError = new ErrorString('final token');

const NO_TOKEN: SplitResult = [0, null, null];

/**
 * Whether a split function's token is Go's nil ("no token yet"): null, or the empty array the
 * translation makes of a nil []byte. A token cut from the data is a Uint8Array, even when empty.
 */
function isNilSlice(token: Bytes | null): token is null | [] {
  return token === null || (Array.isArray(token) && token.length === 0);
}

function dropCR(data: Uint8Array): Uint8Array {
  return data.length > 0 && data[data.length - 1] === 0x0d ? data.subarray(0, data.length - 1) : data;
}

/** `bufio.ScanLines`: lines without their `\n` (or `\r\n`); the last line may lack one. */
export function scanLines(data: Uint8Array, atEOF: boolean): SplitResult {
  if (atEOF && data.length === 0) return NO_TOKEN;
  const i = data.indexOf(0x0a);
  if (i >= 0) return [i + 1, dropCR(data.subarray(0, i)), null];
  if (atEOF) return [data.length, dropCR(data), null];
  return NO_TOKEN;
}

/** `bufio.ScanBytes`: each byte. */
export function scanBytes(data: Uint8Array, atEOF: boolean): SplitResult {
  if (atEOF && data.length === 0) return NO_TOKEN;
  return [1, data.subarray(0, 1), null];
}

const ENCODED_RUNE_ERROR = Uint8Array.of(0xef, 0xbf, 0xbd);

/** `bufio.ScanRunes`: each UTF-8 character; a byte that is not one gives U+FFFD. */
export function scanRunes(data: Uint8Array, atEOF: boolean): SplitResult {
  if (atEOF && data.length === 0) return NO_TOKEN;
  if (data[0]! < 0x80) return [1, data.subarray(0, 1), null];
  if (!atEOF && !startsWithFullRune(data)) return NO_TOKEN;
  const [r, size] = runeAt(data);
  return r === 0xfffd && size === 1 ? [1, ENCODED_RUNE_ERROR, null] : [size, data.subarray(0, size), null];
}

/** `bufio.ScanWords`: words separated by white space, which is dropped. */
export function scanWords(data: Uint8Array, atEOF: boolean): SplitResult {
  let start = 0;
  while (start < data.length) {
    const [r, width] = runeAt(data.subarray(start));
    if (!isSpace(r)) break;
    start += width;
  }
  for (let i = start; i < data.length;) {
    const [r, width] = runeAt(data.subarray(i));
    if (isSpace(r)) return [i + width, data.subarray(start, i), null];
    i += width;
  }
  if (atEOF && data.length > start) return [data.length, data.subarray(start), null];
  return [start, null, null];
}

export class Scanner {
  private splitter: SplitFunc = scanLines;
  private maxTokenSize = maxScanTokenSize;
  private token: Uint8Array | null = null;
  private buf = new Uint8Array(0);
  private start = 0;
  private end = 0;
  private failure: GoError | null = null;
  private emptyTokens = 0;
  private scanCalled = false;
  private done = false;

  constructor(private readonly r: Reader) {}

  /** The error that ended the scan; null when it ended at EOF. */
  err(): GoError | null {
    return this.failure === EOF ? null : this.failure;
  }

  /** The current token as a []byte (overwritten by the next Scan). */
  bytes(): ByteSlice {
    return byteSlice(this.token ?? new Uint8Array(0));
  }

  text(): string {
    return stringFromBytes(this.bytes());
  }

  /** `Buffer(buf, max)`: the first buffer (its capacity) and the longest token allowed. */
  buffer(buf: Bytes | null, max: number): void {
    if (this.scanCalled) panic('Buffer called after Scan');
    this.buf = new Uint8Array(asUint8Array(buf).length);
    this.maxTokenSize = max;
  }

  /** `Split(f)`: how the input is cut into tokens (ScanLines unless set). */
  split(f: SplitFunc): void {
    if (this.scanCalled) panic('Split called after Scan');
    this.splitter = f;
  }

  /** Advances to the next token; false at the end of the input or on an error (see Err). */
  async scan(): Promise<boolean> {
    if (this.done) return false;
    this.scanCalled = true;
    for (;;) {
      if (this.end > this.start || this.failure !== null) {
        const found = this.nextToken();
        if (found !== null) return found;
      }
      if (this.failure !== null) {
        this.start = this.end = 0;
        return false;
      }
      if (!this.makeRoom()) return false;
      await this.fill();
    }
  }

  /** Runs the split function on the buffered data: true or false when Scan has its answer, null when it needs more data. */
  private nextToken(): boolean | null {
    const [advance, answer, err] = this.splitter(
      byteSlice(this.buf.subarray(this.start, this.end)),
      this.failure !== null,
    );
    const token = isNilSlice(answer) ? null : answer;
    if (err !== null) {
      if (err === ErrFinalToken) {
        this.token = token === null ? null : asUint8Array(token);
        this.done = true;
        return token !== null;
      }
      this.setErr(err);
      return false;
    }
    if (!this.advance(advance)) return false;
    this.token = token === null ? null : asUint8Array(token);
    if (token === null) return null;
    if (this.failure === null || advance > 0) this.emptyTokens = 0;
    else if (++this.emptyTokens > MAX_CONSECUTIVE_EMPTY_READS)
      panic('bufio.Scan: too many empty tokens without progressing');
    return true;
  }

  private advance(n: number): boolean {
    if (n < 0) return (this.setErr(ErrNegativeAdvance), false);
    if (n > this.end - this.start) return (this.setErr(ErrAdvanceTooFar), false);
    this.start += n;
    return true;
  }

  /** Moves the unread data to the front, or grows the buffer when it is full; false when the token would be too long. */
  private makeRoom(): boolean {
    if (this.start > 0 && (this.end === this.buf.length || this.start > this.buf.length / 2)) {
      this.buf.copyWithin(0, this.start, this.end);
      this.end -= this.start;
      this.start = 0;
    }
    if (this.end < this.buf.length) return true;
    if (this.buf.length >= this.maxTokenSize) {
      this.setErr(ErrTooLong);
      return false;
    }
    const size = Math.min(Math.max(this.buf.length * 2, START_BUFFER_SIZE), this.maxTokenSize);
    const bigger = new Uint8Array(size);
    bigger.set(this.buf.subarray(this.start, this.end));
    this.end -= this.start;
    this.start = 0;
    this.buf = bigger;
    return true;
  }

  /** One read into the free space (a few if they give nothing). */
  private async fill(): Promise<void> {
    for (let emptyReads = 0; ;) {
      const [n, err] = await this.r.read(this.buf.subarray(this.end));
      if (n < 0 || n > this.buf.length - this.end) return this.setErr(ErrBadReadCount);
      this.end += n;
      if (err !== null) return this.setErr(err);
      if (n > 0) {
        this.emptyTokens = 0;
        return;
      }
      if (++emptyReads > MAX_CONSECUTIVE_EMPTY_READS) return this.setErr(ErrNoProgress);
    }
  }

  private setErr(err: GoError): void {
    if (this.failure === null || this.failure === EOF) this.failure = err;
  }
}

export function newScanner(r: Reader): Scanner {
  return new Scanner(r);
}
