// Bytes to text by path: std's UTF-8 checks and the lossy decoding (runtime: std-utf8.ts).
//   std::str::from_utf8(&buf)        -> rs.strFromUtf8(buf)        (Result<&str, Utf8Error>)
//   String::from_utf8(bytes)         -> rs.stringFromUtf8(bytes)   (Result<String, FromUtf8Error>)
//   String::from_utf8_lossy(&buf)    -> rs.fromUtf8Lossy(buf)      (a Cow<str>: a string here)
import { ts } from '../emit/code.js';
import type { Node } from '../syntax.js';
import type { RustContext, Typed } from './context.js';
import { expandAlias } from './paths.js';
import { named, result, STRING } from './types.js';

const UTF8_FUNCTIONS: Record<string, { fn: string; error: string | null }> = {
  'str::from_utf8': { fn: 'strFromUtf8', error: 'Utf8Error' },
  'String::from_utf8': { fn: 'stringFromUtf8', error: 'FromUtf8Error' },
  'String::from_utf8_lossy': { fn: 'fromUtf8Lossy', error: null },
};

export function utf8Call(cx: RustContext, segments: string[], args: Node[]): Typed | null {
  const resolved =
    segments.length === 1
      ? (cx.items.aliases.get(segments[0]!)?.split('::') ?? segments)
      : expandAlias(cx.items, segments);
  const known = UTF8_FUNCTIONS[resolved.slice(-2).join('::')];
  if (!known || !args[0]) return null;
  const bytes = cx.expr(args[0]);
  cx.use('rs');
  const code = ts`rs.${known.fn}(${bytes.code})`;
  return { code, type: known.error ? result(STRING, named(known.error)) : STRING };
}
