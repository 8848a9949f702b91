// Debug of str and char: Rust's char::escape_debug rules. What counts as printable follows
// core::unicode::printable, which escapes the general categories Cc, Cf, Cs, Co, Cn, Zl, Zp
// and Zs (but not the space), as this engine's Unicode tables classify them.

const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
const GRAPHEME_EXTEND = /\p{Grapheme_Extend}/u;
const PLAIN_ASCII = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

const SHORT_ESCAPES = new Map([
  ['\0', '\\0'],
  ['\t', '\\t'],
  ['\r', '\\r'],
  ['\n', '\\n'],
  ['\\', '\\\\'],
]);

/** `"a\"b\n"`: double quotes escaped, single quotes not. */
export function debugStr(s: string): string {
  if (PLAIN_ASCII.test(s)) return `"${s}"`;
  let out = '"';
  for (const ch of s) out += ch === '"' ? '\\"' : escapeDebug(ch);
  return out + '"';
}

/** `'a'`, `'\''`: single quotes escaped, double quotes not. */
export function debugChar(ch: string): string {
  return `'${ch === "'" ? "\\'" : escapeDebug(ch)}'`;
}

function escapeDebug(ch: string): string {
  const short = SHORT_ESCAPES.get(ch);
  if (short !== undefined) return short;
  if (ch !== ' ' && (GRAPHEME_EXTEND.test(ch) || NOT_PRINTABLE.test(ch))) {
    return `\\u{${ch.codePointAt(0)!.toString(16)}}`;
  }
  return ch;
}
