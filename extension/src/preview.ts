// The live preview: a read-only TypeScript document (scheme chan2ts-preview) that shows the
// translation of a source document and follows its edits, debounced.
import * as vscode from 'vscode';
import type { ServerClient } from './client.js';
import { describeError } from './errors.js';
import { previewDelayMs } from './settings.js';

const PREVIEW_SCHEME = 'chan2ts-preview';

/** What a preview shows: a source document, and for Markdown the line of its block. */
interface PreviewSource {
  source: string;
  line: number;
}

export class TranslationPreview implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly client: ServerClient) {
    this.subscriptions = [
      vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, this),
      vscode.workspace.onDidChangeTextDocument((event) => this.sourceChanged(event.document)),
    ];
  }

  /** The preview's URI for a source document: `<name>.ts`, so editors show it as TypeScript. */
  uriFor(document: vscode.TextDocument, line: number): vscode.Uri {
    const query: PreviewSource = { source: document.uri.toString(), line };
    return vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: `${document.uri.path}.ts`, query: JSON.stringify(query) });
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    let query: PreviewSource;
    try {
      query = JSON.parse(uri.query) as PreviewSource;
    } catch {
      return `// chan2ts: this preview's address is malformed: ${uri.toString()}\n`;
    }
    const position = { line: query.line, character: 0 };
    try {
      const result = await this.client.translate({ uri: query.source, range: { start: position, end: position } });
      return result.typescript;
    } catch (error) {
      // The preview stays open while the source is broken: it says why it cannot follow.
      return `// ${describeError(error).message}\n`;
    }
  }

  private sourceChanged(document: vscode.TextDocument): void {
    const source = document.uri.toString();
    for (const preview of vscode.workspace.textDocuments) {
      if (preview.uri.scheme !== PREVIEW_SCHEME || !preview.uri.query.includes(JSON.stringify(source))) continue;
      const key = preview.uri.toString();
      clearTimeout(this.pending.get(key));
      this.pending.set(
        key,
        setTimeout(() => {
          this.pending.delete(key);
          this.changed.fire(preview.uri);
        }, previewDelayMs(document)),
      );
    }
  }

  dispose(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.changed.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
