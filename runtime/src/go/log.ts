/**
 * Go's `log` package: one line per message on stderr, after the date and time (LstdFlags) and
 * the prefix. Fatal* exit with status 1; Panic* panic with the message.
 */
import { sprint, sprintf, sprintln } from '../fmt/go.js';
import { exit, stderr } from './os.js';
import { panic } from './panic.js';
import { now } from './time-instant.js';
import { writeTo, type Writer } from './writer.js';

export const ldate = 1;
export const ltime = 2;
export const lmicroseconds = 4;
export const llongfile = 8;
export const lshortfile = 16;
export const lutc = 32;
export const lmsgprefix = 64;
export const lstdFlags = ldate | ltime;

/** `*log.Logger`: a destination, a prefix and flags. */
export class Logger {
  constructor(
    private out: Writer,
    private pfx: string,
    private flag: number,
  ) {}

  private header(): string {
    let t = now();
    if (this.flag & lutc) t = t.utc();
    let h = '';
    if (this.flag & ldate) h += t.format('2006/01/02 ');
    if (this.flag & (ltime | lmicroseconds))
      h += t.format(this.flag & lmicroseconds ? '15:04:05.000000 ' : '15:04:05 ');
    return this.flag & lmsgprefix ? h + this.pfx : this.pfx + h;
  }

  /** Writes one message, with a newline unless it ends with one. */
  output(_calldepth: number, s: string): null {
    const line = this.header() + s + (s.endsWith('\n') ? '' : '\n');
    writeTo(this.out, line);
    return null;
  }

  println(...v: unknown[]): void {
    this.output(2, sprintln(...v));
  }

  printf(format: string, ...v: unknown[]): void {
    this.output(2, sprintf(format, ...v));
  }

  print(...v: unknown[]): void {
    this.output(2, sprint(...v));
  }

  fatal(...v: unknown[]): never {
    this.output(2, sprint(...v));
    return exit(1);
  }

  fatalf(format: string, ...v: unknown[]): never {
    this.output(2, sprintf(format, ...v));
    return exit(1);
  }

  fatalln(...v: unknown[]): never {
    this.output(2, sprintln(...v));
    return exit(1);
  }

  panic(...v: unknown[]): never {
    const s = sprint(...v);
    this.output(2, s);
    return panic(s);
  }

  panicf(format: string, ...v: unknown[]): never {
    const s = sprintf(format, ...v);
    this.output(2, s);
    return panic(s);
  }

  panicln(...v: unknown[]): never {
    const s = sprintln(...v);
    this.output(2, s);
    return panic(s);
  }

  setFlags(flag: number): void {
    this.flag = flag;
  }

  flags(): number {
    return this.flag;
  }

  setPrefix(prefix: string): void {
    this.pfx = prefix;
  }

  prefix(): string {
    return this.pfx;
  }

  setOutput(w: Writer): void {
    this.out = w;
  }

  writer(): Writer {
    return this.out;
  }
}

/** `log.New(out, prefix, flag)` */
export { newLogger as new };
function newLogger(out: Writer, prefix: string, flag: number): Logger {
  return new Logger(out, prefix, flag);
}

const std = new Logger(stderr, '', lstdFlags);

export const println = (...v: unknown[]): void => std.println(...v);
export const printf = (format: string, ...v: unknown[]): void => std.printf(format, ...v);
export const print = (...v: unknown[]): void => std.print(...v);
export const fatal = (...v: unknown[]): never => std.fatal(...v);
export const fatalf = (format: string, ...v: unknown[]): never => std.fatalf(format, ...v);
export const fatalln = (...v: unknown[]): never => std.fatalln(...v);
export const panicf = (format: string, ...v: unknown[]): never => std.panicf(format, ...v);
export const panicln = (...v: unknown[]): never => std.panicln(...v);
export const setFlags = (flag: number): void => std.setFlags(flag);
export const flags = (): number => std.flags();
export const setPrefix = (prefix: string): void => std.setPrefix(prefix);
export const prefix = (): string => std.prefix();
export const setOutput = (w: Writer): void => std.setOutput(w);
export const writer = (): Writer => std.writer();
export { logPanic as panic };
function logPanic(...v: unknown[]): never {
  return std.panic(...v);
}
