import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Language, Parser } from 'web-tree-sitter';
import { moduleDir } from '../module-dir.js';

export type GrammarLanguage = 'go' | 'rust';

export interface GrammarOptions {
  /**
   * The folder holding tree-sitter.wasm and the grammars' wasm files. Default: the
   * CHAN2TS_GRAMMARS environment variable, else the running bundle's folder, else the
   * repository's grammars/.
   */
  dir?: string;
}

const RUNTIME_FILE = 'tree-sitter.wasm';
const GRAMMAR_FILES: Record<GrammarLanguage, string> = {
  go: 'tree-sitter-go.wasm',
  rust: 'tree-sitter-rust.wasm',
};

function searchDirs(options: GrammarOptions): string[] {
  const chosen = options.dir ?? process.env['CHAN2TS_GRAMMARS'];
  if (chosen) return [resolve(chosen)];
  const here = moduleDir();
  return [here, resolve(here, '..', 'grammars')];
}

/** The path of a wasm file, from the first folder that has it. */
export function locateWasm(file: string, options: GrammarOptions = {}): string {
  const dirs = searchDirs(options);
  for (const dir of dirs) {
    const path = join(dir, file);
    if (existsSync(path)) return path;
  }
  throw new Error(
    `chan2ts: ${file} is missing (looked in ${dirs.join(', ')}); ` +
      'run `npm run build` to copy the tree-sitter wasm files from their npm packages',
  );
}

let runtimeReady: Promise<void> | undefined;
/**
 * The options given to Parser.init: emscripten makes this very object the wasm module (see
 * wasm-reader.ts), unless web-tree-sitter was initialized before with other options.
 */
let moduleOptions: object | undefined;
const languages = new Map<string, Promise<Language>>();

/** Caches a promise, forgetting it if it fails, so a later call can retry after a build. */
function remember<T>(promise: Promise<T>, forget: () => void): Promise<T> {
  promise.catch(forget);
  return promise;
}

function initRuntime(options: GrammarOptions): Promise<void> {
  if (!runtimeReady) {
    const runtimeWasm = locateWasm(RUNTIME_FILE, options);
    moduleOptions = { locateFile: () => runtimeWasm };
    runtimeReady = remember(Parser.init(moduleOptions), () => (runtimeReady = undefined));
  }
  return runtimeReady;
}

/** The object web-tree-sitter's wasm module may be (undefined before the first load). */
export function wasmModuleCandidate(): object | undefined {
  return moduleOptions;
}

/** The tree-sitter Language of `lang`, loaded once per wasm file. */
export async function loadLanguage(lang: GrammarLanguage, options: GrammarOptions = {}): Promise<Language> {
  await initRuntime(options);
  const path = locateWasm(GRAMMAR_FILES[lang], options);
  let language = languages.get(path);
  if (!language) {
    language = remember(
      readFile(path).then((bytes) => Language.load(bytes)),
      () => languages.delete(path),
    );
    languages.set(path, language);
  }
  return language;
}

/** A fresh parser for `lang` (parsers are stateful: one per concurrent user). */
export async function createParser(lang: GrammarLanguage, options: GrammarOptions = {}): Promise<Parser> {
  const language = await loadLanguage(lang, options);
  return new Parser().setLanguage(language);
}
