// Text made from numbers, by path: std's UTF-8 checks, the lossy decoding, chars from code points
// and digits (runtime: std-utf8.ts, std-str.ts).
//   std::str::from_utf8(&buf)        -> rs.strFromUtf8(buf)        (Result<&str, Utf8Error>)
//   String::from_utf8(bytes)         -> rs.stringFromUtf8(bytes)   (Result<String, FromUtf8Error>)
//   String::from_utf8_lossy(&buf)    -> rs.fromUtf8Lossy(buf)      (a Cow<str>: a string here)
//   char::from_u32(0x1F600)          -> rs.charFromU32(0x1F600)    (Option<char>)
//   char::from_digit(11, 16)         -> rs.charFromDigit(11, 16)   (Option<char>)
//   String::with_capacity(n)         -> ''
import { join, ts } from '../emit/code.js';
import type { Node } from '../syntax.js';
import type { RustContext, Typed } from './context.js';
import { expandAlias } from './paths.js';
import { CHAR, named, option, result, STRING, type RustType } from './types.js';

const TEXT_FUNCTIONS: Record<string, { fn: string; type: RustType }> = {
  'str::from_utf8': { fn: 'strFromUtf8', type: result(STRING, named('Utf8Error')) },
  'String::from_utf8': { fn: 'stringFromUtf8', type: result(STRING, named('FromUtf8Error')) },
  'String::from_utf8_lossy': { fn: 'fromUtf8Lossy', type: STRING },
  'char::from_u32': { fn: 'charFromU32', type: option(CHAR) },
  'char::from_digit': { fn: 'charFromDigit', type: option(CHAR) },
};

export function textCall(cx: RustContext, segments: string[], args: Node[]): Typed | null {
  const resolved =
    segments.length === 1
      ? (cx.items.aliases.get(segments[0]!)?.split('::') ?? segments)
      : expandAlias(cx.items, segments);
  const path = resolved.slice(-2).join('::');
  if (path === 'String::with_capacity') return { code: ts`''`, type: STRING };
  const known = TEXT_FUNCTIONS[path];
  if (!known || !args[0]) return null;
  const values = args.map((a) => cx.expr(a).code);
  cx.use('rs');
  return { code: ts`rs.${known.fn}(${join(values, ', ')})`, type: known.type };
}
