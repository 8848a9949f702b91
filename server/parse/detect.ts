import { extname } from 'node:path';
import { pickFence } from './markdown.js';

export type DetectedLanguage = 'go' | 'rust' | 'markdown';

const BY_EXTENSION = new Map<string, DetectedLanguage>([
  ['.go', 'go'],
  ['.rs', 'rust'],
  ['.md', 'markdown'],
  ['.markdown', 'markdown'],
]);
const BY_LANGUAGE_ID = new Map<string, DetectedLanguage>([
  ['go', 'go'],
  ['rust', 'rust'],
  ['markdown', 'markdown'],
]);

const GO_SIGNS = [/^package\s+\w+/m, /\bfunc\s/, /:=\s/, /\bchan\s/];
const RUST_SIGNS = [/\bfn\s/, /\blet\s/, /\btokio::/, /::/];

function countSigns(text: string, signs: RegExp[]): number {
  return signs.filter((sign) => sign.test(text)).length;
}

function fromContent(text: string): DetectedLanguage | null {
  if (pickFence(text)) return 'markdown';
  const go = countSigns(text, GO_SIGNS);
  const rust = countSigns(text, RUST_SIGNS);
  if (go === rust) return null;
  return go > rust ? 'go' : 'rust';
}

/**
 * The language of a document: from the editor's language id (the user may have chosen it),
 * else the file name's extension, else the text (a Markdown document is one with a go or rust
 * fence). Null when none of them tells.
 */
export function detectLanguage(fileName?: string, languageId?: string, text?: string): DetectedLanguage | null {
  return (
    BY_LANGUAGE_ID.get(languageId ?? '') ??
    BY_EXTENSION.get(extname(fileName ?? '').toLowerCase()) ??
    (text === undefined ? null : fromContent(text))
  );
}
