// Go's io/fs errors, which package os shares (os.ErrNotExist is fs.ErrNotExist): compared by
// identity with errors.Is, as Go compares them.
import { ErrorString, type GoError } from './errors.js';

export const ErrInvalid: GoError = new ErrorString('invalid argument');
export const ErrPermission: GoError = new ErrorString('permission denied');
export const ErrExist: GoError = new ErrorString('file already exists');
export const ErrNotExist: GoError = new ErrorString('file does not exist');
export const ErrClosed: GoError = new ErrorString('file already closed');

/** fmt's key for an object's Go type name (%T, %v of pointers). */
const GO_TYPE = Symbol.for('chan2ts.goType');

/** `*fs.PathError` (also `*os.PathError`): the operation, the path, and why it failed. */
export class PathError implements GoError {
  readonly [GO_TYPE] = '*fs.PathError';
  op: string;
  path: string;
  err: GoError | null;

  /** `&fs.PathError{Op: ..., Path: ..., Err: ...}`, fields as the translation names them. */
  constructor(init: { op?: string; path?: string; err?: GoError | null } = {}) {
    this.op = init.op ?? '';
    this.path = init.path ?? '';
    this.err = init.err ?? null;
  }

  Error(): string {
    return `${this.op} ${this.path}: ${this.err?.Error() ?? '<nil>'}`;
  }

  unwrap(): GoError | null {
    return this.err;
  }
}
