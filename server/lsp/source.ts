// What a translation request translates: a document's language, and the text and options
// to hand the translator for a document and an optional range.
import { basename, extname } from 'node:path';
import type { Range } from 'vscode-languageserver-protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { detectLanguage, type DetectedLanguage } from '../parse/detect.js';
import { findFences, type Fence } from '../parse/markdown.js';
import type { TranslateOptions } from '../translate/index.js';

export interface TranslationInput {
  /** The text to translate: the document's, with anything outside the range blanked. */
  text: string;
  options: TranslateOptions;
}

const EXTENSIONS: Record<DetectedLanguage, string> = { go: '.go', rust: '.rs', markdown: '.md' };

/** The file name of a URI's path (`main.go`), or '' when it has none. */
function fileNameOf(uri: string): string {
  try {
    return basename(decodeURIComponent(new URL(uri).pathname));
  } catch {
    return '';
  }
}

/** Go, Rust or Markdown, from the editor's language id, the URI's extension, or the text. */
export function documentLanguage(document: TextDocument): DetectedLanguage | null {
  return detectLanguage(fileNameOf(document.uri), document.languageId, document.getText());
}

/** The fenced go/rust blocks of a Markdown document (the translator numbers these from 1). */
export function codeFences(markdown: string): Fence[] {
  return findFences(markdown).filter((f) => f.language === 'go' || f.language === 'rust');
}

/** 1-based among the go/rust blocks: the block whose lines (fences included) hold `line`, else 1. */
function blockAt(markdown: string, line: number): number {
  const index = codeFences(markdown).findIndex((f) => holdsLine(f, line));
  return index + 1 || 1;
}

/** The go/rust block that `blockAt` picks for `line`, if the document has any. */
export function fenceAt(markdown: string, line: number): Fence | undefined {
  return codeFences(markdown)[blockAt(markdown, line) - 1];
}

function holdsLine(fence: Fence, line: number): boolean {
  const codeLines = fence.code === '' ? 0 : fence.code.split(/\r\n|\n|\r/).length;
  return line >= fence.startLine - 1 && line <= fence.startLine + codeLines;
}

/** Every character but line breaks as a space, so that what follows keeps its position. */
function blank(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}

/** The translator's input for a whole document or, for Go and Rust, a non-empty range of it. */
export function translationInput(document: TextDocument, language: DetectedLanguage, range?: Range): TranslationInput {
  const text = document.getText();
  let fileName = fileNameOf(document.uri) || 'untitled';
  if (extname(fileName).toLowerCase() !== EXTENSIONS[language]) fileName += EXTENSIONS[language];
  if (language === 'markdown') {
    return { text, options: { fileName, block: range ? blockAt(text, range.start.line) : 1 } };
  }
  const options: TranslateOptions = { fileName, language };
  if (!range) return { text, options };
  const start = document.offsetAt(range.start);
  const end = document.offsetAt(range.end);
  if (start >= end) return { text, options };
  return { text: blank(text.slice(0, start)) + text.slice(start, end) + blank(text.slice(end)), options };
}
