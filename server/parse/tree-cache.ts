// One parse tree per open Go/Rust document, kept up to date with tree-sitter's edit API
// (Tree.edit + Parser.parse(newText, oldTree)) instead of reparsing on every keystroke.
// Indices and columns are in UTF-16 code units: web-tree-sitter parses a JavaScript string
// as UTF-16, so `startIndex` is a string index and a Point's column counts code units on
// the row; rows are counted by '\n' only. Never throws to its caller: on any failure the
// document is parsed afresh (or, if even that fails, has no tree).
import type { Edit, Parser, Point, Tree } from 'web-tree-sitter';
import { createParser, type GrammarLanguage, type GrammarOptions } from './grammars.js';

export interface CacheChange {
  /** Absent: `text` is the whole new document. */
  range?: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
}

interface Entry {
  language: GrammarLanguage;
  text: string;
  tree: Tree | null;
  version: number | undefined;
}

export class TreeCache {
  private readonly entries = new Map<string, Entry>();

  /** `parsers` holds one parser per language it can parse; a missing language is not cached. */
  constructor(private readonly parsers: Partial<Record<GrammarLanguage, Parser>>) {}

  /** A cache with a parser for each grammar that loads (a grammar that fails is left out). */
  static async create(options: GrammarOptions = {}): Promise<TreeCache> {
    const parsers: Partial<Record<GrammarLanguage, Parser>> = {};
    for (const language of ['go', 'rust'] as const) {
      try {
        parsers[language] = await createParser(language, options);
      } catch {
        // That language's documents are parsed on demand instead.
      }
    }
    return new TreeCache(parsers);
  }

  /** How many documents hold a tree. */
  get size(): number {
    return this.entries.size;
  }

  /** Parses `text` and keeps its tree (replacing any tree `uri` had). */
  open(uri: string, language: GrammarLanguage, text: string, version?: number): void {
    this.close(uri);
    if (!this.parsers[language]) return;
    const entry: Entry = { language, text, tree: null, version };
    entry.tree = this.parse(language, text, null);
    if (entry.tree) this.entries.set(uri, entry);
  }

  /** Applies LSP content changes (in order) to the tree of `uri`; `newText` is the result. */
  change(uri: string, changes: readonly CacheChange[], newText: string, version?: number): void {
    const entry = this.entries.get(uri);
    if (!entry) return;
    const old = entry.tree;
    let tree: Tree | null = null;
    try {
      if (old && changes.length > 0 && changes.every((change) => change.range)) {
        let text = entry.text;
        for (const change of changes) {
          const edit = editOf(text, change);
          old.edit(edit);
          text = text.slice(0, edit.startIndex) + change.text + text.slice(edit.oldEndIndex);
        }
        // The changes must describe the same text the client sent: else trust the text.
        if (text === newText) tree = this.parse(entry.language, newText, old);
      }
    } catch {
      tree = null;
    }
    if (!tree) tree = this.parse(entry.language, newText, null);
    safeDelete(old);
    entry.tree = tree;
    entry.text = newText;
    entry.version = version;
    if (!tree) this.entries.delete(uri);
  }

  /** The current tree of `uri` (of `version`, when given), or null. Owned by the cache: copy it to keep it. */
  tree(uri: string, version?: number): Tree | null {
    const entry = this.entries.get(uri);
    if (!entry || (version !== undefined && entry.version !== version)) return null;
    return entry.tree;
  }

  /** Releases the tree of `uri`. */
  close(uri: string): void {
    const entry = this.entries.get(uri);
    if (!entry) return;
    this.entries.delete(uri);
    safeDelete(entry.tree);
  }

  /** Releases every tree. */
  clear(): void {
    for (const uri of [...this.entries.keys()]) this.close(uri);
  }

  private parse(language: GrammarLanguage, text: string, old: Tree | null): Tree | null {
    try {
      return this.parsers[language]?.parse(text, old) ?? null;
    } catch {
      return null;
    }
  }
}

function safeDelete(tree: Tree | null): void {
  try {
    tree?.delete();
  } catch {
    // Already gone.
  }
}

/** The string index of an LSP position in `text` (lines end at \r\n, \n or \r; characters clamp to the line). */
function offsetAt(text: string, position: { line: number; character: number }): number {
  let lineStart = 0;
  for (let line = 0; line < position.line; line++) {
    const next = nextLineStart(text, lineStart);
    if (next < 0) return text.length;
    lineStart = next;
  }
  let lineEnd = lineStart;
  while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
  return Math.min(lineStart + Math.max(0, position.character), lineEnd);
}

function nextLineStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\n') return i + 1;
    if (text[i] === '\r') return text[i + 1] === '\n' ? i + 2 : i + 1;
  }
  return -1;
}

/** The tree-sitter point of a string index: rows end at '\n', columns count code units. */
function pointAt(text: string, index: number): Point {
  let row = 0;
  let rowStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
    row++;
    rowStart = i + 1;
  }
  return { row, column: index - rowStart };
}

/** `start` moved past `inserted`. */
function advance(start: Point, inserted: string): Point {
  const last = inserted.lastIndexOf('\n');
  if (last < 0) return { row: start.row, column: start.column + inserted.length };
  let rows = 0;
  for (let i = inserted.indexOf('\n'); i >= 0; i = inserted.indexOf('\n', i + 1)) rows++;
  return { row: start.row + rows, column: inserted.length - last - 1 };
}

/** The tree-sitter edit of one ranged change to `text` (the text before the change). */
function editOf(text: string, change: CacheChange): Edit {
  const range = change.range!;
  const startIndex = offsetAt(text, range.start);
  const oldEndIndex = Math.max(startIndex, offsetAt(text, range.end));
  const startPosition = pointAt(text, startIndex);
  return {
    startIndex,
    oldEndIndex,
    newEndIndex: startIndex + change.text.length,
    startPosition,
    oldEndPosition: pointAt(text, oldEndIndex),
    newEndPosition: advance(startPosition, change.text),
  };
}
