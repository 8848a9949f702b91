// Go's io/fs errors, which package os shares (os.ErrNotExist is fs.ErrNotExist): compared by
// identity with errors.Is, as Go compares them.
import { ErrorString, type GoError } from './errors.js';

export const ErrInvalid: GoError = new ErrorString('invalid argument');
export const ErrPermission: GoError = new ErrorString('permission denied');
export const ErrExist: GoError = new ErrorString('file already exists');
export const ErrNotExist: GoError = new ErrorString('file does not exist');
export const ErrClosed: GoError = new ErrorString('file already closed');
