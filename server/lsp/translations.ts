// One translation per document text and options, shared by the diagnostics and the
// chan2ts/translate and convert requests: an editor asks for the same translation several times
// between two edits (the diagnostics after each pause in typing, then the request of a command).
import { translate, type TranslateOptions, type Translation } from '../translate/index.js';

export type Translate = (text: string, options: TranslateOptions) => Promise<Translation>;

interface Entry {
  /** The document text these translations are of; another text starts the entry afresh. */
  text: string;
  byOptions: Map<string, Promise<Translation>>;
}

export class TranslationCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly translateText: Translate = translate) {}

  /**
   * The translation of `text` (the whole text of the document at `uri`) with `options`,
   * translated once per text and options. A rejection (TranslateError) is kept like a result:
   * the same input fails the same way.
   */
  translation(uri: string, text: string, options: TranslateOptions): Promise<Translation> {
    let entry = this.entries.get(uri);
    if (entry?.text !== text) {
      entry = { text, byOptions: new Map() };
      this.entries.set(uri, entry);
    }
    const key = JSON.stringify(options);
    let translation = entry.byOptions.get(key);
    if (!translation) {
      translation = this.translateText(text, options);
      entry.byOptions.set(key, translation);
    }
    return translation;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}
