// chan2ts's extensions to the Language Server Protocol, declared once and imported by both
// the server (server/lsp/server.ts) and the VS Code client (extension/). This module holds
// types and request objects only: importing it pulls in no server code and no 'vscode'.
import { RequestType, type Diagnostic, type Range } from 'vscode-languageserver-protocol';
import type { SourceMapV3 } from '../translate/emit/sourcemap.js';

export interface TranslateParams {
  /** An open document of the client (Go, Rust or Markdown). */
  uri: string;
  /**
   * What to translate. Go or Rust: the text of a non-empty range, laid out at its place in
   * the document (so positions stay document positions); omitted or empty: the whole
   * document. Markdown: the go/rust fenced block holding the range's start, else the first.
   */
  range?: Range;
  /**
   * The import specifier of the runtime in the translation (default `@chan2ts/runtime/go`
   * or `@chan2ts/runtime/tokio`), e.g. a path to a runtime bundle the client ships.
   */
  runtimeSpecifier?: string;
}

/** A version 3 source map from the generated TypeScript back to the document. */
export type SourceMap = SourceMapV3;

export interface TranslateResult {
  language: 'go' | 'rust';
  typescript: string;
  /** The same program without types, for running. */
  javascript: string;
  /** Maps `typescript` to the document (its sourcesContent is the document's text). */
  sourceMap: SourceMap;
  /** Maps `javascript` to the document: what a debugger needs to stop in the Go or Rust source. */
  javascriptMap: SourceMap;
  /** What could not be translated, in document positions. */
  diagnostics: Diagnostic[];
}

/**
 * `chan2ts/translate`: the TypeScript translation of a document, a selection or a Markdown
 * fenced block. Fails with InvalidParams for an unknown document or a malformed range, and
 * with RequestFailed when there is nothing to translate (no go/rust block) or the document
 * is over the server's size limit (server/lsp/limits.ts).
 */
export const translate = new RequestType<TranslateParams, TranslateResult, void>('chan2ts/translate');

/**
 * The command of the "Convert to TypeScript (chan2ts)" code action. The client carries it
 * out (it asks `chan2ts/translate` and shows the result); its one argument is the
 * TranslateParams of the action.
 */
export const CONVERT_COMMAND = 'chan2ts.convertToTypeScript';

/** The server process's memory, as `process.memoryUsage()` reports it after a full collection when the server runs with --expose-gc. */
export interface MemoryUsage {
  heapUsed: number;
  rss: number;
  /** Used bytes per V8 heap space (new_space, old_space, code_space...). */
  spaces: Record<string, number>;
  /** Whether a full collection ran first (the server was started with node --expose-gc). */
  collected: boolean;
}

/**
 * `chan2ts/bench/memoryUsage`: only when the server is started with `--bench` (bench/lsp.ts
 * measures heap growth over many hovers with it); otherwise the method does not exist.
 */
export const benchMemoryUsage = new RequestType<null, MemoryUsage, void>('chan2ts/bench/memoryUsage');

/**
 * Commands the server carries out itself (`workspace/executeCommand`), for any LSP client:
 * - `chan2ts.server.translate` with one TranslateParams: answers the TranslateResult;
 * - `chan2ts.server.convert` with one ConvertParams: translates, then asks the client to apply
 *   the edit (`workspace/applyEdit`); answers whether it was applied.
 */
export const SERVER_COMMANDS = { translate: 'chan2ts.server.translate', convert: 'chan2ts.server.convert' } as const;

export interface ConvertParams extends TranslateParams {
  /**
   * `file`: write the TypeScript to a .ts file beside the document (the default when the
   * client can create files); `replace`: put it in place of what was translated (a Markdown
   * block becomes a ts block).
   */
  target?: 'file' | 'replace';
}

/**
 * The server's initializationOptions. A client that carries out the code action's command
 * itself (the VS Code extension, which shows the TypeScript in an editor) lists it in
 * `clientCommands`; other clients get a code action that runs `chan2ts.server.convert`.
 */
export interface InitializationOptions {
  clientCommands?: string[];
}
