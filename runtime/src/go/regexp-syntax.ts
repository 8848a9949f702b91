// Go's regular expression syntax (RE2) as a JavaScript RegExp source (flag `u`), with Go's
// parse errors. JavaScript's backtracking finds the same leftmost-first match as Go for this
// syntax; what differs is written out: `.` excludes only \n, \s is ASCII space, ^ and $ are
// text (or with (?m) line) edges, flags may change inside the pattern, groups are numbered here
// (their names kept aside: `(?P<year>\d+)` becomes `(\d+)`).
import type { GoError } from './errors.js';
import { isEscapedByte } from './string-bytes.js';

/** Go's *syntax.Error: `error parsing regexp: missing closing ): `a(b``. */
export class RegexpSyntaxError implements GoError {
  constructor(
    readonly code: string,
    readonly expr: string,
  ) {}

  Error(): string {
    return `error parsing regexp: ${this.code}: \`${this.expr}\``;
  }
}

export interface Translated {
  source: string;
  /** `i` when the whole pattern ignores case. */
  flags: string;
  /** The names of the groups, index 0 the whole match (''), '' for an unnamed group. */
  names: string[];
}

interface Flags {
  i: boolean;
  s: boolean;
  m: boolean;
  U: boolean;
}

const ANY_CHAR = '[^]';
const TEXT_START = '(?:(?<![^]))';
const TEXT_END = '(?:(?![^]))';
const LINE_START = '(?:(?<![^\\n]))';
const LINE_END = '(?:(?![^\\n]))';
const MAX_REPEAT = 1000;

/** Go's \s and [[:space:]]: ASCII whitespace without \v (Go's \s); POSIX space has \v. */
const PERL_SPACE: Range[] = [
  [9, 10],
  [12, 13],
  [32, 32],
];

type Range = [number, number];

const POSIX_CLASSES: Record<string, Range[]> = {
  alnum: [
    [48, 57],
    [65, 90],
    [97, 122],
  ],
  alpha: [
    [65, 90],
    [97, 122],
  ],
  ascii: [[0, 127]],
  blank: [
    [9, 9],
    [32, 32],
  ],
  cntrl: [
    [0, 31],
    [127, 127],
  ],
  digit: [[48, 57]],
  graph: [[33, 126]],
  lower: [[97, 122]],
  print: [[32, 126]],
  punct: [
    [33, 47],
    [58, 64],
    [91, 96],
    [123, 126],
  ],
  space: [
    [9, 13],
    [32, 32],
  ],
  upper: [[65, 90]],
  word: [
    [48, 57],
    [65, 90],
    [95, 95],
    [97, 122],
  ],
  xdigit: [
    [48, 57],
    [65, 70],
    [97, 102],
  ],
};

/** Unicode general categories Go knows by name (the rest of \p{...} are scripts). */
const CATEGORIES = new Set(
  'C Cc Cf Co Cs L Ll Lm Lo Lt Lu M Mc Me Mn N Nd Nl No P Pc Pd Pe Pf Pi Po Ps S Sc Sk Sm So Z Zl Zp Zs'.split(' '),
);

/** Translates Go pattern `expr`; throws RegexpSyntaxError where Go's parser rejects it. */
export function translatePattern(expr: string): Translated {
  return new PatternTranslator(expr).translate();
}

class PatternTranslator {
  private at = 0;
  private readonly names: string[] = [''];
  private wholeIgnoresCase = false;

  constructor(private readonly expr: string) {}

  translate(): Translated {
    for (let i = 0; i < this.expr.length; i++)
      if (isEscapedByte(this.expr, i)) this.fail('invalid UTF-8', this.expr.slice(i));
    const flags: Flags = { i: false, s: false, m: false, U: false };
    // A leading (?i) is the RegExp's own flag; any later one is spelled out as [aA].
    if (/^\(\?[msU]*i[imsU]*\)/.test(this.expr)) this.wholeIgnoresCase = true;
    const source = this.sequence(flags, 0);
    return { source, flags: this.wholeIgnoresCase ? 'i' : '', names: this.names };
  }

  private fail(code: string, text: string): never {
    throw new RegexpSyntaxError(code, text);
  }

  /** Alternatives up to the `)` that closes this group (not consumed), or the end. */
  private sequence(flags: Flags, depth: number): string {
    let out = '';
    /** Where the last atom began in the output, -1 when there is none to repeat. */
    let atomStart = -1;
    /** Where in the pattern the last repetition operator began, -1 when the last item was none. */
    let repeatAt = -1;
    while (this.at < this.expr.length) {
      const start = this.at;
      const c = this.expr[this.at]!;
      if (c === ')') {
        if (depth === 0) this.fail('unexpected )', this.expr);
        return out;
      }
      if (c === '|') {
        this.at++;
        out += '|';
        atomStart = repeatAt = -1;
        continue;
      }
      const repeat = this.repeatOperator();
      if (repeat !== null) {
        const text = this.expr.slice(start, this.at);
        if (repeatAt >= 0) this.fail('invalid nested repetition operator', this.expr.slice(repeatAt, this.at));
        if (atomStart < 0) this.fail('missing argument to repetition operator', text);
        let lazy = flags.U;
        if (this.expr[this.at] === '?') {
          this.at++;
          lazy = !lazy;
        }
        out += repeat + (lazy ? '?' : '');
        repeatAt = start;
        continue;
      }
      repeatAt = -1;
      const atom = this.atom(flags, depth);
      if (atom === null) continue;
      atomStart = out.length;
      out += atom;
    }
    return out;
  }

  /** `*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}` at the cursor (consumed), or null. */
  private repeatOperator(): string | null {
    const c = this.expr[this.at]!;
    if (c === '*' || c === '+' || c === '?') {
      this.at++;
      return c;
    }
    if (c !== '{') return null;
    const m = /^\{(\d+)(,(\d*))?\}/.exec(this.expr.slice(this.at));
    if (!m) return null;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? -1 : Number(m[3]);
    if (min > MAX_REPEAT || max > MAX_REPEAT || (max >= 0 && max < min)) this.fail('invalid repeat count', m[0]);
    this.at += m[0].length;
    return m[0];
  }

  /** One atom (consumed), or null for a flag group `(?i)` that only changes `flags`. */
  private atom(flags: Flags, depth: number): string | null {
    const c = this.expr[this.at]!;
    switch (c) {
      case '(':
        return this.group(flags, depth);
      case '[':
        return this.characterClass(flags);
      case '\\':
        return this.escape(flags);
      case '.':
        this.at++;
        return flags.s ? ANY_CHAR : '[^\\n]';
      case '^':
        this.at++;
        return flags.m ? LINE_START : TEXT_START;
      case '$':
        this.at++;
        return flags.m ? LINE_END : TEXT_END;
      default: {
        const cp = this.expr.codePointAt(this.at)!;
        this.at += cp > 0xffff ? 2 : 1;
        return literal(cp, flags.i && !this.wholeIgnoresCase);
      }
    }
  }

  private group(flags: Flags, depth: number): string | null {
    const open = this.at;
    this.at++;
    let inner = flags;
    let capture = true;
    if (this.expr[this.at] === '?') {
      const named = /^\?P?<([^>]*)>/.exec(this.expr.slice(this.at));
      if (named) {
        const name = named[1]!;
        const text = this.expr.slice(open, this.at + named[0].length);
        if (!/^[A-Za-z0-9_]+$/.test(name)) this.fail('invalid named capture', text);
        this.at += named[0].length;
        this.names.push(name);
        return this.groupBody('(', inner, depth);
      }
      const m = /^\?(-?)([imsU]*)(-?)([imsU]*)([:)])/.exec(this.expr.slice(this.at));
      if (!m || (m[1] && m[3])) {
        const bad = /^\?[-imsU]*.?/.exec(this.expr.slice(this.at))![0];
        this.fail('invalid or unsupported Perl syntax', this.expr.slice(open, this.at + bad.length));
      }
      const on = m[1] ? '' : m[2]!;
      const off = m[1] ? m[2]! : m[4]!;
      this.at += m[0].length;
      const changed = { ...flags };
      for (const f of on) changed[f as keyof Flags] = true;
      for (const f of off) changed[f as keyof Flags] = false;
      if (m[5] === ')') {
        Object.assign(flags, changed);
        return null;
      }
      inner = changed;
      capture = false;
    } else {
      this.names.push('');
    }
    return this.groupBody(capture ? '(' : '(?:', inner, depth);
  }

  private groupBody(opening: string, flags: Flags, depth: number): string {
    const body = this.sequence({ ...flags }, depth + 1);
    if (this.at >= this.expr.length) this.fail('missing closing )', this.expr);
    this.at++;
    return `${opening}${body})`;
  }

  private escape(flags: Flags): string {
    const start = this.at;
    this.at++;
    if (this.at >= this.expr.length) this.fail('trailing backslash at end of expression', '');
    const c = this.expr[this.at]!;
    this.at++;
    switch (c) {
      case 'A':
        return TEXT_START;
      case 'z':
        return TEXT_END;
      case 'b':
      case 'B':
        return `(?:\\${c})`;
      case 'd':
      case 'D':
      case 'w':
      case 'W':
        return `\\${c}`;
      case 's':
        return `[${classText(PERL_SPACE)}]`;
      case 'S':
        return `[${classText(complement(PERL_SPACE))}]`;
      case 'p':
      case 'P':
        return this.unicodeClass(c, start);
      case 'Q': {
        const end = this.expr.indexOf('\\E', this.at);
        const text = this.expr.slice(this.at, end < 0 ? undefined : end);
        this.at = end < 0 ? this.expr.length : end + 2;
        return [...text].map((ch) => literal(ch.codePointAt(0)!, flags.i && !this.wholeIgnoresCase)).join('');
      }
    }
    this.at = start;
    return literal(this.escapedRune(), flags.i && !this.wholeIgnoresCase);
  }

  /** `\pL`, `\p{Greek}`, `\P{^Lu}` at `start` (the `p` or `P` consumed). */
  private unicodeClass(p: string, start: number): string {
    let name: string;
    if (this.expr[this.at] === '{') {
      const end = this.expr.indexOf('}', this.at);
      if (end < 0) this.fail('invalid character class range', this.expr.slice(start));
      name = this.expr.slice(this.at + 1, end);
      this.at = end + 1;
    } else {
      name = this.expr[this.at] ?? '';
      this.at++;
    }
    let negated = p === 'P';
    if (name.startsWith('^')) {
      negated = !negated;
      name = name.slice(1);
    }
    const text = this.expr.slice(start, this.at);
    const property = name === 'Any' ? null : CATEGORIES.has(name) ? name : `Script=${name}`;
    if (property === null) return negated ? '[]' : ANY_CHAR;
    try {
      new RegExp(`\\p{${property}}`, 'u');
    } catch {
      this.fail('invalid character class range', text);
    }
    return `\\${negated ? 'P' : 'p'}{${property}}`;
  }

  /** A character written with a backslash: `\n`, `\x41`, `\x{263a}`, `\101`, `\.`. */
  private escapedRune(): number {
    const start = this.at;
    this.at++;
    const c = this.expr[this.at]!;
    this.at++;
    const invalid = (): never => this.fail('invalid escape sequence', this.expr.slice(start, this.at));
    switch (c) {
      case 'a':
        return 7;
      case 'f':
        return 12;
      case 'n':
        return 10;
      case 'r':
        return 13;
      case 't':
        return 9;
      case 'v':
        return 11;
      case 'x': {
        const braced = /^\{([0-9A-Fa-f]+)\}/.exec(this.expr.slice(this.at));
        const m = braced ?? /^[0-9A-Fa-f]{2}/.exec(this.expr.slice(this.at));
        if (!m) return invalid();
        this.at += m[0].length;
        const cp = parseInt(braced ? braced[1]! : m[0], 16);
        if (cp > 0x10ffff) return invalid();
        return cp;
      }
    }
    if (c >= '0' && c <= '7') {
      // \1 to \7 alone would be a backreference, which RE2 lacks.
      if (c !== '0' && !/^[0-7]/.test(this.expr.slice(this.at))) return invalid();
      const m = /^[0-7]{0,2}/.exec(this.expr.slice(this.at))!;
      this.at += m[0].length;
      return parseInt(c + m[0], 8);
    }
    const cp = this.expr.codePointAt(this.at - 1)!;
    if (cp < 0x80 && !/[0-9A-Za-z]/.test(c)) return cp;
    return invalid();
  }

  private characterClass(flags: Flags): string {
    const open = this.at;
    this.at++;
    let negated = false;
    if (this.expr[this.at] === '^') {
      negated = true;
      this.at++;
    }
    let body = '';
    let first = true;
    const fold = flags.i && !this.wholeIgnoresCase;
    for (;;) {
      if (this.at >= this.expr.length) this.fail('missing closing ]', this.expr.slice(open));
      const c = this.expr[this.at]!;
      if (c === ']' && !first) break;
      first = false;
      const posix = /^\[:(\^?)([a-z]+):\]/.exec(this.expr.slice(this.at));
      if (posix) {
        const ranges = POSIX_CLASSES[posix[2]!];
        if (!ranges) this.fail('invalid character class range', posix[0]);
        this.at += posix[0].length;
        body += classText(posix[1] ? complement(ranges) : ranges);
        continue;
      }
      if (c === '\\' && /^\\[dDwWsSpP]/.test(this.expr.slice(this.at))) {
        const item = this.escape(flags);
        body += item.startsWith('[') ? item.slice(1, -1) : item;
        continue;
      }
      const itemStart = this.at;
      const lo = this.classRune();
      let hi = lo;
      if (this.expr[this.at] === '-' && this.at + 1 < this.expr.length && this.expr[this.at + 1] !== ']') {
        this.at++;
        hi = this.classRune();
        if (hi < lo) this.fail('invalid character class range', this.expr.slice(itemStart, this.at));
      }
      body += classText(fold ? withOtherCase([lo, hi]) : [[lo, hi]]);
    }
    this.at++;
    return `[${negated ? '^' : ''}${body}]`;
  }

  private classRune(): number {
    if (this.expr[this.at] === '\\') {
      if (this.at + 1 >= this.expr.length) this.fail('trailing backslash at end of expression', '');
      return this.escapedRune();
    }
    const cp = this.expr.codePointAt(this.at)!;
    this.at += cp > 0xffff ? 2 : 1;
    return cp;
  }
}

/** One character as JavaScript pattern text; both cases as a class when `fold`. */
function literal(cp: number, fold: boolean): string {
  if (fold) {
    const ranges = withOtherCase([cp, cp]);
    if (ranges.length > 1) return `[${classText(ranges)}]`;
  }
  return charText(cp, /[\^$\\.*+?()[\]{}|/]/);
}

function charText(cp: number, special: RegExp): string {
  const ch = String.fromCodePoint(cp);
  if (special.test(ch)) return `\\${ch}`;
  if (cp < 0x20 || cp === 0x7f || (cp >= 0xd800 && cp <= 0xdfff)) return `\\u{${cp.toString(16)}}`;
  return ch;
}

function classText(ranges: Range[]): string {
  const special = /[\\\]\[^-]/;
  return ranges
    .map(([lo, hi]) => (lo === hi ? charText(lo, special) : `${charText(lo, special)}-${charText(hi, special)}`))
    .join('');
}

/** Every character not in `ranges` (sorted, not overlapping). */
function complement(ranges: Range[]): Range[] {
  const out: Range[] = [];
  let next = 0;
  for (const [lo, hi] of ranges) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= 0x10ffff) out.push([next, 0x10ffff]);
  return out;
}

/** A range with the other case of its ASCII letters added (Go's simple folding, for ASCII). */
function withOtherCase([lo, hi]: Range): Range[] {
  const out: Range[] = [[lo, hi]];
  for (const [from, to, shift] of [
    [65, 90, 32],
    [97, 122, -32],
  ] as const) {
    const a = Math.max(lo, from);
    const b = Math.min(hi, to);
    if (a <= b) out.push([a + shift, b + shift]);
  }
  return out;
}
