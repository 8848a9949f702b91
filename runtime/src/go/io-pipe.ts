// `io.Pipe()`: a synchronous in-memory pipe. A Read takes bytes of one Write at a time and
// parks until a Write (or a Close) comes; a Write parks until readers took all its bytes (or the
// reader closed), as in Go. Callers that cannot wait (fmt.Fprintf through WriteString, a
// bufio.Writer's Flush through queue) leave their bytes in the pipe and go on.
import { park, taskWaiter, wake } from '../core/scheduler.js';
import { WaitList } from '../core/waiter.js';
import { ErrorString, type GoError } from './errors.js';
import { EOF, asUint8Array, copyBytes, type Bytes, type Result } from './io.js';
import { bytesOfString } from './string-bytes.js';

export const ErrClosedPipe: GoError = new ErrorString('io: read/write on closed pipe');

/** One Write's bytes, as far as readers took them. */
interface Chunk {
  data: Uint8Array;
  taken: number;
  /** Writers parked until it is all read (or the reader closes). */
  writers: WaitList;
}

class Pipe {
  readonly chunks: Chunk[] = [];
  readonly readers = new WaitList();
  /** Set by the writer's Close (EOF) or CloseWithError: what reads give once the data is gone. */
  writeClosed: GoError | null = null;
  /** Set by the reader's Close: what writes give. */
  readClosed: GoError | null = null;

  wakeReaders(): void {
    for (let w = this.readers.shift(); w !== null; w = this.readers.shift()) wake(w, undefined);
  }

  finish(chunk: Chunk): void {
    for (let w = chunk.writers.shift(); w !== null; w = chunk.writers.shift()) wake(w, undefined);
  }

  describe(): string {
    return 'io.Pipe';
  }
}

export class PipeReader {
  constructor(private readonly pipe: Pipe) {}

  async read(p: Bytes): Promise<Result> {
    const pipe = this.pipe;
    for (;;) {
      if (pipe.readClosed !== null) return [0, ErrClosedPipe];
      const chunk = pipe.chunks[0];
      if (chunk !== undefined) {
        const n = copyBytes(p, chunk.data.subarray(chunk.taken));
        chunk.taken += n;
        if (chunk.taken === chunk.data.length) {
          pipe.chunks.shift();
          pipe.finish(chunk);
        }
        return [n, null];
      }
      if (pipe.writeClosed !== null) return [0, pipe.writeClosed];
      const w = taskWaiter();
      pipe.readers.push(w);
      await park(w, 'select', pipe);
    }
  }

  close(): GoError | null {
    return this.closeWithError(null);
  }

  /** Writes from now on give err (ErrClosedPipe for nil); writers waiting give up. */
  closeWithError(err: GoError | null): GoError | null {
    const pipe = this.pipe;
    pipe.readClosed ??= err ?? ErrClosedPipe;
    for (const chunk of pipe.chunks.splice(0)) pipe.finish(chunk);
    return null;
  }
}

export class PipeWriter {
  constructor(private readonly pipe: Pipe) {}

  /** Go's Write: parks until the bytes were read; (n, err) at once when the pipe is closed. */
  write(p: Bytes): Result | Promise<Result> {
    const refused = this.refusal();
    if (refused !== null || p.length === 0) return [0, refused];
    const pipe = this.pipe;
    const chunk = this.push(p);
    const w = taskWaiter();
    chunk.writers.push(w);
    return park(w, 'select', pipe).then(() =>
      chunk.taken === chunk.data.length ? [p.length, null] : [chunk.taken, pipe.readClosed ?? ErrClosedPipe],
    );
  }

  /** For callers that cannot wait: the bytes stay in the pipe for readers. */
  queue(p: Uint8Array): Result {
    const refused = this.refusal();
    if (refused !== null || p.length === 0) return [0, refused];
    this.push(p);
    return [p.length, null];
  }

  /** What fmt.Fprintf and io.WriteString call: `queue` of the string's bytes. */
  writeString(s: string): Result {
    return this.queue(bytesOfString(s));
  }

  /** The error a write gets from a closed pipe, or null. */
  private refusal(): GoError | null {
    if (this.pipe.writeClosed !== null) return ErrClosedPipe;
    return this.pipe.readClosed;
  }

  private push(p: Bytes): Chunk {
    const chunk: Chunk = { data: asUint8Array(p).slice(), taken: 0, writers: new WaitList() };
    this.pipe.chunks.push(chunk);
    this.pipe.wakeReaders();
    return chunk;
  }

  close(): GoError | null {
    return this.closeWithError(null);
  }

  /** Reads, once the data written is gone, give err (EOF for nil). */
  closeWithError(err: GoError | null): GoError | null {
    const pipe = this.pipe;
    pipe.writeClosed ??= err ?? EOF;
    pipe.wakeReaders();
    return null;
  }
}

/** `io.Pipe()`: the reading and the writing half of a new pipe. */
export function pipe(): [PipeReader, PipeWriter] {
  const shared = new Pipe();
  return [new PipeReader(shared), new PipeWriter(shared)];
}
