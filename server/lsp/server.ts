// The chan2ts language server: documents, diagnostics, the convert code action and the
// chan2ts/translate request. Thin: the work is done by translate/ and parse/.
import {
  CodeActionKind,
  ErrorCodes,
  LSPErrorCodes,
  MarkupKind,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type CodeActionParams,
  type Command,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type Hover,
  type HoverParams,
  type InitializeParams,
  type Position,
  type Range,
  type ServerCapabilities,
  DidChangeConfigurationNotification,
  type DidChangeConfigurationParams,
  type ExecuteCommandParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadLanguage } from '../parse/grammars.js';
import { TreeCache } from '../parse/tree-cache.js';
import { translate, TranslateError, type Translation } from '../translate/index.js';
import { clientTraits, type ClientTraits } from './client-traits.js';
import { conversionEdit } from './conversion-edit.js';
import { toLspDiagnostic } from './diagnostics.js';
import { hoverAt } from './hover.js';
import * as ext from './protocol.js';
import { DEFAULT_SETTINGS, isPublished, readSettings, SETTINGS_SECTION, type Settings } from './settings.js';
import { codeFences, documentLanguage, translationInput, type TranslationInput } from './source.js';
import { isTooLarge, tooLargeMessage } from './limits.js';
import { TranslationCache } from './translations.js';

/** How long a document must stay unchanged before its diagnostics are recomputed. */
const DIAGNOSTICS_DELAY_MS = 150;
const CONVERT_TITLE = 'Convert to TypeScript (chan2ts)';

export class Chan2tsServer {
  private readonly documents: TextDocuments<TextDocument>;
  private readonly pendingDiagnostics = new Map<string, NodeJS.Timeout>();
  private settings: Settings = DEFAULT_SETTINGS;

  private constructor(
    private readonly connection: Connection,
    private readonly client: ClientTraits,
    /** The parse trees of the open Go and Rust documents, kept in step with their text here. */
    private readonly trees: TreeCache,
    private readonly translations: TranslationCache,
  ) {
    this.documents = new TextDocuments<TextDocument>({
      create: (uri, languageId, version, content) => {
        if (typeof uri !== 'string' || typeof content !== 'string')
          throw new TypeError('didOpen needs textDocument { uri: string, text: string }');
        const document = TextDocument.create(uri, String(languageId), Number.isInteger(version) ? version : 0, content);
        this.track(document);
        return document;
      },
      update: (document, changes, version) => {
        if (!Array.isArray(changes))
          throw new TypeError('didChange needs contentChanges: TextDocumentContentChangeEvent[]');
        const updated = TextDocument.update(document, changes, version);
        if (isTooLarge(updated.getText()) !== isTooLarge(document.getText())) this.track(updated);
        else trees.change(document.uri, changes, updated.getText(), version);
        return updated;
      },
    });
  }

  /** Gives a Go or Rust document a parse tree, unless it is too large (then says so in the log). */
  private track(document: TextDocument): void {
    const text = document.getText();
    if (isTooLarge(text)) {
      this.trees.close(document.uri);
      this.connection.console.warn(`chan2ts: ${tooLargeMessage(document.uri, text.length)}`);
      return;
    }
    const language = documentLanguage(document);
    if (language === 'go' || language === 'rust') this.trees.open(document.uri, language, text, document.version);
  }

  /** Loads the Go grammar (so the first request does not wait for it) and makes the server. */
  static async initialize(connection: Connection, params: InitializeParams): Promise<Chan2tsServer> {
    try {
      await loadLanguage('go');
    } catch (error) {
      connection.console.error(`chan2ts: the Go grammar did not load: ${(error as Error).message}`);
    }
    const server = new Chan2tsServer(
      connection,
      clientTraits(params),
      await TreeCache.create(),
      new TranslationCache(),
    );
    connection.console.info(`chan2ts: language server started (process ${process.pid})`);
    return server;
  }

  capabilities(): ServerCapabilities {
    return {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: this.client.codeActionLiterals ? { codeActionKinds: [CodeActionKind.RefactorRewrite] } : true,
      hoverProvider: true,
      executeCommandProvider: { commands: Object.values(ext.SERVER_COMMANDS) },
    };
  }

  /** Every handler, wired in one place. */
  register(): void {
    const { connection, documents } = this;
    documents.onDidChangeContent(({ document }) => this.scheduleDiagnostics(document.uri));
    documents.onDidClose(({ document }) => this.onDidClose(document.uri));
    documents.listen(connection);
    connection.onCodeAction(this.guard('codeAction', (params) => this.onCodeAction(params)));
    connection.onHover(this.guard('hover', (params) => this.onHover(params)));
    connection.onExecuteCommand(this.guard('executeCommand', (params) => this.onExecuteCommand(params)));
    connection.onRequest(
      ext.translate,
      this.guard('translate', (params) => this.onTranslate(params)),
    );
    connection.onInitialized(() => void this.onInitialized());
    connection.onDidChangeConfiguration((params) => void this.onDidChangeConfiguration(params));
    connection.onShutdown(() => this.onShutdown());
  }

  private async onInitialized(): Promise<void> {
    if (this.client.configurationRegistration) {
      await this.connection.client
        .register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION })
        .catch((error) => this.logError('registering for configuration changes', error));
    }
    await this.refreshSettings();
  }

  /** Pull clients are asked again; push clients send the section with the notification. */
  private async onDidChangeConfiguration(params: DidChangeConfigurationParams): Promise<void> {
    const pushed =
      isObject(params) && isObject(params.settings)
        ? (params.settings as Record<string, unknown>)[SETTINGS_SECTION]
        : undefined;
    await this.refreshSettings(pushed);
  }

  /** Reads the settings and republishes every open document's diagnostics under them. */
  private async refreshSettings(pushed?: unknown): Promise<void> {
    let section = pushed;
    if (this.client.configurationPull) {
      try {
        section = await this.connection.workspace.getConfiguration(SETTINGS_SECTION);
      } catch (error) {
        this.logError('reading the chan2ts settings', error);
      }
    }
    if (section === undefined && !this.client.configurationPull) return;
    this.settings = readSettings(section);
    this.connection.console.log(
      `chan2ts: lints switched off: ${
        Object.entries(this.settings.lints)
          .filter(([, on]) => !on)
          .map(([code]) => code)
          .join(', ') || 'none'
      }`,
    );
    for (const document of this.documents.all()) this.scheduleDiagnostics(document.uri);
  }

  /** chan2ts/translate: a document, a selection of it, or a Markdown fenced block. */
  async onTranslate(params: ext.TranslateParams): Promise<ext.TranslateResult> {
    if (!isObject(params) || typeof params.uri !== 'string')
      throw invalidParams('expected { uri: string, range?: Range, runtimeSpecifier?: string }');
    const runtimeSpecifier = params.runtimeSpecifier ?? undefined;
    if (
      runtimeSpecifier !== undefined &&
      (typeof runtimeSpecifier !== 'string' || runtimeSpecifier.trim() === '' || /['\\\n\r]/.test(runtimeSpecifier))
    ) {
      throw invalidParams(
        'runtimeSpecifier must be a non-empty import specifier without quotes, backslashes or line breaks',
      );
    }
    const document = this.documents.get(params.uri);
    if (!document) throw invalidParams(`unknown document ${params.uri} (chan2ts translates open documents only)`);
    if (isTooLarge(document.getText()))
      throw new ResponseError(
        LSPErrorCodes.RequestFailed,
        `chan2ts: ${tooLargeMessage(document.uri, document.getText().length)}`,
      );
    const range = params.range;
    if (range !== undefined && range !== null) checkRange(range, document);
    const language = documentLanguage(document);
    if (language === null)
      throw new ResponseError(LSPErrorCodes.RequestFailed, 'chan2ts: this document is neither Go, Rust nor Markdown');
    const input = translationInput(document, language, range ?? undefined);
    if (runtimeSpecifier !== undefined) input.options = { ...input.options, runtimeSpecifier };
    let translation: Translation;
    try {
      translation = await this.translation(document, input);
    } catch (error) {
      if (error instanceof TranslateError)
        throw new ResponseError(LSPErrorCodes.RequestFailed, `chan2ts: ${error.message}`);
      throw error;
    }
    return {
      language: translation.language,
      typescript: translation.typescript,
      javascript: translation.javascript,
      // A selection is translated with the rest of the document blanked: show the real text.
      sourceMap: { ...translation.typescriptMap, sourcesContent: [document.getText()] },
      javascriptMap: { ...translation.javascriptMap, sourcesContent: [document.getText()] },
      diagnostics: this.published(translation),
    };
  }

  /** workspace/executeCommand: the server's commands (protocol.ts SERVER_COMMANDS), one TranslateParams argument each. */
  async onExecuteCommand(params: ExecuteCommandParams): Promise<ext.TranslateResult | boolean> {
    const [argument] = Array.isArray(params?.arguments) ? params.arguments : [];
    if (params?.command === ext.SERVER_COMMANDS.translate) return this.onTranslate(argument);
    if (params?.command !== ext.SERVER_COMMANDS.convert)
      throw invalidParams(`unknown command ${JSON.stringify(params?.command)}`);
    const convert = argument as ext.ConvertParams;
    const target = convert?.target ?? (this.client.createFiles ? 'file' : 'replace');
    if (target !== 'file' && target !== 'replace') throw invalidParams('target must be "file" or "replace"');
    if (!this.client.applyEdit)
      throw invalidParams('this client does not apply workspace edits: use chan2ts.server.translate');
    if (target === 'file' && !this.client.createFiles)
      throw invalidParams('this client cannot create files in a workspace edit: use target "replace"');
    const { typescript } = await this.onTranslate(convert);
    const document = this.documents.get(convert.uri)!;
    const edit = conversionEdit(document, typescript, target, convert.range ?? undefined);
    const { applied } = await this.connection.workspace.applyEdit({ label: CONVERT_TITLE, edit });
    return applied;
  }

  /** The note of the channel construct under the cursor, or null (server/lsp/hover.ts). */
  async onHover(params: HoverParams): Promise<Hover | null> {
    const document = this.documents.get(params?.textDocument?.uri);
    if (!document || !isPosition(params.position) || isTooLarge(document.getText())) return null;
    const language = documentLanguage(document);
    if (language === null) return null;
    const tree = language === 'markdown' ? null : this.trees.tree(document.uri, document.version);
    const value = await hoverAt(document.getText(), language, params.position, tree);
    return value === null ? null : { contents: { kind: MarkupKind.Markdown, value } };
  }

  /**
   * "Convert to TypeScript (chan2ts)": the client's own command when it has one (VS Code
   * shows the TypeScript in an editor), else the server's chan2ts.server.convert.
   */
  onCodeAction(params: CodeActionParams): (CodeAction | Command)[] {
    const document = this.documents.get(params?.textDocument?.uri);
    if (!document) return [];
    const only = params.context?.only;
    if (
      Array.isArray(only) &&
      !only.some(
        (kind) => kind === CodeActionKind.RefactorRewrite || CodeActionKind.RefactorRewrite.startsWith(`${kind}.`),
      )
    )
      return [];
    const language = documentLanguage(document);
    if (language === null || (language === 'markdown' && codeFences(document.getText()).length === 0)) return [];
    const argument: ext.TranslateParams = { uri: document.uri, range: params.range };
    const id = this.client.clientCommands.has(ext.CONVERT_COMMAND) ? ext.CONVERT_COMMAND : ext.SERVER_COMMANDS.convert;
    const command: Command = { title: CONVERT_TITLE, command: id, arguments: [argument] };
    if (!this.client.codeActionLiterals) return [command];
    return [{ title: CONVERT_TITLE, kind: CodeActionKind.RefactorRewrite, command }];
  }

  private onDidClose(uri: string): void {
    this.trees.close(uri);
    this.translations.forget(uri);
    clearTimeout(this.pendingDiagnostics.get(uri));
    this.pendingDiagnostics.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private onShutdown(): void {
    for (const timer of this.pendingDiagnostics.values()) clearTimeout(timer);
    this.pendingDiagnostics.clear();
    this.trees.clear();
    this.translations.clear();
  }

  private scheduleDiagnostics(uri: string): void {
    clearTimeout(this.pendingDiagnostics.get(uri));
    const timer = setTimeout(() => {
      this.pendingDiagnostics.delete(uri);
      this.publishDiagnostics(uri).catch((error) => this.logError(`diagnostics of ${uri}`, error));
    }, DIAGNOSTICS_DELAY_MS);
    this.pendingDiagnostics.set(uri, timer);
  }

  /** Translation diagnostics of a Go document, or of every go/rust block of a Markdown one. */
  private async publishDiagnostics(uri: string): Promise<void> {
    const document = this.documents.get(uri);
    if (!document) return;
    const version = document.version;
    const language = isTooLarge(document.getText()) ? null : documentLanguage(document);
    const blocks = language === 'markdown' ? codeFences(document.getText()).length : language === null ? 0 : 1;
    const diagnostics: LspDiagnostic[] = [];
    for (let block = 1; block <= blocks; block++) {
      const input = translationInput(document, language!);
      if (language === 'markdown') input.options = { ...input.options, block };
      try {
        const translation = await this.translation(document, input);
        diagnostics.push(...this.published(translation));
      } catch (error) {
        // A block the translator refuses gives no diagnostics rather than an error.
        if (!(error instanceof TranslateError)) throw error;
      }
    }
    // A newer version has its own diagnostics on the way.
    if (this.documents.get(uri)?.version !== version) return;
    await this.connection.sendDiagnostics({ uri, version, diagnostics });
  }

  /** Translations of the whole document are cached; a selection is translated with the rest blanked, each its own. */
  private translation(document: TextDocument, { text, options }: TranslationInput): Promise<Translation> {
    return text === document.getText()
      ? this.translations.translation(document.uri, text, options)
      : translate(text, options);
  }

  /** A translation's diagnostics as LSP diagnostics, without the lints switched off in the settings. */
  private published(translation: Translation): LspDiagnostic[] {
    return translation.diagnostics.filter((d) => isPublished(d.code, this.settings)).map(toLspDiagnostic);
  }

  /** A handler that logs what goes wrong and answers with an LSP error instead of throwing. */
  private guard<P, R>(name: string, handler: (params: P) => R | Promise<R>): (params: P) => Promise<R> {
    return async (params) => {
      try {
        return await handler(params);
      } catch (error) {
        if (error instanceof ResponseError) {
          this.connection.console.log(`chan2ts: ${name}: ${error.message}`);
          throw error;
        }
        this.logError(name, error);
        throw new ResponseError(
          ErrorCodes.InternalError,
          `chan2ts: ${name} failed: ${(error as Error)?.message ?? error}`,
        );
      }
    };
  }

  private logError(what: string, error: unknown): void {
    this.connection.console.error(`chan2ts: ${what}: ${(error as Error)?.stack ?? error}`);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function invalidParams(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, `chan2ts: ${message}`);
}

function isPosition(value: unknown): value is Position {
  return (
    isObject(value) &&
    Number.isInteger(value.line) &&
    Number.isInteger(value.character) &&
    (value.line as number) >= 0 &&
    (value.character as number) >= 0
  );
}

/** A well-formed range that starts inside the document; its end may run past it (clamped). */
function checkRange(range: unknown, document: TextDocument): asserts range is Range {
  if (!isObject(range) || !isPosition(range.start) || !isPosition(range.end))
    throw invalidParams('range must be { start: Position, end: Position }');
  const { start, end } = range;
  if (start.line > end.line || (start.line === end.line && start.character > end.character))
    throw invalidParams('range ends before it starts');
  if (start.line >= document.lineCount)
    throw invalidParams(`range starts at line ${start.line}, past the document's last line ${document.lineCount - 1}`);
}
