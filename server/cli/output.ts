// Writes straight to a file descriptor, synchronously, as a compiled program does: nothing is
// buffered, so nothing is lost when the process ends, and a closed pipe is seen at the write
// that hits it. process.stdout is not used: on a pipe Node may switch the descriptor, which
// the caller's other processes share, to non-blocking mode.
import { writeSync } from 'node:fs';

/** The reader of a pipe went away (EPIPE): the writer should end quietly, as on SIGPIPE. */
export class BrokenPipe extends Error {
  constructor(readonly fd: number) {
    super(`write to descriptor ${fd}: broken pipe`);
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/** Writes all of `data` to `fd`; throws BrokenPipe when the reader has gone. */
export function writeAll(fd: number, data: string | Uint8Array): void {
  let bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  while (bytes.length > 0) {
    try {
      const written = writeSync(fd, bytes);
      bytes = bytes.subarray(written);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') throw new BrokenPipe(fd);
      // A descriptor another process left non-blocking: wait a little for the reader.
      if (code === 'EAGAIN') Atomics.wait(pause, 0, 0, 1);
      else throw error;
    }
  }
}

/** Standard error, for chan2ts's own lines; a closed stderr is not worth a crash. */
export function say(text: string): void {
  try {
    writeAll(2, text.endsWith('\n') ? text : `${text}\n`);
  } catch (error) {
    if (!(error instanceof BrokenPipe)) throw error;
  }
}
