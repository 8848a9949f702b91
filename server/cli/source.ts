// Reading the source chan2ts is given, and what Go and Rust say about bytes that are not
// UTF-8: Go (go/scanner, as gofmt and vet print it) reports each bad byte, Rust refuses the file.
import { readFileSync, statSync } from 'node:fs';
import type { Diagnostic } from '../translate/diagnostics.js';
import type { SourceLanguage } from '../translate/index.js';
import { printable } from './report.js';

/** One of chan2ts's own errors: a single line on stderr, exit 1. */
export class CliError extends Error {}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'not a directory',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'file name too long',
};

/** A file system error as one line: `chan2ts: prog.go: is a directory`. */
export function fileError(path: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const reason = REASONS[code] ?? (error as Error).message;
  return new CliError(`${printable(path)}: ${reason}`);
}

/** The bytes of FILE, or of stdin for `-`. */
export function readSource(file: string): Buffer {
  try {
    if (file === '-') return readFileSync(0);
    if (statSync(file).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    return readFileSync(file);
  } catch (error) {
    throw fileError(file === '-' ? 'stdin' : file, error);
  }
}

interface Place {
  line: number;
  column: number;
}

/** Length of the UTF-8 sequence at `i`, or 0 when it is not valid UTF-8 (Go's utf8.DecodeRune rules). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < bytes.length && bytes[i + k]! >= lo && bytes[i + k]! <= hi;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const lo = b === 0xe0 ? 0xa0 : 0x80;
    const hi = b === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const lo = b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** Where `bytes` are not UTF-8, one place per bad byte; columns count bytes, as Go's do. */
export function invalidUtf8(bytes: Uint8Array): Place[] {
  const places: Place[] = [];
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < bytes.length;) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
    const length = sequenceLength(bytes, i);
    if (length === 0) places.push({ line, column: i - lineStart });
    i += length || 1;
  }
  return places;
}

function at(place: Place, message: string): Diagnostic {
  return {
    message,
    severity: 'error',
    code: 'invalid-utf8',
    range: { start: place, end: { line: place.line, column: place.column + 1 } },
  };
}

/** The errors the language's own compiler gives for bytes that are not UTF-8. */
export function encodingErrors(bytes: Uint8Array, language: SourceLanguage): Diagnostic[] {
  if (isUtf8(bytes)) return [];
  const places = invalidUtf8(bytes);
  if (language === 'rust') return [at(places[0]!, 'stream did not contain valid UTF-8')];
  return places.map((p) => at(p, 'illegal UTF-8 encoding'));
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
