// The Go or Rust function around a position, found from the text alone: the nearest
// function header above the position whose body (braces matched, skipping strings,
// characters and comments) still holds it.
const GO_HEADER = /^func\b/;
const RUST_HEADER = /^\s*(?:pub(?:\([^)]*\))?\s+)?(?:const\s+)?(?:async\s+)?(?:unsafe\s+)?(?:extern\s+"[^"]*"\s+)?fn\s/;

export interface OffsetRange {
  start: number;
  end: number;
}

/** Offset just past the `}` that closes the `{` at `open`, or -1. */
function matchingBrace(text: string, open: number, language: 'go' | 'rust'): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '/') {
      const eol = text.indexOf('\n', i);
      if (eol < 0) return -1;
      i = eol;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      if (close < 0) return -1;
      i = close + 1;
    } else if (c === '"' || (c === '`' && language === 'go')) {
      i = skipQuoted(text, i, c);
      if (i < 0) return -1;
    } else if (c === "'") {
      // A Rust lifetime ('a) has no closing quote: only a character literal is skipped.
      const literal = /^'(?:\\(?:u\{[0-9a-fA-F]+\}|x[0-9a-fA-F]{2}|.)|[^\\'\n])'/u.exec(text.slice(i, i + 12));
      if (literal) i += literal[0].length - 1;
    } else if (c === '{') {
      depth++;
    } else if (c === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

function skipQuoted(text: string, start: number, quote: string): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\' && quote !== '`') i++;
    else if (text[i] === quote) return i;
  }
  return -1;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/** The function (header to closing brace) holding `offset`, or null when none does. */
export function enclosingFunction(text: string, offset: number, language: 'go' | 'rust'): OffsetRange | null {
  const header = language === 'go' ? GO_HEADER : RUST_HEADER;
  const starts = lineStarts(text);
  let line = starts.length - 1;
  while (line > 0 && starts[line]! > offset) line--;
  for (; line >= 0; line--) {
    const start = starts[line]!;
    const lineText = text.slice(start, starts[line + 1] ?? text.length);
    if (!header.test(lineText)) continue;
    const open = findBodyStart(text, start, language);
    if (open < 0) continue;
    const end = matchingBrace(text, open, language);
    if (end < 0) return null;
    if (end >= offset) return { start: start + (lineText.length - lineText.trimStart().length), end };
    // The nearest header above ends before the position: no function holds it.
    if (language === 'go') return null;
  }
  return null;
}

/** The `{` that opens the body of the function whose header starts at `start`, or -1. */
function findBodyStart(text: string, start: number, language: 'go' | 'rust'): number {
  let parens = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') parens++;
    else if (c === ')' || c === ']') parens--;
    else if (c === '{' && parens === 0) return i;
    else if (c === ';' && parens === 0) return -1;
    else if (c === '"' || (c === '`' && language === 'go')) {
      i = skipQuoted(text, i, c);
      if (i < 0) return -1;
    }
  }
  return -1;
}
