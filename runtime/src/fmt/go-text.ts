// Go strings are UTF-8 bytes; these helpers give JS strings and byte slices Go's view:
// runes, UTF-8 encoding, and strconv's quoting rules.

/**
 * Runes as Go's `for range` decodes them. A byte that is not valid UTF-8 is a rune of its
 * own, stored as ~byte (a negative number) so quoting can print it as \xNN like Go.
 */
export type Runes = number[];

const RUNE_ERROR = 0xfffd;
const MAX_RUNE = 0x10ffff;
const LOWER_HEX = '0123456789abcdef';

export function isValidRune(r: number): boolean {
  return (r >= 0 && r < 0xd800) || (r > 0xdfff && r <= MAX_RUNE);
}

/**
 * Code points of a JS string; a byte of invalid UTF-8 (a lone U+DC80 to U+DCFF, string-bytes.ts)
 * is ~byte, any other unpaired surrogate U+FFFD.
 */
export function runesOf(s: string): Runes {
  const runes: Runes = [];
  for (const ch of s) {
    const r = ch.codePointAt(0)!;
    runes.push(isValidRune(r) ? r : r >= 0xdc80 && r <= 0xdcff ? ~(r - 0xdc00) : RUNE_ERROR);
  }
  return runes;
}

export function runesToString(runes: Runes): string {
  let s = '';
  for (const r of runes) s += String.fromCodePoint(r < 0 ? RUNE_ERROR : r);
  return s;
}

export function runeCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    if (unit >= 0xd800 && unit < 0xdc00 && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next < 0xe000) i++;
    }
    n++;
  }
  return n;
}

/** The first n runes of s. */
export function truncateRunes(s: string, n: number): string {
  let end = 0;
  for (const ch of s) {
    if (n-- <= 0) return s.slice(0, end);
    end += ch.length;
  }
  return s;
}

export function utf8Encode(s: string): Uint8Array {
  const bytes: number[] = [];
  for (const r of runesOf(s)) appendRune(bytes, r);
  return Uint8Array.from(bytes);
}

function appendRune(bytes: number[], r: number): void {
  if (r < 0) bytes.push(~r);
  else if (r < 0x80) bytes.push(r);
  else if (r < 0x800) bytes.push(0xc0 | (r >> 6), 0x80 | (r & 0x3f));
  else if (r < 0x10000) bytes.push(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
  else bytes.push(0xf0 | (r >> 18), 0x80 | ((r >> 12) & 0x3f), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
}

/** Go's utf8.DecodeRune applied along the slice. */
export function utf8Decode(bytes: Uint8Array): Runes {
  const runes: Runes = [];
  for (let i = 0; i < bytes.length;) {
    const [rune, size] = decodeRune(bytes, i);
    runes.push(rune);
    i += size;
  }
  return runes;
}

function decodeRune(b: Uint8Array, i: number): [rune: number, size: number] {
  const lead = b[i]!;
  if (lead < 0x80) return [lead, 1];
  const size = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 ? 2 : 0;
  if (size === 0 || lead > 0xf4 || i + size > b.length) return [~lead, 1];
  let rune = lead & (0x7f >> size);
  for (let k = 1; k < size; k++) {
    const cont = b[i + k]!;
    if ((cont & 0xc0) !== 0x80) return [~lead, 1];
    rune = (rune << 6) | (cont & 0x3f);
  }
  const shortest = size === 2 || (size === 3 ? rune >= 0x800 : rune >= 0x10000);
  return shortest && isValidRune(rune) ? [rune, size] : [~lead, 1];
}

const PRINTABLE = /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u;

/** strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
export function isPrint(r: number): boolean {
  if (r <= 0xff) return (r >= 0x20 && r <= 0x7e) || (r >= 0xa1 && r !== 0xad);
  return isValidRune(r) && PRINTABLE.test(String.fromCodePoint(r));
}

/** strconv.CanBackquote */
export function canBackquote(runes: Runes): boolean {
  return runes.every((r) => r >= 0 && r !== 0xfeff && r !== 0x60 && r !== 0x7f && (r >= 0x20 || r === 0x09));
}

const NAMED_ESCAPES: ReadonlyMap<number, string> = new Map([
  [0x07, '\\a'],
  [0x08, '\\b'],
  [0x0c, '\\f'],
  [0x0a, '\\n'],
  [0x0d, '\\r'],
  [0x09, '\\t'],
  [0x0b, '\\v'],
]);

function hex(n: number, digits: number): string {
  let out = '';
  for (let shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += LOWER_HEX[Math.floor(n / 2 ** shift) % 16];
  return out;
}

function escapeRune(r: number, quote: string, asciiOnly: boolean): string {
  const ch = String.fromCodePoint(r);
  if (ch === quote || ch === '\\') return '\\' + ch;
  if (isPrint(r) && (!asciiOnly || r < 0x80)) return ch;
  const named = NAMED_ESCAPES.get(r);
  if (named) return named;
  if (r < 0x20 || r === 0x7f) return '\\x' + hex(r, 2);
  return r < 0x10000 ? '\\u' + hex(r, 4) : '\\U' + hex(r, 8);
}

/** strconv.Quote, or QuoteToASCII when asciiOnly. */
export function quote(runes: Runes, asciiOnly: boolean): string {
  let out = '"';
  for (const r of runes) out += r < 0 ? '\\x' + hex(~r, 2) : escapeRune(r, '"', asciiOnly);
  return out + '"';
}

/** strconv.QuoteRune, or QuoteRuneToASCII when asciiOnly; invalid runes become U+FFFD. */
export function quoteRune(r: number, asciiOnly: boolean): string {
  return "'" + escapeRune(isValidRune(r) ? r : RUNE_ERROR, "'", asciiOnly) + "'";
}

/** The character Go's utf8.AppendRune writes for r: U+FFFD when r is not a valid rune. */
export function runeToString(r: number): string {
  return String.fromCodePoint(isValidRune(r) ? r : RUNE_ERROR);
}
