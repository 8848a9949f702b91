// Fenced code blocks of a Markdown document (CommonMark's ``` and ~~~ fences at the top
// level or in list items indented up to 3 spaces).

export interface Fence {
  /** The info string's first word, lower-cased, with `golang` read as go and `rs` as rust. */
  language: string;
  /** 0-based among all fences of the document, whatever their language. */
  index: number;
  /**
   * The lines between the fences, exactly as the document has them (indentation and line
   * breaks kept), so that `markdown.slice(startOffset, startOffset + code.length) === code`.
   */
  code: string;
  /** 0-based line of the first code line. */
  startLine: number;
  /** UTF-16 offset of the first code character. */
  startOffset: number;
  /** The whole info string, trimmed: `go title="x"`, `rust,ignore`. */
  info: string;
}

const OPENING = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const CLOSING = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
const LANGUAGE_ALIASES = new Map([
  ['golang', 'go'],
  ['rs', 'rust'],
]);

interface Line {
  text: string;
  /** Offset of the line's first character. */
  start: number;
  /** Offset just past the line's text, before its line break. */
  end: number;
}

function splitLines(markdown: string): Line[] {
  const lines: Line[] = [];
  const lineBreak = /\r\n|\n|\r/g;
  let start = 0;
  for (let match; (match = lineBreak.exec(markdown)); start = lineBreak.lastIndex) {
    lines.push({ text: markdown.slice(start, match.index), start, end: match.index });
  }
  // A final line break ends the last line rather than starting an empty one.
  if (start < markdown.length) lines.push({ text: markdown.slice(start), start, end: markdown.length });
  return lines;
}

function languageOf(info: string): string {
  const word = (info.split(/[\s,{]/, 1)[0] ?? '').toLowerCase();
  return LANGUAGE_ALIASES.get(word) ?? word;
}

function closes(line: string, fence: string): boolean {
  const marker = CLOSING.exec(line)?.[1];
  return marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length;
}

export function findFences(markdown: string): Fence[] {
  const lines = splitLines(markdown);
  const fences: Fence[] = [];
  for (let i = 0; i < lines.length; i++) {
    const opening = OPENING.exec(lines[i]!.text);
    if (!opening) continue;
    const [, fence = '', rawInfo = ''] = opening;
    // A backtick fence's info string may not contain backticks (that is inline code).
    if (fence[0] === '`' && rawInfo.includes('`')) continue;
    let close = i + 1;
    while (close < lines.length && !closes(lines[close]!.text, fence)) close++;
    const first = lines[i + 1];
    const startOffset = first ? first.start : markdown.length;
    const endOffset = close > i + 1 ? lines[close - 1]!.end : startOffset;
    const info = rawInfo.trim();
    fences.push({
      language: languageOf(info),
      index: fences.length,
      code: markdown.slice(startOffset, endOffset),
      startLine: i + 1,
      startOffset,
      info,
    });
    i = close;
  }
  return fences;
}

/** The nth (1-based) fence in `lang`, or in either go or rust when `lang` is omitted. */
export function pickFence(markdown: string, lang?: 'go' | 'rust', n = 1): Fence | null {
  const wanted = (fence: Fence) =>
    lang ? fence.language === lang : fence.language === 'go' || fence.language === 'rust';
  return findFences(markdown).filter(wanted)[n - 1] ?? null;
}
