// Go's quoted literals read back: "..." with Go's escapes, `...` raw, '...' one rune.
import { isValidRune } from '../fmt/go-text.js';
import { bytesOf, stringOfBytes } from './builtins-data.js';

const SIMPLE_ESCAPES: Record<string, number> = {
  a: 7,
  b: 8,
  f: 12,
  n: 10,
  r: 13,
  t: 9,
  v: 11,
  '\\': 92,
  "'": 39,
  '"': 34,
};

/** The UTF-8 bytes a quoted body stands for, or null where Go's Unquote reports ErrSyntax. */
function bodyBytes(body: string, quote: string): number[] | null {
  const out: number[] = [];
  for (let i = 0; i < body.length;) {
    const c = body[i]!;
    if (c === quote || c === '\n') return null;
    if (c !== '\\') {
      const ch = String.fromCodePoint(body.codePointAt(i)!);
      out.push(...bytesOf(ch));
      i += ch.length;
      continue;
    }
    const e = body[i + 1] ?? '';
    if (e in SIMPLE_ESCAPES && (e !== "'" || quote === "'") && (e !== '"' || quote === '"')) {
      out.push(SIMPLE_ESCAPES[e]!);
      i += 2;
    } else if (e === 'x' || e === 'u' || e === 'U') {
      const width = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const hex = body.slice(i + 2, i + 2 + width);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== width) return null;
      const v = parseInt(hex, 16);
      if (e === 'x') out.push(v);
      else if (!isValidRune(v)) return null;
      else out.push(...bytesOf(String.fromCodePoint(v)));
      i += 2 + width;
    } else if (/[0-7]/.test(e)) {
      const oct = body.slice(i + 1, i + 4);
      if (!/^[0-7]{3}$/.test(oct) || parseInt(oct, 8) > 255) return null;
      out.push(parseInt(oct, 8));
      i += 4;
    } else return null;
  }
  return out;
}

/** `strconv.Unquote(s)` without its error: the value, or null for a malformed literal. */
export function unquoteOrNull(s: string): string | null {
  const quote = s[0];
  if (s.length < 2 || s[s.length - 1] !== quote) return null;
  const body = s.slice(1, -1);
  if (quote === '`') return body.includes('`') ? null : body.replace(/\r/g, '');
  if (quote !== '"' && quote !== "'") return null;
  const bytes = bodyBytes(body, quote);
  if (bytes === null) return null;
  const text = stringOfBytes(bytes);
  if (quote === "'" && [...text].length !== 1) return null;
  return text;
}
