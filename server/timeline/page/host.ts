// Inside a VS Code webview the page asks the extension to reveal an event's source line; opened
// from disk it has no one to ask.
interface VsCodeApi {
  postMessage(message: unknown): void;
}

declare const acquireVsCodeApi: (() => VsCodeApi) | undefined;

/** What the page posts to the extension: reveal `at` ("prog.go:12:3") in the source editor. */
export interface RevealMessage {
  type: 'reveal';
  at: string;
  seq: number;
}

const vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : null;

export function canReveal(): boolean {
  return vscode !== null;
}

export function reveal(at: string, seq: number): void {
  const message: RevealMessage = { type: 'reveal', at, seq };
  vscode?.postMessage(message);
}
