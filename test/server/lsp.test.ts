// The language server as a client sees it: `node dist/server.js --stdio` (built by
// `npm run build`), spoken to over JSON-RPC with vscode-languageserver-protocol's client side.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CodeActionKind,
  CodeActionRequest,
  DiagnosticSeverity,
  DidChangeTextDocumentNotification,
  ErrorCodes,
  ExitNotification,
  HoverRequest,
  ResponseError,
  ShutdownRequest,
  TextDocumentSyncKind,
  type CodeAction,
} from 'vscode-languageserver-protocol/node';
import * as ext from '../../server/lsp/protocol.js';
import { hover, open, PING, startServer, stopServer, type Server } from './lsp-client.js';

// Line 4 has two operands after `<-`: tree-sitter rejects the first, 4:7-4:17 in UTF-16
// code units (the emoji counts two), which is what LSP positions count.
const BROKEN = `package main

func main() {
	ch := make(chan string, 1)
	ch <- "héllo 😀" "again"
	<-ch
}
`;

const LESSON = `# Channels

\`\`\`python
print("not this one")
\`\`\`

\`\`\`go
func main() {
	done := make(chan bool)
	go func() { done <- true }()
	<-done
}
\`\`\`

\`\`\`go
func main() {
	results := make(chan int, 3)
	results <- 42
	close(results)
}
\`\`\`
`;

describe('language server over stdio', () => {
  let server: Server;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await stopServer(server);
  });

  test('initialize announces incremental sync and the refactor.rewrite code action', () => {
    const { capabilities } = server.initialized;
    assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: TextDocumentSyncKind.Incremental });
    assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: [CodeActionKind.RefactorRewrite] });
  });

  test('a syntax error in an opened Go document is published as an error with its exact range', async () => {
    const uri = await open(server, BROKEN);
    const { diagnostics, version } = await server.diagnostics(uri);
    assert.equal(version, 1);
    const errors = diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error);
    assert.ok(errors.length > 0, JSON.stringify(diagnostics));
    assert.deepEqual(
      errors.map((d) => [d.code, d.source, d.range]),
      [['syntax-error', 'chan2ts', { start: { line: 4, character: 7 }, end: { line: 4, character: 17 } }]],
    );
    assert.equal(BROKEN.split('\n')[4]!.slice(7, 17), '"héllo 😀"');
  });

  test('an incremental change that fixes the error clears the diagnostics', async () => {
    const uri = await open(server, BROKEN);
    await server.diagnostics(uri, 1);
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 4, character: 17 }, end: { line: 4, character: 25 } }, text: '' }],
    });
    const { diagnostics } = await server.diagnostics(uri, 2);
    assert.deepEqual(diagnostics, []);
  });

  test('a construct the translator does not handle is a hint with its exact range', async () => {
    const text = 'package main\n\nimport "unsafe"\n\nfunc main() {\n\tunsafe.Sizeof(1)\n}\n';
    const uri = await open(server, text);
    const { diagnostics } = await server.diagnostics(uri);
    assert.deepEqual(
      diagnostics.map((d) => [d.severity, d.code, d.range]),
      [[DiagnosticSeverity.Hint, 'unsupported', { start: { line: 5, character: 1 }, end: { line: 5, character: 17 } }]],
    );
  });

  test('chan2ts/translate returns the TypeScript of a Go document', async () => {
    const uri = await open(server, PING);
    const result = await server.connection.sendRequest(ext.translate, { uri });
    assert.equal(result.language, 'go');
    assert.match(result.typescript, /await ch\.send\(/);
    assert.doesNotMatch(result.javascript, /: Promise<void>/);
    assert.equal(result.sourceMap.version, 3);
    assert.deepEqual(result.sourceMap.sourcesContent, [PING]);
    // The JavaScript has its own map (type annotations would shift the TypeScript's columns).
    assert.equal(result.javascriptMap.version, 3);
    assert.deepEqual(result.javascriptMap.sourcesContent, [PING]);
    assert.match(result.javascriptMap.file, /\.js$/);
    assert.match(result.sourceMap.file, /\.ts$/);
    assert.deepEqual(result.diagnostics, []);
  });

  test('chan2ts/translate after an edit translates the new text (translations are cached per text)', async () => {
    const uri = await open(server, PING);
    const before = await server.connection.sendRequest(ext.translate, { uri });
    assert.deepEqual(await server.connection.sendRequest(ext.translate, { uri }), before);
    assert.match(before.typescript, /'ping'/);
    const line = PING.split('\n').findIndex((l) => l.includes('"ping"'));
    const character = PING.split('\n')[line]!.indexOf('ping');
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [
        { range: { start: { line, character }, end: { line, character: character + 4 } }, text: 'pong' },
      ],
    });
    const after = await server.connection.sendRequest(ext.translate, { uri });
    assert.match(after.typescript, /'pong'/);
    assert.doesNotMatch(after.typescript, /'ping'/);
    assert.deepEqual(after.sourceMap.sourcesContent, [PING.replace('ping', 'pong')]);
  });

  test('chan2ts/translate with a range translates only the selected statements', async () => {
    const uri = await open(server, PING);
    // Line 6, the goroutine; the make and the Println stay out.
    const result = await server.connection.sendRequest(ext.translate, {
      uri,
      range: { start: { line: 6, character: 0 }, end: { line: 7, character: 0 } },
    });
    assert.match(result.typescript, /await ch\.send\('ping'\)/);
    assert.doesNotMatch(result.typescript, /makeChan|console|fmt/);
  });

  test('chan2ts/translate in Markdown translates the fenced block at the range', async () => {
    const uri = await open(server, LESSON, 'lesson.md', 'markdown');
    const inSecond = await server.connection.sendRequest(ext.translate, {
      uri,
      range: { start: { line: 17, character: 2 }, end: { line: 17, character: 2 } },
    });
    assert.match(inSecond.typescript, /await results\.send\(42\)/);
    assert.doesNotMatch(inSecond.typescript, /done/);
    const outside = await server.connection.sendRequest(ext.translate, {
      uri,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    });
    assert.match(outside.typescript, /await done\.send\(true\)/);
  });

  test('diagnostics of a Markdown lesson come from every go block, at document positions', async () => {
    const uri = await open(server, `${LESSON}\n\`\`\`go\nx := (\n\`\`\`\n`, 'lesson.md', 'markdown');
    const { diagnostics } = await server.diagnostics(uri);
    assert.deepEqual(
      diagnostics.map((d) => [d.severity, d.code, d.range]),
      [
        [
          DiagnosticSeverity.Error,
          'syntax-error',
          { start: { line: 23, character: 0 }, end: { line: 23, character: 6 } },
        ],
      ],
    );
  });

  test('chan2ts/translate of an unknown document is an InvalidParams error, and the server answers the next request', async () => {
    await assert.rejects(
      server.connection.sendRequest(ext.translate, { uri: 'file:///nowhere/never-opened.go' }),
      (error: unknown) =>
        error instanceof ResponseError &&
        error.code === ErrorCodes.InvalidParams &&
        /unknown document/.test(error.message),
    );
    const uri = await open(server, PING);
    const result = await server.connection.sendRequest(ext.translate, { uri });
    assert.match(result.typescript, /await ch\.send\(/);
  });

  test('chan2ts/translate rejects malformed params and ranges past the end without dying', async () => {
    const uri = await open(server, PING);
    const bad: unknown[] = [
      null,
      42,
      { uri: 7 },
      { uri, range: { start: { line: -1, character: 0 }, end: { line: 0, character: 0 } } },
      { uri, range: { start: { line: 2, character: 0 }, end: { line: 1, character: 0 } } },
      { uri, range: { start: { line: 999, character: 0 }, end: { line: 1000, character: 0 } } },
      { uri, range: 'everything' },
    ];
    for (const params of bad) {
      await assert.rejects(
        server.connection.sendRequest(ext.translate.method, params),
        (error: unknown) => error instanceof ResponseError && error.code === ErrorCodes.InvalidParams,
        JSON.stringify(params),
      );
    }
    assert.equal(server.process.exitCode, null, server.stderr());
    const result = await server.connection.sendRequest(ext.translate, { uri });
    assert.match(result.typescript, /await ch\.send\(/);
  });

  test('initialize announces the hover provider', () => {
    assert.equal(server.initialized.capabilities.hoverProvider, true);
  });

  test('hovering `ch <- v` in a Go document shows the send note and the statement in TypeScript', async () => {
    const uri = await open(server, PING);
    // Line 6: `\tgo func() { ch <- "ping" }()`, the cursor on `<-`.
    const value = await hover(server, uri, 6, 16);
    assert.ok(value !== null);
    assert.match(value, /^### Sending on a channel \(ch <- v\)/);
    assert.match(value, /\*\*This code in chan2ts TypeScript\*\*\n\n```ts\nawait ch\.send\('ping'\);\n```/);
  });

  test('hovering inside a go fence of a Markdown document shows the note at the shifted position', async () => {
    const uri = await open(server, LESSON, 'lesson.md', 'markdown');
    // Line 17: `\tresults <- 42` in the second go block.
    const value = await hover(server, uri, 17, 2);
    assert.ok(value !== null);
    assert.match(value, /^### Sending on a channel/);
    assert.match(value, /await results\.send\(42\)/);
  });

  test('hovering whitespace, a plain identifier or Markdown prose gives null', async () => {
    const uri = await open(server, PING);
    assert.equal(await hover(server, uri, 7, 0), null); // the tab before fmt.Println
    assert.equal(await hover(server, uri, 7, 2), null); // `fmt`
    assert.equal(await hover(server, uri, 4, 5), null); // `main`
    const lesson = await open(server, LESSON, 'lesson.md', 'markdown');
    assert.equal(await hover(server, lesson, 0, 3), null); // `# Channels`
  });

  test('a hover at an out-of-range or malformed position gives null or an error, and the server answers the next request', async () => {
    const uri = await open(server, PING);
    assert.equal(await hover(server, uri, 999, 0), null);
    assert.equal(await hover(server, uri, 6, 999), null);
    assert.equal(await hover(server, 'file:///nowhere/never-opened.go', 0, 0), null);
    for (const position of [{ line: -1, character: 0 }, { line: 'x', character: 0 }, null]) {
      const result = await server.connection
        .sendRequest(HoverRequest.method, { textDocument: { uri }, position })
        .catch((error: unknown) => {
          assert.ok(error instanceof ResponseError, String(error));
          return null;
        });
      assert.equal(result, null, JSON.stringify(position));
    }
    assert.equal(server.process.exitCode, null, server.stderr());
    assert.match((await hover(server, uri, 6, 16)) ?? '', /Sending on a channel/);
  });

  test('the code action "Convert to TypeScript (chan2ts)" carries the server command and its translate params', async () => {
    const uri = await open(server, PING);
    const range = { start: { line: 5, character: 0 }, end: { line: 7, character: 0 } };
    const actions = (await server.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range,
      context: { diagnostics: [] },
    })) as CodeAction[];
    assert.deepEqual(actions, [
      {
        title: 'Convert to TypeScript (chan2ts)',
        kind: CodeActionKind.RefactorRewrite,
        command: {
          title: 'Convert to TypeScript (chan2ts)',
          command: ext.SERVER_COMMANDS.convert,
          arguments: [{ uri, range }],
        },
      },
    ]);
    const quickFixesOnly = await server.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range,
      context: { diagnostics: [], only: [CodeActionKind.QuickFix] },
    });
    assert.deepEqual(quickFixesOnly, []);
  });
});

test('shutdown then exit ends the server with exit code 0', async () => {
  const server = await startServer();
  assert.equal(await server.connection.sendRequest(ShutdownRequest.type), null);
  await server.connection.sendNotification(ExitNotification.type);
  assert.equal(await server.exited, 0);
  server.connection.dispose();
});
