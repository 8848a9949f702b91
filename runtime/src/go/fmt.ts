import { output } from '../core/program.js';
import { writeTo, type Writer } from './writer.js';
import { formatErrorf, sprint, sprintf, sprintln } from '../fmt/go.js';
import { ErrorString, WrapError, isError, type GoError } from './errors.js';

export { sprint, sprintf, sprintln };
export { print as eprint, println as eprintln } from './builtin-print.js';
export { bytes, float64, Pointer, ptr, typed } from '../fmt/go.js';

export function println(...args: unknown[]): void {
  output('stdout', sprintln(...args));
}

export function print(...args: unknown[]): void {
  output('stdout', sprint(...args));
}

export function printf(format: string, ...args: unknown[]): void {
  output('stdout', sprintf(format, ...args));
}

export type { Writer };
export type { State } from '../fmt/go.js';

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

export { scan, scanln, scanf, sscan, sscanln, sscanf, fscan, fscanln, fscanf, floatTarget } from './scan.js';
