// The running program's standard input as one queue of bytes that both flavours read: Go's
// os.Stdin takes up to len(p) bytes at a time, Rust's Stdin a line or everything. A read
// that finds nothing waits for the host as for any I/O (see `input`).
import { activeProgram, input, type Program } from './program.js';

class StandardInput {
  private pending: Uint8Array = new Uint8Array(0);
  private ended = false;
  /** The program whose input this is: a program run after it starts with its own. */
  private reader: Program | null = null;

  /** What has come and is not taken yet, waiting for more when that is nothing; empty at the end. */
  async available(): Promise<Uint8Array> {
    if (this.reader !== activeProgram()) {
      this.reader = activeProgram();
      this.pending = new Uint8Array(0);
      this.ended = false;
    }
    while (this.pending.length === 0 && !this.ended) {
      const chunk = await input();
      if (chunk === null) this.ended = true;
      else this.pending = chunk;
    }
    return this.pending;
  }

  /** Takes the first n bytes of what `available` gave. */
  take(n: number): Uint8Array {
    const taken = this.pending.subarray(0, n);
    this.pending = this.pending.subarray(n);
    return taken;
  }

  /** The bytes up to and with the next newline, or to the end; empty at the end. */
  async takeLine(): Promise<Uint8Array> {
    const parts: Uint8Array[] = [];
    for (;;) {
      const data = await this.available();
      if (data.length === 0) break;
      const newline = data.indexOf(10);
      parts.push(this.take(newline < 0 ? data.length : newline + 1));
      if (newline >= 0) break;
    }
    return concat(parts);
  }

  /** Everything up to the end. */
  async takeAll(): Promise<Uint8Array> {
    const parts: Uint8Array[] = [];
    for (let data = await this.available(); data.length > 0; data = await this.available())
      parts.push(this.take(data.length));
    return concat(parts);
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export const standardInput = new StandardInput();
