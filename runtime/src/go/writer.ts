import { len } from './builtins.js';
import { bytesOfString } from './string-bytes.js';

/**
 * Where `fmt.Fprint*` and a log.Logger can write: an io.Writer (os.Stdout, a bufio.Writer, a
 * type of the program with a Write method), or anything with WriteString (strings.Builder).
 */
export type Writer = { writeString(s: string): unknown } | { write(p: any): unknown };

/** Writes text to w, through WriteString where w has it; Go's (n, err) with n in bytes. */
export function writeTo(w: Writer, text: string): [number, null] {
  if ('writeString' in w && typeof w.writeString === 'function') w.writeString(text);
  else (w as { write(p: Uint8Array): unknown }).write(bytesOfString(text));
  return [len(text), null];
}
