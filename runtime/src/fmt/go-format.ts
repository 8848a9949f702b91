// Go's fmt.fmt: flags, width and precision applied to one already-chosen representation.

import { formatFloat, type FloatFormat } from './go-float.js';
import { integerDigits, type GoInt } from './go-values.js';
import {
  canBackquote,
  isPrint,
  quote,
  quoteRune,
  runeCount,
  runesToString,
  runeToString,
  truncateRunes,
  type Runes,
} from './go-text.js';

interface Flags {
  widPresent: boolean;
  precPresent: boolean;
  minus: boolean;
  plus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  /** %+v and %#v: set instead of plus and sharp, which mean other things for the other verbs. */
  plusV: boolean;
  sharpV: boolean;
  wid: number;
  prec: number;
}

function noFlags(): Flags {
  return {
    widPresent: false,
    precPresent: false,
    minus: false,
    plus: false,
    sharp: false,
    space: false,
    zero: false,
    plusV: false,
    sharpV: false,
    wid: 0,
    prec: 0,
  };
}

export class Formatter {
  out = '';
  flags: Flags = noFlags();

  clearFlags(): void {
    this.flags = noFlags();
  }

  write(s: string): void {
    this.out += s;
  }

  private writePadding(n: number): void {
    if (n <= 0) return;
    this.out += (this.flags.zero && !this.flags.minus ? '0' : ' ').repeat(n);
  }

  /** s padded to the width, on the left unless the minus flag is set. */
  pad(s: string): void {
    const { widPresent, wid, minus } = this.flags;
    if (!widPresent || wid === 0) {
      this.out += s;
      return;
    }
    const padding = wid - runeCount(s);
    if (minus) {
      this.out += s;
      this.writePadding(padding);
    } else {
      this.writePadding(padding);
      this.out += s;
    }
  }

  /** pad with spaces even when the zero flag is set. */
  private padWithSpaces(s: string): void {
    const zero = this.flags.zero;
    this.flags.zero = false;
    this.pad(s);
    this.flags.zero = zero;
  }

  fmtBoolean(v: boolean): void {
    this.pad(v ? 'true' : 'false');
  }

  /** %d %b %o %O %x %X of a signed or unsigned integer. */
  fmtInteger(v: GoInt, signed: boolean, base: 2 | 8 | 10 | 16, verb: string, upper = false): void {
    const f = this.flags;
    const negative = signed && v < 0;
    const magnitude = negative ? -v : v;
    // Two ways to ask for leading zeros: %.3d or %03d; with both, the precision wins.
    let prec = 0;
    if (f.precPresent) {
      prec = f.prec;
      if (prec === 0 && Number(magnitude) === 0) {
        this.padWithSpaces('');
        return;
      }
    } else if (f.zero && !f.minus && f.widPresent) {
      prec = negative || f.plus || f.space ? f.wid - 1 : f.wid;
    }
    let digits = integerDigits(magnitude, base).padStart(prec, '0');
    if (f.sharp) digits = integerPrefix(base, digits) + digits;
    if (upper) digits = digits.toUpperCase();
    if (verb === 'O') digits = '0o' + digits;
    this.padWithSpaces(signPrefix(negative, f) + digits);
  }

  /** %U: "U+0078", with the sharp flag "U+0078 'x'". */
  fmtUnicode(u: bigint): void {
    const f = this.flags;
    const prec = f.precPresent && f.prec > 4 ? f.prec : 4;
    let s = 'U+' + u.toString(16).toUpperCase().padStart(prec, '0');
    if (f.sharp && isPrint(Number(u))) s += ` '${runeToString(Number(u))}'`;
    this.padWithSpaces(s);
  }

  /** %c; an invalid code point prints U+FFFD. */
  fmtC(r: number): void {
    this.pad(runeToString(r));
  }

  /** %q of an integer: a quoted Go rune literal. */
  fmtQc(r: number): void {
    this.pad(quoteRune(r, this.flags.plus));
  }

  /** A string, cut to the precision in runes. */
  fmtS(s: string): void {
    this.pad(this.flags.precPresent ? truncateRunes(s, this.flags.prec) : s);
  }

  /** %x %X of a string's or byte slice's bytes: "6869", "68 69" with space, "0x6869" with sharp. */
  fmtSbx(bytes: Uint8Array, upper: boolean): void {
    const f = this.flags;
    const length = f.precPresent && f.prec < bytes.length ? f.prec : bytes.length;
    if (length === 0) {
      if (f.widPresent) this.writePadding(f.wid);
      return;
    }
    const prefix = f.sharp ? '0x' : '';
    const separator = f.space ? ' ' + prefix : '';
    let hex = prefix;
    for (let i = 0; i < length; i++) {
      if (i > 0) hex += separator;
      hex += bytes[i]!.toString(16).padStart(2, '0');
    }
    if (upper) hex = hex.toUpperCase();
    const padding = f.widPresent ? f.wid - hex.length : 0;
    if (!f.minus) this.writePadding(padding);
    this.out += hex;
    if (f.minus) this.writePadding(padding);
  }

  /** %q of a string: double-quoted and escaped, or backquoted with the sharp flag when it can be. */
  fmtQ(runes: Runes): void {
    const f = this.flags;
    const shown = f.precPresent ? runes.slice(0, f.prec) : runes;
    if (f.sharp && canBackquote(shown)) {
      this.pad('`' + runesToString(shown) + '`');
      return;
    }
    this.pad(quote(shown, f.plus));
  }

  /** A float64 in one of strconv's formats; prec -1 means shortest. */
  fmtFloat(v: number, verb: FloatFormat, defaultPrec: number): void {
    const f = this.flags;
    const prec = f.precPresent ? f.prec : defaultPrec;
    let num = formatFloat(v, verb, prec);
    if (num[0] !== '-' && num[0] !== '+') num = '+' + num;
    if (f.space && num[0] === '+' && !f.plus) num = ' ' + num.slice(1);
    if (num[1] === 'I' || num[1] === 'N') {
      // Inf and NaN are not numbers to pad with zeros; NaN shows a sign only when asked.
      this.padWithSpaces(num[1] === 'N' && !f.space && !f.plus ? num.slice(1) : num);
      return;
    }
    if (f.sharp && verb !== 'b') num = keepDecimalPoint(num, verb, prec);
    if (f.plus || num[0] !== '+') {
      if (f.zero && !f.minus && f.widPresent && f.wid > num.length) {
        // The sign goes before the zeros.
        this.out += num[0];
        this.writePadding(f.wid - num.length);
        this.out += num.slice(1);
        return;
      }
      this.pad(num);
      return;
    }
    this.pad(num.slice(1));
  }
}

function integerPrefix(base: number, digits: string): string {
  switch (base) {
    case 2:
      return '0b';
    case 8:
      return digits[0] === '0' ? '' : '0';
    case 16:
      return '0x';
    default:
      return '';
  }
}

function signPrefix(negative: boolean, f: Flags): string {
  return negative ? '-' : f.plus ? '+' : f.space ? ' ' : '';
}

/**
 * The sharp flag: always a decimal point, and for %g, %G and %x (not %X, as in Go) the
 * trailing zeros up to the precision that shortest formatting dropped. num starts with its sign.
 */
function keepDecimalPoint(num: string, verb: FloatFormat, prec: number): string {
  const exponentAt = num.search(verb === 'x' || verb === 'X' ? /p/i : /e/i);
  const mantissa = exponentAt < 0 ? num : num.slice(0, exponentAt);
  const tail = exponentAt < 0 ? '' : num.slice(exponentAt);
  let digitsLeft = verb === 'g' || verb === 'G' || verb === 'x' ? (prec === -1 ? 6 : prec) : 0;
  const significant = mantissa.slice(1).replace('.', '').replace(/^0+/, '');
  digitsLeft -= significant.length;
  let result = mantissa;
  if (!mantissa.includes('.')) {
    // A lone 0 counts as one digit.
    if (mantissa.length === 2 && mantissa[1] === '0') digitsLeft--;
    result += '.';
  }
  return result + '0'.repeat(Math.max(digitsLeft, 0)) + tail;
}
