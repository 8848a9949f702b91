/** Rust literal text to JavaScript values, and Rust comments as JavaScript comments. */

/** JavaScript ends a line comment at each of these; Rust only at a newline. */
const LINE_TERMINATORS = /\r\n|[\n\r\u2028\u2029]/;

/**
 * A Rust comment as a JavaScript comment: a block comment that JavaScript would end early
 * (Rust's nest) or never end (cut off) becomes line comments.
 */
export function commentText(text: string): string {
  const comment = text.trimEnd();
  if (comment.startsWith('//')) return comment.split(LINE_TERMINATORS).join(' ');
  if (comment.length >= 4 && comment.endsWith('*/') && !comment.slice(2, -2).includes('*/')) return comment;
  return comment
    .split(LINE_TERMINATORS)
    .map((line) => `// ${line}`)
    .join('\n');
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '\\': '\\', "'": "'", '"': '"', '0': '\0' };

/** The string a Rust string literal ("...", r"...", r#"..."#, b"...") denotes. */
export function decodeRustString(text: string): string {
  const body = text.replace(/^b?/, '');
  const raw = /^r(#*)"([\s\S]*)"\1$/.exec(body);
  if (raw) return raw[2]!;
  return decodeEscapes(body.slice(1, -1));
}

/** The character a char literal ('a', '\n', '\u{1F600}') denotes. */
export function decodeRustChar(text: string): string {
  return decodeEscapes(text.replace(/^b?/, '').slice(1, -1));
}

function decodeEscapes(body: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[++i];
    if (e === undefined) break;
    if (e in SIMPLE_ESCAPES) out += SIMPLE_ESCAPES[e];
    else if (e === 'x') {
      out += String.fromCharCode(parseInt(body.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (e === 'u') {
      const close = body.indexOf('}', i);
      out += String.fromCodePoint(parseInt(body.slice(i + 2, close), 16));
      i = close;
    } else if (e === '\n' || e === '\r') {
      // A backslash at the end of a line skips the line break and the next line's indentation.
      while (i + 1 < body.length && /\s/.test(body[i + 1]!)) i++;
    }
  }
  return out;
}

/** The integer or float suffix of a numeric literal, if any (`10u64` -> u64). */
export function numericSuffix(text: string): string | null {
  return /(u8|u16|u32|u64|u128|usize|i8|i16|i32|i64|i128|isize|f32|f64)$/.exec(text)?.[1] ?? null;
}

/** Whether a numeric literal's JavaScript text is a number JavaScript reads (`0x_` is not). */
export function isNumberText(text: string): boolean {
  return /^(0x[\da-f]+|0o[0-7]+|0b[01]+|\d+(\.\d+)?(e[+-]?\d+)?)$/i.test(text);
}

/** A numeric literal's JavaScript text: no suffix, no `_`, hex/octal/binary kept. */
export function numericText(text: string): string {
  const suffix = numericSuffix(text);
  let body = suffix && !/^0x/i.test(text) ? text.slice(0, -suffix.length) : text;
  if (/^0x/i.test(text) && suffix && /^(u|i)/.test(suffix)) body = text.slice(0, -suffix.length);
  body = body.replace(/_/g, '');
  if (body.endsWith('.')) body = body.slice(0, -1);
  // Rust's `007` is seven; JavaScript reads a leading zero as octal (and a module not at all).
  return body.replace(/^0+(?=\d)/, '');
}
