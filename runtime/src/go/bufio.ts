/** Go's `bufio`: Scanner, Reader and Writer over the runtime's io.Reader and io.Writer. */
export {
  Scanner,
  newScanner,
  scanLines,
  scanWords,
  scanRunes,
  scanBytes,
  maxScanTokenSize,
  ErrTooLong,
  ErrNegativeAdvance,
  ErrAdvanceTooFar,
  ErrBadReadCount,
  ErrFinalToken,
  type SplitFunc,
} from './bufio-scanner.js';
export {
  Reader,
  newReader,
  newReaderSize,
  ErrBufferFull,
  ErrInvalidUnreadByte,
  ErrInvalidUnreadRune,
  ErrNegativeCount,
} from './bufio-reader.js';
export { Writer, newWriter, newWriterSize } from './bufio-writer.js';
