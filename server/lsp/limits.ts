// How large a document the server analyses. Parsing 10 MB of Go takes seconds and half a
// gigabyte, and translating it far more: above the limit a document is kept (edits still
// apply) but gets no tree, no hovers, no diagnostics and no translation, and the client is
// told once in the log.

/** In UTF-16 code units (a document's JavaScript string length): about 30,000 lines of code. */
export const MAX_ANALYSED_LENGTH = 1_000_000;

export function isTooLarge(text: string): boolean {
  return text.length > MAX_ANALYSED_LENGTH;
}

/** Why a document is not analysed, for the log and for an LSP error. */
export function tooLargeMessage(uri: string, length: number): string {
  const size = (n: number) => `${(n / 1e6).toFixed(1)} M characters`;
  return `${uri} has ${size(length)}: chan2ts does not parse, explain or translate documents above ${size(MAX_ANALYSED_LENGTH)}`;
}
