/**
 * Go's `io` (the runtime namespace `goio`, since `io()` is the runtime's own wait for a
 * promise): the Reader and Writer interfaces as programs implement them, EOF, Copy, ReadAll.
 * A Reader's `read` may block (os.Stdin) and so may give a promise: whatever reads through
 * an io.Reader is async and awaits it.
 */
import { bytesOfString } from './string-bytes.js';
import { ErrorString, type GoError } from './errors.js';

/** A []byte as the program has it: a Uint8Array, or a number[] from `make([]byte, n)`. */
export type Bytes = Uint8Array | number[];

/** A []byte the runtime gives: a Uint8Array, typed so that it also fits where the translation writes []byte as number[]. */
export type ByteSlice = Uint8Array & number[];

export function byteSlice(b: Uint8Array): ByteSlice {
  return b as ByteSlice;
}

/** What Read and Write give: Go's (n int, err error). */
export type Result = [number, GoError | null];

/** `io.Reader`: a type with `Read(p []byte) (n int, err error)`. */
export interface Reader {
  read(p: any): Result | Promise<Result>;
}

/** `io.Writer`: a type with `Write(p []byte) (n int, err error)`. */
export interface Writer {
  write(p: any): Result | Promise<Result>;
}

export const EOF: GoError = new ErrorString('EOF');
export const ErrUnexpectedEOF: GoError = new ErrorString('unexpected EOF');
export const ErrShortWrite: GoError = new ErrorString('short write');
export const ErrShortBuffer: GoError = new ErrorString('short buffer');
export const ErrNoProgress: GoError = new ErrorString('multiple Read calls return no data or error');

/** Copies as much of `src` as fits into `dst` from index `at`; the count copied. */
export function copyBytes(dst: Bytes, src: Uint8Array, at = 0): number {
  const n = Math.min(dst.length - at, src.length);
  if (dst instanceof Uint8Array) dst.set(src.subarray(0, n), at);
  else for (let i = 0; i < n; i++) dst[at + i] = src[i]!;
  return n;
}

/** The bytes of a []byte as a Uint8Array (the same memory when it is one). */
export function asUint8Array(b: Bytes | null): Uint8Array {
  return b instanceof Uint8Array ? b : Uint8Array.from(b ?? []);
}

const COPY_BUFFER_SIZE = 32 * 1024;

/** `io.Copy(dst, src)`: writes what src gives until its EOF; the bytes copied, and the first error other than EOF. */
export async function copy(dst: Writer, src: Reader): Promise<[bigint, GoError | null]> {
  const buf = new Uint8Array(COPY_BUFFER_SIZE);
  let written = 0;
  // The count is an int64, a bigint (the translator's big-integers.ts).
  const result = (err: GoError | null): [bigint, GoError | null] => [BigInt(written), err];
  for (;;) {
    const [n, readErr] = await src.read(buf);
    if (n > 0) {
      const [w, writeErr] = await dst.write(buf.subarray(0, n));
      written += w;
      if (writeErr !== null) return result(writeErr);
      if (w !== n) return result(ErrShortWrite);
    }
    if (readErr !== null) return result(readErr === EOF ? null : readErr);
  }
}

/** `io.ReadAll(r)`: everything r gives until EOF (which is not an error here). */
export async function readAll(r: Reader): Promise<[ByteSlice, GoError | null]> {
  let buf = new Uint8Array(512);
  let size = 0;
  for (;;) {
    if (size === buf.length) {
      const bigger = new Uint8Array(buf.length * 2);
      bigger.set(buf);
      buf = bigger;
    }
    const [n, err] = await r.read(buf.subarray(size));
    size += n;
    if (err !== null) return [byteSlice(buf.slice(0, size)), err === EOF ? null : err];
  }
}

/** `io.ReadFull(r, buf)`: fills buf; EOF when nothing was read, ErrUnexpectedEOF when only part of it. */
export async function readFull(r: Reader, buf: Bytes): Promise<Result> {
  let filled = 0;
  const target = asUint8Array(buf);
  while (filled < target.length) {
    const [n, err] = await r.read(target.subarray(filled));
    filled += n;
    if (err !== null) {
      if (filled >= target.length) break;
      copyBack(buf, target, filled);
      return [filled, err === EOF && filled > 0 ? ErrUnexpectedEOF : err];
    }
  }
  copyBack(buf, target, filled);
  return [filled, null];
}

/** A number[] was read into a copy: its first `n` bytes go back into it. */
function copyBack(buf: Bytes, target: Uint8Array, n: number): void {
  if (buf !== target) copyBytes(buf, target.subarray(0, n));
}

/** `io.WriteString(w, s)`: w's WriteString when it has one, else Write of s's bytes. */
export function writeString(w: Writer | { writeString(s: string): Result }, s: string): Result | Promise<Result> {
  if ('writeString' in w && typeof w.writeString === 'function') return w.writeString(s);
  return (w as Writer).write(bytesOfString(s));
}

/** `io.Discard`: a Writer that takes everything and keeps nothing. */
export const Discard = {
  write: (p: Bytes): Result => [p.length, null],
  writeString: (s: string): Result => [bytesOfString(s).length, null],
};

/**
 * `io.MultiWriter(ws...)`: each write goes to every writer, in order. While the writers answer
 * at once so does it, so that fmt.Fprintf (which does not wait) reaches them all.
 */
export function multiWriter(...writers: Writer[]): Writer {
  const checked = ([n, err]: Result, p: Bytes): Result | null =>
    err !== null ? [n, err] : n !== p.length ? [n, ErrShortWrite] : null;
  const writeFrom = (p: Bytes, first: number): Result | Promise<Result> => {
    for (let i = first; i < writers.length; i++) {
      const result = writers[i]!.write(p);
      if (!Array.isArray(result)) return result.then((r) => checked(r, p) ?? writeFrom(p, i + 1));
      const failed = checked(result, p);
      if (failed !== null) return failed;
    }
    return [p.length, null];
  };
  return { write: (p: Bytes) => writeFrom(p, 0) };
}

/** `io.LimitReader(r, n)`: r, ending with EOF after n bytes. */
export function limitReader(r: Reader, n: number): Reader {
  let left = n;
  return {
    async read(p: Bytes): Promise<Result> {
      if (left <= 0) return [0, EOF];
      const target = asUint8Array(p).subarray(0, Math.min(p.length, left));
      const [got, err] = await r.read(target);
      copyBack(p, target, got);
      left -= got;
      return [got, err];
    },
  };
}

/** `io.MultiReader(rs...)`: the readers one after another. */
export function multiReader(...readers: Reader[]): Reader {
  const rest = [...readers];
  return {
    async read(p: Bytes): Promise<Result> {
      while (rest.length > 0) {
        const [n, err] = await rest[0]!.read(p);
        if (err === EOF) rest.shift();
        if (n > 0 || err !== EOF) return [n, err === EOF && rest.length > 0 ? null : err];
      }
      return [0, EOF];
    },
  };
}

/** `io.TeeReader(r, w)`: reads r and writes what it read to w. */
export function teeReader(r: Reader, w: Writer): Reader {
  return {
    async read(p: Bytes): Promise<Result> {
      const [n, err] = await r.read(p);
      if (n > 0) {
        const [, writeErr] = await w.write(asUint8Array(p).subarray(0, n));
        if (writeErr !== null) return [n, writeErr];
      }
      return [n, err];
    },
  };
}
