// Go's regexp package over JavaScript's RegExp (the pattern translated by regexp-syntax.ts).
// Matching runs on the UTF-16 string; every index a program sees is a byte offset, as Go's.
// FindAll, ReplaceAll and Split step through the text as Go does: an empty match right after
// the previous match does not count, and the search always moves on by at least a character.
import { panic } from './panic.js';
import type { GoError } from './errors.js';
import { byteSlice, type ByteSlice, type Bytes } from './io.js';
import { expandTemplate } from './regexp-expand.js';
import { RegexpSyntaxError, translatePattern } from './regexp-syntax.js';
import { bytesOfString, isEscapedByte, stringFromBytes } from './string-bytes.js';
import { canBackquote, quote } from './strconv.js';

export { RegexpSyntaxError as Error } from './regexp-syntax.js';

/** A match in UTF-16 indexes: start and end of the whole match, then of each group (-1: no match). */
type Span = number[];

export class Regexp {
  private readonly names: string[];
  private readonly js: RegExp;

  constructor(private readonly expr: string) {
    const translated = translatePattern(expr);
    this.names = translated.names;
    try {
      this.js = new RegExp(translated.source, `gdu${translated.flags}`);
    } catch {
      // A corner of RE2 the translation to JavaScript does not cover.
      panic(`chan2ts: regexp \`${expr}\` is not supported`);
    }
  }

  /** For fmt: a *regexp.Regexp prints as its source text. */
  String(): string {
    return this.expr;
  }

  string(): string {
    return this.expr;
  }

  numSubexp(): number {
    return this.names.length - 1;
  }

  subexpNames(): string[] {
    return [...this.names];
  }

  subexpIndex(name: string): number {
    return name === '' ? -1 : this.names.indexOf(name);
  }

  matchString(s: string): boolean {
    return this.spanAt(s, 0) !== null;
  }

  match(b: Bytes): boolean {
    return this.matchString(textOf(b));
  }

  findString(s: string): string {
    const m = this.spanAt(s, 0);
    return m ? s.slice(m[0], m[1]) : '';
  }

  find(b: Bytes): ByteSlice {
    return bytesOf(this.findString(textOf(b)));
  }

  findStringIndex(s: string): number[] {
    const m = this.spanAt(s, 0);
    return m ? byteOffsetsIn(s)(m.slice(0, 2)) : [];
  }

  findIndex(b: Bytes): number[] {
    return this.findStringIndex(textOf(b));
  }

  findStringSubmatch(s: string): string[] {
    const m = this.spanAt(s, 0);
    return m ? groupTexts(s, m) : [];
  }

  findSubmatch(b: Bytes): ByteSlice[] {
    return this.findStringSubmatch(textOf(b)).map(bytesOf);
  }

  findStringSubmatchIndex(s: string): number[] {
    const m = this.spanAt(s, 0);
    return m ? byteOffsetsIn(s)(m) : [];
  }

  findAllString(s: string, n: number): string[] {
    return this.allSpans(s, n).map((m) => s.slice(m[0], m[1]));
  }

  findAll(b: Bytes, n: number): ByteSlice[] {
    return this.findAllString(textOf(b), n).map(bytesOf);
  }

  findSubmatchIndex(b: Bytes): number[] {
    return this.findStringSubmatchIndex(textOf(b));
  }

  findAllIndex(b: Bytes, n: number): number[][] {
    return this.findAllStringIndex(textOf(b), n);
  }

  findAllSubmatch(b: Bytes, n: number): ByteSlice[][] {
    return this.findAllStringSubmatch(textOf(b), n).map((texts) => texts.map(bytesOf));
  }

  findAllSubmatchIndex(b: Bytes, n: number): number[][] {
    return this.findAllStringSubmatchIndex(textOf(b), n);
  }

  findAllStringIndex(s: string, n: number): number[][] {
    const offsets = byteOffsetsIn(s);
    return this.allSpans(s, n).map((m) => offsets(m.slice(0, 2)));
  }

  findAllStringSubmatch(s: string, n: number): string[][] {
    return this.allSpans(s, n).map((m) => groupTexts(s, m));
  }

  findAllStringSubmatchIndex(s: string, n: number): number[][] {
    const offsets = byteOffsetsIn(s);
    return this.allSpans(s, n).map((m) => offsets(m));
  }

  replaceAllString(src: string, template: string): string {
    return this.replace(src, (m) =>
      expandTemplate(template, this.names, (i) =>
        i >= 0 && 2 * i < m.length && m[2 * i]! >= 0 ? src.slice(m[2 * i], m[2 * i + 1]) : null,
      ),
    );
  }

  replaceAll(src: Bytes, template: Bytes): ByteSlice {
    return bytesOf(this.replaceAllString(textOf(src), textOf(template)));
  }

  replaceAllLiteralString(src: string, repl: string): string {
    return this.replace(src, () => repl);
  }

  replaceAllLiteral(src: Bytes, repl: Bytes): ByteSlice {
    return bytesOf(this.replaceAllLiteralString(textOf(src), textOf(repl)));
  }

  replaceAllStringFunc(src: string, repl: (s: string) => string): string {
    return this.replace(src, (m) => repl(src.slice(m[0], m[1])));
  }

  replaceAllFunc(src: Bytes, repl: (b: ByteSlice) => Bytes): ByteSlice {
    const text = textOf(src);
    return bytesOf(this.replace(text, (m) => textOf(repl(bytesOf(text.slice(m[0], m[1]))))));
  }

  /** Go's Split: the text between matches, at most n pieces (n < 0: all). */
  split(s: string, n: number): string[] {
    if (n === 0) return [];
    if (this.expr !== '' && s === '') return [''];
    const pieces: string[] = [];
    let beg = 0;
    let end = 0;
    for (const m of this.allSpans(s, n)) {
      if (n > 0 && pieces.length === n - 1) break;
      end = m[0]!;
      if (m[1] !== 0) pieces.push(s.slice(beg, end));
      beg = m[1]!;
    }
    if (end !== s.length) pieces.push(s.slice(beg));
    return pieces;
  }

  /** The first match starting at or after UTF-16 index `pos` (the text before it still seen by \b and ^). */
  private spanAt(s: string, pos: number): Span | null {
    this.js.lastIndex = pos;
    const m = this.js.exec(s);
    if (!m) return null;
    return m.indices!.flatMap((span) => span ?? [-1, -1]);
  }

  private allSpans(s: string, n: number): Span[] {
    const limit = n < 0 ? s.length + 1 : n;
    const out: Span[] = [];
    for (let pos = 0, prevEnd = -1; out.length < limit && pos <= s.length;) {
      const m = this.spanAt(s, pos);
      if (!m) break;
      let accept = true;
      if (m[1] === pos) {
        if (m[0] === prevEnd) accept = false;
        pos += pos < s.length ? charWidth(s, pos) : 1;
      } else {
        pos = m[1]!;
      }
      prevEnd = m[1]!;
      if (accept) out.push(m);
    }
    return out;
  }

  private replace(src: string, repl: (m: Span) => string): string {
    let out = '';
    let lastEnd = 0;
    for (let search = 0; search <= src.length;) {
      const m = this.spanAt(src, search);
      if (!m) break;
      out += src.slice(lastEnd, m[0]);
      // No replacement for an empty match right after the previous match.
      if (m[1]! > lastEnd || m[0] === 0) out += repl(m);
      lastEnd = m[1]!;
      const width = search < src.length ? charWidth(src, search) : 0;
      if (search + width > m[1]!) search += width;
      else if (search + 1 > m[1]!) search++;
      else search = m[1]!;
    }
    return out + src.slice(lastEnd);
  }
}

/** `regexp.Compile(expr)`: the Regexp, or Go's parse error. */
export function compile(expr: string): [Regexp | null, GoError | null] {
  try {
    return [new Regexp(expr), null];
  } catch (e) {
    if (e instanceof RegexpSyntaxError) return [null, e];
    throw e;
  }
}

/** `regexp.MustCompile(expr)`: panics where Compile gives an error. */
export function mustCompile(expr: string): Regexp {
  const [re, err] = compile(expr);
  if (err !== null) panic(`regexp: Compile(${canBackquote(expr) ? `\`${expr}\`` : quote(expr)}): ${err.Error()}`);
  return re!;
}

export function matchString(pattern: string, s: string): [boolean, GoError | null] {
  const [re, err] = compile(pattern);
  return re ? [re.matchString(s), null] : [false, err];
}

export function match(pattern: string, b: Bytes): [boolean, GoError | null] {
  return matchString(pattern, textOf(b));
}

/** `regexp.QuoteMeta(s)`: s with every metacharacter escaped. */
export function quoteMeta(s: string): string {
  return s.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');
}

function textOf(b: Bytes): string {
  return stringFromBytes(b instanceof Uint8Array ? b : Uint8Array.from(b));
}

function bytesOf(s: string): ByteSlice {
  return byteSlice(bytesOfString(s));
}

function groupTexts(s: string, m: Span): string[] {
  const out: string[] = [];
  for (let i = 0; i < m.length; i += 2) out.push(m[i]! < 0 ? '' : s.slice(m[i], m[i + 1]));
  return out;
}

/** Width in UTF-16 units of the character at `i`. */
function charWidth(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
}

/** What turns UTF-16 indexes of `s` (-1 kept) into byte offsets in its UTF-8. */
function byteOffsetsIn(s: string): (indexes: number[]) => number[] {
  if (/^[\0-\x7f]*$/.test(s)) return (indexes) => indexes;
  const table = new Array<number>(s.length + 1);
  table[0] = 0;
  for (let i = 0; i < s.length; i++) table[i + 1] = table[i]! + utf8Width(s, i);
  return (indexes) => indexes.map((i) => (i < 0 ? -1 : table[i]!));
}

/** Bytes of UTF-8 the code unit at `i` stands for (a surrogate pair's 4 go to its first unit). */
function utf8Width(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  if (c >= 0xd800 && c <= 0xdbff) return charWidth(s, i) === 2 ? 4 : 3;
  if (c >= 0xdc00 && c <= 0xdfff) return isEscapedByte(s, i) ? 1 : i > 0 && charWidth(s, i - 1) === 2 ? 0 : 3;
  return 3;
}
