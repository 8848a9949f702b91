// Go's io package as programs see it (the runtime namespace `goio`): io.ts and the readers and
// writers built on it.
export * from './io.js';
export { ErrClosedPipe, pipe, PipeReader, PipeWriter } from './io-pipe.js';
export { newSectionReader, SectionReader, type ReaderAt } from './io-section-reader.js';
