// Whether a Markdown text has a fenced block of Go or Rust: the extension's cheap check before
// it starts the language server for a Markdown document. It may say yes where the server's
// CommonMark reading finds no block (a fence inside an HTML comment), never the reverse.

/** A fence opening a line, in a list item or a quote, with go/golang/rust/rs as its language. */
const CODE_FENCE =
  /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*(?:`{3,}|~{3,})[ \t]*\{?\.?(?:go|golang|rust|rs)(?![\w-])/im;

export function hasGoOrRustFence(markdown: string): boolean {
  return CODE_FENCE.test(markdown);
}
