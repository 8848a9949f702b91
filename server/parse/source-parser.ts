// One way to parse source into a plain tree (syntax-tree.ts), over either tree-sitter binding:
// web-tree-sitter with the grammars' wasm (everywhere: the VSIX carries no native module, and a
// browser has none), or the native `tree-sitter` npm binding with the grammar packages' own
// native builds, where they load (a clone's node_modules). Both read the same grammar
// versions, so they give the same trees (test/parse/backends.test.ts).
import { createRequire } from 'node:module';
import { createParser, type GrammarLanguage, type GrammarOptions } from './grammars.js';
import { buildSyntaxTree, cursorReader, NameTable, type RawTree, type SyntaxTree } from './syntax-tree.js';
import { directWasmWalk, wasmReader } from './wasm-reader.js';

export type ParserBackend = 'native' | 'wasm';

export interface SourceParser {
  readonly backend: ParserBackend;
  readonly language: GrammarLanguage;
  /** The plain tree of `text`; throws only if the binding gives no tree at all. */
  parse(text: string): SyntaxTree;
  /** Frees the binding's parser (web-tree-sitter's lives in wasm memory). */
  delete(): void;
}

export interface SourceParserOptions extends GrammarOptions {
  /**
   * 'auto' (the default, unless CHAN2TS_PARSER says 'native' or 'wasm'): the fastest that
   * loads (see createSourceParser). 'native' throws when the native binding does not load.
   */
  backend?: ParserBackend | 'auto';
}

/** The parts of the native binding used here (the `tree-sitter` package's own types are not needed). */
interface NativeParser {
  setLanguage(language: unknown): unknown;
  parse(text: string): RawTree | undefined;
}

interface NativeBinding {
  Parser: new () => NativeParser;
  grammars: Partial<Record<GrammarLanguage, unknown>>;
}

const GRAMMAR_PACKAGES: Record<GrammarLanguage, string> = { go: 'tree-sitter-go', rust: 'tree-sitter-rust' };

let binding: NativeBinding | null | undefined;
/** Why the native binding (or one grammar of it) did not load, per language. */
const nativeFailures = new Map<GrammarLanguage, string>();
let logged = false;

function debugOnce(message: string): void {
  if (logged || !process.env['CHAN2TS_DEBUG']) return;
  logged = true;
  process.stderr.write(`chan2ts: ${message}\n`);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

/** The native binding and `lang`'s native grammar, or null (the reason is kept in nativeFailures). */
function nativeGrammar(lang: GrammarLanguage): { binding: NativeBinding; grammar: unknown } | null {
  if (binding === undefined) {
    try {
      // Loaded at run time, never bundled: a bundle without node_modules beside it falls back.
      const require = createRequire(import.meta.url);
      binding = { Parser: require('tree-sitter') as NativeBinding['Parser'], grammars: {} };
    } catch (error) {
      binding = null;
      for (const l of ['go', 'rust'] as const)
        nativeFailures.set(l, `the native tree-sitter binding does not load: ${describe(error)}`);
    }
  }
  if (binding === null) return null;
  if (nativeFailures.has(lang)) return null;
  let grammar = binding.grammars[lang];
  if (grammar === undefined) {
    try {
      grammar = createRequire(import.meta.url)(GRAMMAR_PACKAGES[lang]) as unknown;
      // setLanguage checks the grammar's ABI against the binding's.
      new binding.Parser().setLanguage(grammar);
      binding.grammars[lang] = grammar;
    } catch (error) {
      nativeFailures.set(lang, `the native ${GRAMMAR_PACKAGES[lang]} grammar does not load: ${describe(error)}`);
      return null;
    }
  }
  return { binding, grammar };
}

/** Why the native binding cannot parse `lang` in this process, or null when it can. */
export function nativeUnavailable(lang: GrammarLanguage): string | null {
  return nativeGrammar(lang) === null ? (nativeFailures.get(lang) ?? 'unknown') : null;
}

/** Type and field names by id, per native grammar and per wasm Language. */
const nativeNames = new Map<GrammarLanguage, NameTable>();
const wasmNames = new WeakMap<object, NameTable>();

function chosenBackend(options: SourceParserOptions): ParserBackend | 'auto' {
  if (options.backend) return options.backend;
  const env = process.env['CHAN2TS_PARSER'];
  return env === 'native' || env === 'wasm' ? env : 'auto';
}

/**
 * A parser for `lang` giving plain trees (parsers are stateful: one per concurrent user).
 * 'auto' takes the fastest that loads. Reading a tree costs more than parsing it, and the
 * native binding's reads cross N-API one property at a time, so web-tree-sitter with the
 * direct walk of wasm-reader.ts comes first; then the native binding; then web-tree-sitter's
 * public cursor. A failure to load one falls back to the next, silently (CHAN2TS_DEBUG logs it).
 */
export async function createSourceParser(
  lang: GrammarLanguage,
  options: SourceParserOptions = {},
): Promise<SourceParser> {
  const backend = chosenBackend(options);
  if (backend === 'wasm') return wasmParser(lang, options);
  if (backend === 'native') {
    const native = nativeGrammar(lang);
    if (!native) throw new Error(`chan2ts: ${nativeFailures.get(lang)}`);
    return nativeParser(lang, native.binding, native.grammar);
  }
  let wasm: SourceParser | undefined;
  let wasmFailure: unknown;
  try {
    wasm = await wasmParser(lang, options);
    if (directWasmWalk()) return wasm;
    debugOnce('web-tree-sitter is not the version the direct walk of wasm-reader.ts knows');
  } catch (error) {
    wasmFailure = error;
    debugOnce(`web-tree-sitter does not load: ${describe(error)}`);
  }
  const native = nativeGrammar(lang);
  if (native) {
    wasm?.delete();
    return nativeParser(lang, native.binding, native.grammar);
  }
  debugOnce(nativeFailures.get(lang)!);
  if (wasm) return wasm;
  throw wasmFailure;
}

const bareParsers = new Map<GrammarLanguage, NativeParser>();

/** The bench's floor: a bare native parse of `text` (one parser per language), no plain tree. */
export function nativeParse(lang: GrammarLanguage, text: string): void {
  let parser = bareParsers.get(lang);
  if (!parser) {
    const native = nativeGrammar(lang);
    if (!native) throw new Error(`chan2ts: ${nativeFailures.get(lang)}`);
    parser = new native.binding.Parser();
    parser.setLanguage(native.grammar);
    bareParsers.set(lang, parser);
  }
  if (!parser.parse(text)) throw new Error(`chan2ts: the native ${lang} parser gave no tree`);
}

const shared = new Map<string, Promise<SourceParser>>();

/**
 * One parser per language and backend for the whole process, never deleted. Parsing is
 * synchronous, so callers share it as long as they do not await between its calls.
 */
export function sharedSourceParser(lang: GrammarLanguage, options: SourceParserOptions = {}): Promise<SourceParser> {
  const key = `${lang}:${chosenBackend(options)}:${options.dir ?? ''}`;
  let parser = shared.get(key);
  if (!parser) {
    parser = createSourceParser(lang, options);
    shared.set(key, parser);
    parser.catch(() => shared.delete(key));
  }
  return parser;
}

function nativeParser(lang: GrammarLanguage, native: NativeBinding, grammar: unknown): SourceParser {
  const parser = new native.Parser();
  parser.setLanguage(grammar);
  const names = nativeNames.get(lang) ?? new NameTable();
  nativeNames.set(lang, names);
  return {
    backend: 'native',
    language: lang,
    parse(text) {
      const raw = parser.parse(text);
      if (!raw) throw new Error(`chan2ts: the native ${lang} parser gave no tree`);
      // The native tree is freed by the garbage collector.
      const hasError = raw.rootNode.hasError;
      return buildSyntaxTree(cursorReader(raw.walk()), text, names, hasError);
    },
    delete() {},
  };
}

async function wasmParser(lang: GrammarLanguage, options: GrammarOptions): Promise<SourceParser> {
  const parser = await createParser(lang, options);
  const language = parser.language!;
  const names = wasmNames.get(language) ?? new NameTable();
  wasmNames.set(language, names);
  return {
    backend: 'wasm',
    language: lang,
    parse(text) {
      const raw = parser.parse(text);
      if (!raw) throw new Error(`chan2ts: the ${lang} parser gave no tree`);
      try {
        // Read before the walk starts: the direct walk owns web-tree-sitter until it is done.
        const hasError = raw.rootNode.hasError;
        return buildSyntaxTree(wasmReader(raw, language) ?? cursorReader(raw.walk()), text, names, hasError);
      } finally {
        raw.delete();
      }
    },
    delete() {
      parser.delete();
    },
  };
}
