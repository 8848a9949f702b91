// The worker thread `chan2ts run` runs a translated program in (see run.ts). The program is a
// data: URL, loaded from memory; here it gets its arguments, the process's stdin, stdout and
// stderr written synchronously as a compiled program's are, and stack traces that point into
// the .go/.rs file.
import { createReadStream } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { isatty, ReadStream } from 'node:tty';
import { Writable, type Readable } from 'node:stream';
import { BrokenPipe, say, writeAll } from './output.js';
import { printable } from './report.js';
import type { SourceLanguage } from '../translate/index.js';
import type { TraceOptions } from '../../runtime/src/core/trace.js';
import { writeTraceOutputs, type TraceRequest } from './trace-output.js';

export interface ProgramData {
  kind: 'chan2ts-program';
  /** The translated JavaScript, as a data: URL. */
  url: string;
  /** Its source map, whose source is the .go/.rs file. */
  map: SourceMapPayload;
  /** The program's name: os.Args[0], std::env::args().next(). */
  file: string;
  args: string[];
  language: SourceLanguage;
  /** The URL of the runtime the program imports. */
  runtime: string;
  trace: TraceRequest | null;
  /** Set to 1 before the worker exits because stdout or stderr is a closed pipe. */
  brokenPipe: Int32Array;
}

export function isProgramData(data: unknown): data is ProgramData {
  return typeof data === 'object' && data !== null && (data as ProgramData).kind === 'chan2ts-program';
}

/** A stream that writes each chunk before write() returns. */
class FdStream extends Writable {
  readonly isTTY: boolean;

  constructor(
    readonly fd: number,
    private readonly onBrokenPipe: () => never,
  ) {
    super({ decodeStrings: false });
    this.isTTY = isatty(fd);
  }

  override _write(chunk: string | Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    try {
      writeAll(this.fd, chunk);
    } catch (error) {
      if (error instanceof BrokenPipe) this.onBrokenPipe();
      // Otherwise the output is lost, as a Go program that ignores fmt.Println's error loses it.
    }
    callback();
  }
}

function replaceStdio(name: 'stdout' | 'stderr', stream: FdStream): void {
  Object.defineProperty(process, name, { configurable: true, enumerable: true, get: () => stream });
}

/** A worker's own process.stdin reads nothing: this one reads descriptor 0, opened on first use. */
function connectStdin(): void {
  let stdin: Readable | undefined;
  const open = (): Readable => (isatty(0) ? new ReadStream(0) : createReadStream('', { fd: 0, autoClose: false }));
  Object.defineProperty(process, 'stdin', { configurable: true, enumerable: true, get: () => (stdin ??= open()) });
}

/** Frames in the program (the data: URL) are shown at their place in the .go/.rs file. */
function mapStackTraces(url: string, payload: SourceMapPayload): void {
  const map = new SourceMap(payload);
  const source = payload.sources[0] ?? 'program';
  const frame = (site: NodeJS.CallSite): string => {
    if (site.getFileName() !== url) return String(site);
    const entry = map.findEntry((site.getLineNumber() ?? 1) - 1, (site.getColumnNumber() ?? 1) - 1) as Partial<{
      originalLine: number;
      originalColumn: number;
    }>;
    const where =
      entry.originalLine === undefined
        ? source
        : `${source}:${entry.originalLine + 1}:${(entry.originalColumn ?? 0) + 1}`;
    const name = site.getFunctionName();
    return `${site.isAsync() ? 'async ' : ''}${name ? `${name} (${where})` : where}`;
  };
  Error.prepareStackTrace = (error: Error, sites: NodeJS.CallSite[]) =>
    `${Error.prototype.toString.call(error)}${sites.map((site) => `\n    at ${frame(site)}`).join('')}`;
}

/** Where the program is running now in its source, e.g. "prog.go:12:3": the first program frame of the stack. */
function programLocation(source: string, shownName: string): string | undefined {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 30;
  const stack = new Error().stack ?? '';
  Error.stackTraceLimit = limit;
  const at = stack.indexOf(`${source}:`);
  if (at < 0) return undefined;
  const position = /^:\d+:\d+/.exec(stack.slice(at + source.length))?.[0];
  return position === undefined ? undefined : `${shownName}${position}`;
}

/** Turns the runtime's trace on: the program imports the same runtime module, so it records this program. */
async function startTracing(data: ProgramData, request: TraceRequest): Promise<void> {
  const runtime = (await import(data.runtime)) as { startTracing(options: TraceOptions): unknown };
  const source = data.map.sources[0] ?? '';
  runtime.startTracing({
    locate: () => programLocation(source, data.file),
    onEnd: (recorder) => writeTraceOutputs(recorder, request, data.language, data.file),
  });
}

export async function runProgramWorker(data: ProgramData): Promise<void> {
  process.argv = [process.execPath, data.file, ...data.args];
  const onBrokenPipe = (): never => {
    Atomics.store(data.brokenPipe, 0, 1);
    return process.exit(141);
  };
  replaceStdio('stdout', new FdStream(1, onBrokenPipe));
  replaceStdio('stderr', new FdStream(2, onBrokenPipe));
  connectStdin();
  mapStackTraces(data.url, data.map);
  try {
    if (data.trace !== null) await startTracing(data, data.trace);
    await import(data.url);
  } catch (error) {
    say(printable(`chan2ts: internal error: the translation does not load: ${(error as Error).message}`));
    if (process.env.CHAN2TS_DEBUG === '1') say(String((error as Error).stack));
    process.exit(1);
  }
}
