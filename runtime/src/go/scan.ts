/**
 * fmt's scanning (Scan, Scanln, Scanf and their S- and F- forms), as Go's fmt/scan.go
 * describes it: each target is a pointer whose current value says what to read (a string, a
 * bool, a bigint for a uint64, a number for an integer; a float is marked with floatTarget).
 * Space separates items; Scan takes newlines for space, Scanln stops at one, Scanf follows
 * its format. Gives the count of items filled and the first error.
 */
import { ErrorString, type GoError } from './errors.js';
import { EOF, ErrUnexpectedEOF, type Reader } from './io.js';
import { stdin } from './os.js';
import { isSpace } from './runes-of-bytes.js';
import { runeScannerOf, type RuneScanner } from './scan-runes.js';
import { parseFloat, parseInt, parseUint } from './strconv.js';
import { Reader as StringReader } from './strings-reader.js';

/** A `*float64` (or `*float32`) to scan into: a number alone would read as an integer. */
export class FloatTarget {
  constructor(readonly pointer: { value: number }) {}
}

export function floatTarget(pointer: { value: number }): FloatTarget {
  return new FloatTarget(pointer);
}

type Target = { value: unknown } | FloatTarget;
type ScanResult = [n: number, err: GoError | null];

const END = -1;
const NEWLINE = 0x0a;

/** Ends the scan with err (Go's fmt panics with a scanError and recovers it). */
class ScanStop {
  constructor(readonly err: GoError) {}
}

function stop(message: string | GoError): never {
  throw new ScanStop(typeof message === 'string' ? new ErrorString(message) : message);
}

const char = (c: string) => c.codePointAt(0)!;
const DECIMAL = '0123456789';
const SIGN = '+-';

class ScanState {
  private count = 0;
  private atEnd = false;
  /** How many runes the current item may read (a width in Scanf). */
  argLimit = Infinity;

  constructor(
    private readonly runes: RuneScanner,
    private readonly nlIsSpace: boolean,
    private readonly nlIsEnd: boolean,
  ) {}

  /** The next rune, or END at the end of the input (or of the item's width). */
  async getRune(): Promise<number> {
    if (this.atEnd || this.count >= this.argLimit) return END;
    const [r, , err] = await this.runes.readRune();
    if (err === null) {
      this.count++;
      if (this.nlIsEnd && r === NEWLINE) this.atEnd = true;
      return r;
    }
    if (err === EOF) {
      this.atEnd = true;
      return END;
    }
    return stop(err);
  }

  unreadRune(): void {
    this.runes.unreadRune();
    this.atEnd = false;
    this.count--;
  }

  async mustReadRune(): Promise<number> {
    const r = await this.getRune();
    return r === END ? stop(ErrUnexpectedEOF) : r;
  }

  /** Fails with EOF when nothing is left. */
  async notEOF(): Promise<void> {
    if ((await this.getRune()) === END) stop(EOF);
    this.unreadRune();
  }

  /** Takes the next rune if it is one of `set`, into `token`. */
  async accept(set: string, token: string[]): Promise<boolean> {
    const r = await this.getRune();
    if (r === END) return false;
    if (set.includes(String.fromCodePoint(r))) {
      token.push(String.fromCodePoint(r));
      return true;
    }
    this.unreadRune();
    return false;
  }

  async peek(set: string): Promise<boolean> {
    const r = await this.getRune();
    if (r !== END) this.unreadRune();
    return r !== END && set.includes(String.fromCodePoint(r));
  }

  async skipSpace(): Promise<void> {
    for (;;) {
      const r = await this.getRune();
      if (r === END) return;
      if (r === 0x0d && (await this.peek('\n'))) continue;
      if (r === NEWLINE) {
        if (this.nlIsSpace) continue;
        stop('unexpected newline');
      }
      if (!isSpace(r)) {
        this.unreadRune();
        return;
      }
    }
  }

  /** Runes up to the next space. */
  async word(): Promise<string> {
    let out = '';
    for (;;) {
      const r = await this.getRune();
      if (r === END) return out;
      if (isSpace(r)) {
        this.unreadRune();
        return out;
      }
      out += String.fromCodePoint(r);
    }
  }

  async scanOne(verb: string, target: Target): Promise<void> {
    if (target instanceof FloatTarget) {
      if (!'beEfFgGv'.includes(verb)) stop(`bad verb '%${verb}' for float`);
      await this.skipSpace();
      await this.notEOF();
      target.pointer.value = convert(parseFloat(await this.floatToken(), 64));
      return;
    }
    const current = target.value;
    if (typeof current === 'string') target.value = await this.scanString(verb);
    else if (typeof current === 'boolean') target.value = await this.scanBool(verb);
    else if (typeof current === 'bigint') target.value = BigInt(await this.scanInteger(verb, false));
    else if (typeof current === 'number') target.value = await this.scanInteger(verb, true);
    else stop(`can't scan type: ${typeof current}`);
  }

  private async scanString(verb: string): Promise<string> {
    if (!'svqxX'.includes(verb)) stop(`bad verb '%${verb}' for string`);
    await this.skipSpace();
    await this.notEOF();
    return this.word();
  }

  private async scanBool(verb: string): Promise<boolean> {
    await this.skipSpace();
    await this.notEOF();
    if (!'tv'.includes(verb)) stop(`bad verb '%${verb}' for boolean`);
    const token: string[] = [];
    const rest = async (...letters: string[]) => {
      for (const l of letters) if (!(await this.accept(l, token))) return false;
      return true;
    };
    switch (String.fromCodePoint(await this.getRune())) {
      case '1':
        return true;
      case 't':
      case 'T':
        if ((await this.accept('rR', token)) && !(await rest('uU', 'eE'))) stop('syntax error scanning boolean');
        return true;
      case 'f':
      case 'F':
        if ((await this.accept('aA', token)) && !(await rest('lL', 'sS', 'eE'))) stop('syntax error scanning boolean');
        return false;
    }
    return false;
  }

  private async scanInteger(verb: string, signed: boolean): Promise<number> {
    if (verb === 'c') {
      await this.notEOF();
      return this.getRune();
    }
    if (!'bdoUxXv'.includes(verb)) stop(`bad verb '%${verb}' for integer`);
    await this.skipSpace();
    await this.notEOF();
    const token: string[] = [];
    let base = verb === 'b' ? 2 : verb === 'o' ? 8 : 'xXU'.includes(verb) ? 16 : 10;
    let digits = DECIMAL.slice(0, Math.min(base, 10)) + (base === 16 ? 'abcdefABCDEF' : '');
    let haveDigits = false;
    if (signed) await this.accept(SIGN, token);
    if (verb === 'v') [base, digits, haveDigits] = await this.basePrefix(token);
    if (!haveDigits) {
      await this.notEOF();
      if (!(await this.accept(digits, token))) stop('expected integer');
    }
    while (await this.accept(digits, token));
    const text = token.join('');
    return signed ? Number(convert(parseInt(text, base, 64))) : Number(convert(parseUint(text, base, 64)));
  }

  /** After `0`: the base its prefix gives (0: strconv reads the prefix) and the digits that may follow. */
  private async basePrefix(token: string[]): Promise<[number, string, boolean]> {
    if (!(await this.peek('0'))) return [0, DECIMAL + '_', false];
    await this.accept('0', token);
    if (await this.accept('bB', token)) return [0, '01_', true];
    if (await this.accept('oO', token)) return [0, '01234567_', true];
    if (await this.accept('xX', token)) return [0, DECIMAL + 'abcdefABCDEF_', true];
    return [0, '01234567_', true];
  }

  private async floatToken(): Promise<string> {
    const token: string[] = [];
    const run = async (set: string) => {
      while (await this.accept(set, token));
    };
    if ((await this.accept('nN', token)) && (await this.accept('aA', token)) && (await this.accept('nN', token)))
      return token.join('');
    await this.accept(SIGN, token);
    if ((await this.accept('iI', token)) && (await this.accept('nN', token)) && (await this.accept('fF', token)))
      return token.join('');
    let digits = DECIMAL + '_';
    let exponent = 'eEpP';
    if ((await this.accept('0', token)) && (await this.accept('xX', token))) {
      digits = DECIMAL + 'abcdefABCDEF_';
      exponent = 'pP';
    }
    await run(digits);
    if (await this.accept('.', token)) await run(digits);
    if (await this.accept(exponent, token)) {
      await this.accept(SIGN, token);
      await run(DECIMAL + '_');
    }
    return token.join('');
  }

  /** Scan and Scanln: every target in turn; Scanln then wants the end of the line. */
  async scanAll(targets: Target[]): Promise<ScanResult> {
    let n = 0;
    try {
      for (const target of targets) {
        await this.scanOne('v', target);
        n++;
      }
      if (this.nlIsSpace) return [n, null];
      for (;;) {
        const r = await this.getRune();
        if (r === NEWLINE || r === END) break;
        if (!isSpace(r)) stop('expected newline');
      }
      return [n, null];
    } catch (e) {
      if (e instanceof ScanStop) return [n, e.err];
      throw e;
    }
  }

  /** Scanf: literal text and spaces of the format match the input; each verb fills the next target. */
  async scanFormat(format: string, targets: Target[]): Promise<ScanResult> {
    let n = 0;
    const f = [...format];
    try {
      for (let i = 0; i < f.length;) {
        const w = await this.advance(f, i);
        if (w > 0) {
          i += w;
          continue;
        }
        if (f[i] !== '%') {
          if (w < 0) stop('input does not match format');
          break;
        }
        i++;
        let width = '';
        while (i < f.length && /[0-9]/.test(f[i]!)) width += f[i++];
        const verb = f[i++] ?? '';
        if (verb !== 'c') await this.skipSpace();
        if (verb === '%') {
          await this.scanPercent();
          continue;
        }
        if (n >= targets.length) stop(`too few operands for format '%${f.slice(i - 1).join('')}'`);
        this.argLimit = width === '' ? Infinity : this.count + Number(width);
        await this.scanOne(verb, targets[n]!);
        n++;
        this.argLimit = Infinity;
      }
      if (n < targets.length) stop('too many operands');
      return [n, null];
    } catch (e) {
      if (e instanceof ScanStop) return [n, e.err];
      throw e;
    }
  }

  private async scanPercent(): Promise<void> {
    await this.skipSpace();
    await this.notEOF();
    if (!(await this.accept('%', []))) stop('missing literal %');
  }

  /**
   * Matches the format from f[i] up to its next verb against the input: how many format
   * characters matched, or -1 when the input differs. A newline in the format matches spaces
   * then a newline (or the end); other spaces match one or more spaces.
   */
  private async advance(f: string[], start: number): Promise<number> {
    let i = start;
    while (i < f.length) {
      const c = char(f[i]!);
      if (isSpace(c)) {
        let newlines = 0;
        let trailingSpace = false;
        for (; i < f.length && isSpace(char(f[i]!)); i++) {
          if (f[i] === '\n') {
            newlines++;
            trailingSpace = false;
          } else trailingSpace = true;
        }
        for (let j = 0; j < newlines; j++) {
          let r = await this.getRune();
          while (isSpace(r) && r !== NEWLINE) r = await this.getRune();
          if (r !== NEWLINE && r !== END) stop('newline in format does not match input');
        }
        if (trailingSpace) {
          let r = await this.getRune();
          if (newlines === 0) {
            if (!isSpace(r) && r !== END) stop('expected space in input to match format');
            if (r === NEWLINE) stop('newline in input does not match format');
          }
          while (isSpace(r) && r !== NEWLINE) r = await this.getRune();
          if (r !== END) this.unreadRune();
        }
        continue;
      }
      if (f[i] === '%') {
        if (i + 1 === f.length) stop('missing verb: % at end of format string');
        if (f[i + 1] !== '%') return i - start;
        i++;
      }
      const r = await this.mustReadRune();
      if (r !== char(f[i]!)) {
        this.unreadRune();
        return -1;
      }
      i++;
    }
    return i - start;
  }
}

function convert<T>([value, err]: [T, GoError | null]): T {
  return err === null ? value : stop(err);
}

/** The source for a string: Go reads it as an io.Reader too. */
const fromString = (s: string) => runeScannerOf(new StringReader(s));

export function scan(...targets: Target[]): Promise<ScanResult> {
  return fscan(stdin, ...targets);
}

export function scanln(...targets: Target[]): Promise<ScanResult> {
  return fscanln(stdin, ...targets);
}

export function scanf(format: string, ...targets: Target[]): Promise<ScanResult> {
  return fscanf(stdin, format, ...targets);
}

export function sscan(s: string, ...targets: Target[]): Promise<ScanResult> {
  return new ScanState(fromString(s), true, false).scanAll(targets);
}

export function sscanln(s: string, ...targets: Target[]): Promise<ScanResult> {
  return new ScanState(fromString(s), false, true).scanAll(targets);
}

export function sscanf(s: string, format: string, ...targets: Target[]): Promise<ScanResult> {
  return new ScanState(fromString(s), false, false).scanFormat(format, targets);
}

export function fscan(r: Reader, ...targets: Target[]): Promise<ScanResult> {
  return new ScanState(runeScannerOf(r), true, false).scanAll(targets);
}

export function fscanln(r: Reader, ...targets: Target[]): Promise<ScanResult> {
  return new ScanState(runeScannerOf(r), false, true).scanAll(targets);
}

export function fscanf(r: Reader, format: string, ...targets: Target[]): Promise<ScanResult> {
  return new ScanState(runeScannerOf(r), false, false).scanFormat(format, targets);
}
