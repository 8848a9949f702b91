import { output } from '../core/program.js';
import { len } from './builtins.js';
import { OutputStream } from './os.js';
import { formatErrorf, sprint, sprintf, sprintln } from '../fmt/go.js';
import { ErrorString, WrapError, isError, type GoError } from './errors.js';

export { sprint, sprintf, sprintln };
export { float64, ptr, typed } from '../fmt/go.js';

export function println(...args: unknown[]): void {
  output('stdout', sprintln(...args));
}

export function print(...args: unknown[]): void {
  output('stdout', sprint(...args));
}

/** Go's builtin `println`: operands separated by spaces, to standard error. */
export function eprintln(...args: unknown[]): void {
  output('stderr', sprintln(...args));
}

/** Go's builtin `print`, to standard error. */
export function eprint(...args: unknown[]): void {
  output('stderr', sprint(...args));
}

export function printf(format: string, ...args: unknown[]): void {
  output('stdout', sprintf(format, ...args));
}

/** Where `fmt.Fprint*` can write: os.Stdout, os.Stderr, or anything with WriteString (strings.Builder). */
export type Writer = OutputStream | { writeString(s: string): unknown };

function writeTo(w: Writer, text: string): [number, null] {
  if (w instanceof OutputStream) output(w.stream, text);
  else w.writeString(text);
  return [len(text), null];
}

export function fprintln(w: Writer, ...args: unknown[]): [number, null] {
  return writeTo(w, sprintln(...args));
}

export function fprint(w: Writer, ...args: unknown[]): [number, null] {
  return writeTo(w, sprint(...args));
}

export function fprintf(w: Writer, format: string, ...args: unknown[]): [number, null] {
  return writeTo(w, sprintf(format, ...args));
}

/** `fmt.Errorf`: `%w` formats like `%v` and makes the result wrap that error. */
export function errorf(format: string, ...args: unknown[]): GoError {
  const { message, wrapped } = formatErrorf(format, ...args);
  const errors = wrapped.filter(isError);
  return errors.length > 0 ? new WrapError(message, errors) : new ErrorString(message);
}
