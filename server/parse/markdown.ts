// Fenced code blocks of a Markdown document, as CommonMark reads it (markdown-it's block
// parser, without inline parsing): ``` and ~~~ fences at the top level, in list items and in
// block quotes; not indented code, not fences inside HTML (comments included).
import MarkdownIt from 'markdown-it';

export interface Fence {
  /** The info string's first word, lower-cased, with `golang` read as go and `rs` as rust. */
  language: string;
  /** 0-based among all fences of the document, whatever their language. */
  index: number;
  /**
   * The lines between the fences as the document has them (indentation and line breaks kept;
   * in a block quote its `>` markers become spaces), so that the code's positions are the
   * document's and `code.length` is the length of its span from `startOffset`.
   */
  code: string;
  /** 0-based line of the first code line. */
  startLine: number;
  /** UTF-16 offset of the first code character. */
  startOffset: number;
  /** The whole info string, trimmed: `go title="x"`, `rust,ignore`. */
  info: string;
}

const CLOSING = /^(`{3,}|~{3,})[ \t]*$/;
const QUOTE_MARKERS = /^(?:[ \t]*>)+/;
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

/** Block structure only: the inline rules (emphasis, links...) tell nothing about fences. */
const blockParser = new MarkdownIt('commonmark');
blockParser.core.ruler.disable(['inline', 'text_join']);

export function findFences(markdown: string): Fence[] {
  const lines = splitLines(markdown);
  const fences: Fence[] = [];
  let quoteDepth = 0;
  for (const token of blockParser.parse(markdown, {})) {
    if (token.type === 'blockquote_open') quoteDepth++;
    else if (token.type === 'blockquote_close') quoteDepth--;
    if (token.type !== 'fence' || !token.map) continue;
    const quoted = quoteDepth > 0;
    const [openingLine, end] = token.map;
    const lastLine = Math.min(end, lines.length) - 1;
    const closed = lastLine > openingLine && closes(lines[lastLine]!.text, token.markup, quoted);
    const first = openingLine + 1;
    const last = closed ? lastLine - 1 : lastLine;
    const startOffset = lines[first]?.start ?? markdown.length;
    const endOffset = last >= first ? lines[last]!.end : startOffset;
    const raw = markdown.slice(startOffset, endOffset);
    const info = token.info.trim();
    fences.push({
      language: languageOf(info),
      index: fences.length,
      code: quoted ? blankQuoteMarkers(raw) : raw,
      startLine: first,
      startOffset,
      info,
    });
  }
  return fences;
}

function closes(line: string, opening: string, quoted: boolean): boolean {
  const text = (quoted ? line.replace(QUOTE_MARKERS, '') : line).trimStart();
  const marker = CLOSING.exec(text)?.[1];
  return marker !== undefined && marker[0] === opening[0] && marker.length >= opening.length;
}

/** `> ` at the start of each line becomes spaces: the code, at the columns the document has it. */
function blankQuoteMarkers(code: string): string {
  return code.replace(/^(?:[ \t]*>)+/gm, (markers) => ' '.repeat(markers.length));
}

/** The nth (1-based) fence in `lang`, or in either go or rust when `lang` is omitted. */
export function pickFence(markdown: string, lang?: 'go' | 'rust', n = 1): Fence | null {
  const wanted = (fence: Fence) =>
    lang ? fence.language === lang : fence.language === 'go' || fence.language === 'rust';
  return findFences(markdown).filter(wanted)[n - 1] ?? null;
}
