/** Go literal text to JavaScript values and back to TypeScript source. */
import { stringFromBytes } from '../../../runtime/src/go/string-bytes.js';

const SIMPLE_ESCAPES: Record<string, string> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
};

/** The string a Go interpreted ("...") or raw (`...`) string literal denotes. */
export function decodeGoString(text: string): string {
  if (text.startsWith('`')) return text.slice(1, -1).replace(/\r/g, '');
  return decodeEscapes(text.slice(1, -1));
}

function decodeEscapes(body: string): string {
  const bytes: number[] = [];
  let out = '';
  const flushBytes = () => {
    if (bytes.length === 0) return;
    // "\xff" is one byte, which stays a byte where it is no UTF-8 (the runtime's string-bytes.ts).
    out += stringFromBytes(new Uint8Array(bytes));
    bytes.length = 0;
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      flushBytes();
      out += c;
      continue;
    }
    const e = body[++i]!;
    if (e in SIMPLE_ESCAPES) {
      flushBytes();
      out += SIMPLE_ESCAPES[e];
    } else if (e === 'x') {
      bytes.push(parseInt(body.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (/[0-7]/.test(e)) {
      bytes.push(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else if (e === 'u' || e === 'U') {
      flushBytes();
      const n = e === 'u' ? 4 : 8;
      out += String.fromCodePoint(parseInt(body.slice(i + 1, i + 1 + n), 16));
      i += n;
    }
  }
  flushBytes();
  return out;
}

/** A JavaScript single-quoted string literal for `s`. */
export function quote(s: string): string {
  let out = "'";
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === "'") out += "\\'";
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if (code === 0x2028 || code === 0x2029 || (code >= 0xd800 && code <= 0xdfff)) out += `\\u${code.toString(16)}`;
    else out += ch;
  }
  return out + "'";
}

/** The code point of a Go rune literal ('a', '\n', '\u00e9', '\x41'). */
export function runeValue(text: string): number {
  return decodeEscapes(text.slice(1, -1)).codePointAt(0) ?? 0;
}

/** A Go integer literal (0x, 0o, 0b, legacy 0755 octal, _ separators) as a decimal or hex JS literal. */
export function goIntLiteral(text: string): string {
  const t = text.replace(/_/g, '');
  if (/^0[0-7]+$/.test(t)) return String(parseInt(t, 8));
  if (/^0[oO]/.test(t)) return String(parseInt(t.slice(2), 8));
  return t;
}

/** A Go float literal as a JS one: hexadecimal (`0x1p-2`) as its decimal value, leading zeros (`01.5`) dropped. */
export function goFloatLiteral(text: string): string {
  const t = text.replace(/_/g, '');
  const hex = /^0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)[pP]([-+]?\d+)$/.exec(t);
  if (!hex) return t.replace(/^0+(?=\d)/, '');
  const [, whole, fraction, exponent] = hex;
  return String(parseInt(`${whole}${fraction}` || '0', 16) * 2 ** (Number(exponent) - 4 * fraction!.length));
}
