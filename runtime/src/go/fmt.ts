import { output } from '../core/program.js';
import { sprint, sprintf, sprintln } from '../fmt/go.js';
import { ErrorString, WrapError, isError, type GoError } from './errors.js';

export { sprint, sprintf, sprintln };
export { float64, ptr } from '../fmt/go.js';

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

/** `fmt.Errorf`: `%w` formats like `%v` and makes the result wrap that error. */
export function errorf(format: string, ...args: unknown[]): GoError {
  const wrapped: GoError[] = [];
  let argIndex = 0;
  const plain = format.replace(/%([-+# 0]*[\d*]*(?:\.[\d*]*)?)([a-zA-Z%])/g, (spec, flags: string, verb: string) => {
    if (verb === '%') return spec;
    const stars = (flags.match(/\*/g) ?? []).length;
    argIndex += stars;
    const arg = args[argIndex++];
    if (verb !== 'w') return spec;
    if (isError(arg)) wrapped.push(arg);
    return `%${flags}v`;
  });
  const text = sprintf(plain, ...args);
  return wrapped.length > 0 ? new WrapError(text, wrapped) : new ErrorString(text);
}
