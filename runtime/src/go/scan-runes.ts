// Where fmt's scanning reads runes from: a reader's own ReadRune and UnreadRune (bufio.Reader,
// strings.Reader), or, for any other io.Reader (os.Stdin), a byte at a time with one rune kept
// to give back, which is lost when the call ends, as Go's fmt loses it.
import type { GoError } from './errors.js';
import { EOF, readFull, type Reader } from './io.js';
import { runeAt, startsWithFullRune } from './runes-of-bytes.js';

export type RuneResult = [rune: number, size: number, err: GoError | null];

export interface RuneScanner {
  readRune(): RuneResult | Promise<RuneResult>;
  unreadRune(): GoError | null;
}

function isRuneScanner(r: object): r is RuneScanner {
  const candidate = r as Partial<RuneScanner>;
  return typeof candidate.readRune === 'function' && typeof candidate.unreadRune === 'function';
}

const UTF_MAX = 4;

class ByteAtATime implements RuneScanner {
  private last: RuneResult = [0, 0, null];
  private giveBack = false;
  /** Bytes read past an invalid sequence, read again first. */
  private pending: number[] = [];

  constructor(private readonly r: Reader) {}

  private async readByte(): Promise<[number, GoError | null]> {
    if (this.pending.length > 0) return [this.pending.shift()!, null];
    const one = new Uint8Array(1);
    const [n, err] = await readFull(this.r, one);
    return n === 1 ? [one[0]!, null] : [0, err ?? EOF];
  }

  async readRune(): Promise<RuneResult> {
    if (this.giveBack) {
      this.giveBack = false;
      return this.last;
    }
    const [first, err] = await this.readByte();
    if (err !== null) return [0, 0, err];
    const buf = [first];
    while (buf.length < UTF_MAX && !startsWithFullRune(Uint8Array.from(buf))) {
      const [next, nextErr] = await this.readByte();
      if (nextErr === EOF) break;
      if (nextErr !== null) return [0, 0, nextErr];
      buf.push(next);
    }
    const [rune, size] = runeAt(Uint8Array.from(buf));
    this.pending.unshift(...buf.slice(size));
    this.last = [rune, size, null];
    return this.last;
  }

  unreadRune(): GoError | null {
    this.giveBack = true;
    return null;
  }
}

export function runeScannerOf(r: Reader): RuneScanner {
  return isRuneScanner(r) ? r : new ByteAtATime(r);
}
