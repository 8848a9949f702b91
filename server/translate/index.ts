import { basename } from 'node:path';
import { detectLanguage } from '../parse/detect.js';
import { sharedSourceParser, type ParserBackend } from '../parse/source-parser.js';
import type { Point } from '../parse/syntax-tree.js';
import { classifyGoTree, wrapGo } from '../parse/go-snippet.js';
import { pickFence } from '../parse/markdown.js';
import type { Diagnostic } from './diagnostics.js';
import type { Code } from './emit/code.js';
import { render, type Rendered } from './emit/render.js';
import { encodeSourceMap, type Segment, type SourceMapV3 } from './emit/sourcemap.js';
import { translateGoTree } from './go/index.js';
import { translateRustTree } from './rust/index.js';

export type SourceLanguage = 'go' | 'rust';

export interface TranslateOptions {
  /** Forces the source language; otherwise taken from the file name or the text. */
  language?: SourceLanguage;
  /** The file name, for language detection and the source maps. */
  fileName?: string;
  /** The import specifier of the runtime in the output. */
  runtimeSpecifier?: string;
  /** For Markdown input: which fenced block of the language, 1-based (default 1). */
  block?: number;
  /** Which tree-sitter binding parses (default: the fastest that loads, see server/parse/source-parser.ts). */
  parser?: ParserBackend;
  /** Told as each phase starts, for progress on long work. */
  onPhase?: (phase: TranslationPhase) => void;
}

export type TranslationPhase = 'parsing' | 'translating' | 'writing';

export interface Translation {
  language: SourceLanguage;
  typescript: string;
  javascript: string;
  typescriptMap: SourceMapV3;
  javascriptMap: SourceMapV3;
  diagnostics: Diagnostic[];
}

export class TranslateError extends Error {}

export const DEFAULT_RUNTIME: Record<SourceLanguage, string> = {
  go: '@chan2ts/runtime/go',
  rust: '@chan2ts/runtime/tokio',
};

/** Where the translated source sits in the document (a Markdown fence starts lower down). */
interface Placement {
  document: string;
  source: string;
  lineOffset: number;
}

/**
 * Go or Rust source (a file, a selection, or a Markdown lesson) to TypeScript and
 * JavaScript with source maps. Never throws for bad code: what cannot be translated is
 * marked and reported in `diagnostics`. Throws TranslateError only for unusable requests
 * (no such fenced block, a language that is not supported).
 */
export async function translate(text: string, options: TranslateOptions = {}): Promise<Translation> {
  const detected = options.language ?? detectLanguage(options.fileName, undefined, text);
  let placement: Placement = { document: text, source: text, lineOffset: 0 };
  let language: SourceLanguage;
  if (detected === 'markdown') {
    const fence = pickFence(text, options.language, options.block ?? 1);
    if (!fence)
      throw new TranslateError(
        `no ${options.language ?? 'go or rust'} code block ${options.block ?? 1} in this Markdown document`,
      );
    if (fence.language !== 'go' && fence.language !== 'rust')
      throw new TranslateError(`code block ${options.block ?? 1} is ${fence.language}, not Go or Rust`);
    language = fence.language;
    placement = { document: text, source: fence.code, lineOffset: fence.startLine };
  } else if (detected === 'go' || detected === 'rust') {
    language = detected;
  } else {
    throw new TranslateError('cannot tell whether this is Go or Rust: pass --lang go or --lang rust');
  }
  return language === 'rust' ? translateRust(placement, options) : translateGo(placement, options);
}

async function translateRust(placement: Placement, options: TranslateOptions): Promise<Translation> {
  // From here on no await: the shared parser serves one translation at a time.
  const parser = await sharedSourceParser('rust', { backend: options.parser });
  options.onPhase?.('parsing');
  const tree = parser.parse(placement.source);
  options.onPhase?.('translating');
  const fileName = options.fileName ?? 'main.rs';
  const program = translateRustTree(
    tree,
    parser,
    placement.source,
    options.runtimeSpecifier ?? DEFAULT_RUNTIME.rust,
    fileName,
  );
  const toDocument = (p: Point): Point | null => ({ row: p.row + placement.lineOffset, column: p.column });
  options.onPhase?.('writing');
  return {
    language: 'rust',
    ...emit(program.code, toDocument, fileName, placement.document),
    diagnostics: program.diagnostics.flatMap((d) => mapDiagnostic(d, toDocument)),
  };
}

async function translateGo(placement: Placement, options: TranslateOptions): Promise<Translation> {
  const parser = await sharedSourceParser('go', { backend: options.parser });
  options.onPhase?.('parsing');
  const asIs = parser.parse(placement.source);
  const kind = classifyGoTree(asIs.rootNode);
  const wrapped = wrapGo(placement.source, kind);
  // A whole file needs no wrapping: its first parse is the one to translate.
  const tree = kind === 'file' ? asIs : parser.parse(wrapped.text);
  const toDocument = (p: Point): Point | null => {
    const original = wrapped.toOriginal(p);
    return original && { row: original.row + placement.lineOffset, column: original.column };
  };
  const goFile = basename(options.fileName ?? 'main.go');
  const locate = (p: Point): string => {
    const at = toDocument(p) ?? p;
    return `${goFile}:${at.row + 1}:${at.column + 1}`;
  };
  options.onPhase?.('translating');
  const program = translateGoTree(tree.rootNode, options.runtimeSpecifier ?? DEFAULT_RUNTIME.go, locate);
  options.onPhase?.('writing');
  return {
    language: 'go',
    ...emit(program.code, toDocument, options.fileName ?? 'main.go', placement.document),
    diagnostics: program.diagnostics.flatMap((d) => mapDiagnostic(d, toDocument)),
  };
}

function emit(code: Code, toDocument: (p: Point) => Point | null, fileName: string, source: string) {
  const { typescript, javascript } = render(code);
  const output = (rendered: Rendered, extension: string) => {
    // render() made these segments for this call alone: they are moved to the document in place.
    const segments: Segment[] = [];
    for (const s of rendered.segments) {
      const p = toDocument({ row: s.sourceLine, column: s.sourceColumn });
      if (!p) continue;
      s.sourceLine = p.row;
      s.sourceColumn = p.column;
      segments.push(s);
    }
    const outName = fileName.replace(/\.[^.]+$/, '') + extension;
    return { text: rendered.text + '\n', map: encodeSourceMap(segments, outName, fileName, source) };
  };
  const ts = output(typescript, '.ts');
  const js = output(javascript, '.js');
  return { typescript: ts.text, typescriptMap: ts.map, javascript: js.text, javascriptMap: js.map };
}

function mapDiagnostic(d: Diagnostic, toDocument: (p: Point) => Point | null): Diagnostic[] {
  const start = toDocument({ row: d.range.start.line, column: d.range.start.column });
  const end = toDocument({ row: d.range.end.line, column: d.range.end.column });
  if (!start) return [];
  const endPoint = end ?? start;
  return [
    {
      ...d,
      range: { start: { line: start.row, column: start.column }, end: { line: endPoint.row, column: endPoint.column } },
    },
  ];
}
