// The server against what a real editor (or a broken client) may send: 10 MB documents,
// binary content, half-typed code, malformed and out-of-range requests, unknown methods and
// a random barrage of JSON-RPC messages. Each time the process must stay alive, answer, and
// log what it refused.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ErrorCodes,
  HoverRequest,
  InitializeRequest,
  LSPErrorCodes,
  ResponseError,
} from 'vscode-languageserver-protocol/node';
import * as ext from '../../server/lsp/protocol.js';
import { MAX_ANALYSED_LENGTH } from '../../server/lsp/limits.js';
import { hover, open, PING, startServer, stopServer, type Server } from './lsp-client.js';

// Line 6, character 16: the `<-` of the send.
const SEND_AT = { line: 6, character: 16 } as const;

/** The server is alive and still explains the send of PING in a document it has open. */
async function assertAnswers(server: Server, probe: string): Promise<void> {
  assert.equal(server.process.exitCode, null, server.stderr());
  assert.match((await hover(server, probe, SEND_AT.line, SEND_AT.character)) ?? 'null', /^### Sending on a channel/);
}

/** A request's result, or the ResponseError it failed with (anything else fails the test). */
async function settle(promise: Promise<unknown>): Promise<unknown> {
  try {
    return await promise;
  } catch (error) {
    assert.ok(error instanceof ResponseError, `not an LSP error: ${error}`);
    return error;
  }
}

describe('robustness over stdio', () => {
  let server: Server;
  let probe: string;
  before(async () => {
    server = await startServer();
    probe = await open(server, PING);
  });
  after(() => stopServer(server));

  test('a 10 MB Go document: open, change, hover, translate and diagnostics answer, and the log says why it is skipped', async () => {
    const unit = PING.replace('package main\n\nimport "fmt"\n\n', '').replace('func main()', 'func worker()');
    const big = 'package main\n\nimport "fmt"\n\n' + unit.repeat(Math.ceil(10_000_000 / unit.length));
    assert.ok(big.length > 10_000_000 && big.length > MAX_ANALYSED_LENGTH);
    const uri = await open(server, big);
    assert.match(
      (await server.logLine(new RegExp(`${uri}.*above`))).message,
      /has 10\.\d M characters: chan2ts does not parse, explain or translate/,
    );
    assert.deepEqual((await server.diagnostics(uri, 1)).diagnostics, []);
    assert.equal(await hover(server, uri, SEND_AT.line, SEND_AT.character), null);
    await assert.rejects(
      server.connection.sendRequest(ext.translate, { uri }),
      (error: unknown) =>
        error instanceof ResponseError &&
        error.code === LSPErrorCodes.RequestFailed &&
        /above 1\.0 M characters/.test(error.message),
    );
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [
        { range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: '// edited\n' },
      ],
    });
    assert.deepEqual((await server.diagnostics(uri, 2)).diagnostics, []);
    // Cut back to a small program: the document is analysed again.
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 3 },
      contentChanges: [{ text: PING }],
    });
    assert.match((await hover(server, uri, SEND_AT.line, SEND_AT.character)) ?? 'null', /^### Sending on a channel/);
    assert.match((await server.connection.sendRequest(ext.translate, { uri })).typescript, /await ch\.send\('ping'\)/);
    await assertAnswers(server, probe);
  });

  test('binary content (NUL bytes, lone surrogates, control characters) gives answers, not a crash', async () => {
    const texts = [
      '\u0000\u0000package main\u0000\nfunc main() { ch := make(chan int)\u0000 }\n',
      'package main\n\nfunc main() {\n\ts := "\uD800\uDC00\uD800"\n\tch := make(chan string)\n\tch <- "\uDFFF"\n}\n',
      Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join(''),
    ];
    for (const [i, text] of texts.entries()) {
      const uri = await open(server, text, `binary${i}.go`);
      const { diagnostics } = await server.diagnostics(uri, 1);
      assert.ok(Array.isArray(diagnostics));
      for (let line = 0; line < 6; line++)
        for (const character of [0, 3, 9, 17])
          await settle(
            server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } }),
          );
      const translation = await settle(server.connection.sendRequest(ext.translate, { uri }));
      if (!(translation instanceof ResponseError))
        assert.equal(typeof (translation as ext.TranslateResult).typescript, 'string');
    }
    await assertAnswers(server, probe);
  });

  test('half-typed code: typing a program character by character, with hovers and translations on the way', async () => {
    const uri = await open(server, '');
    let line = 0;
    let character = 0;
    for (const [i, char] of [...PING].entries()) {
      const version = i + 2;
      await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: char }],
      });
      if (char === '\n') {
        line++;
        character = 0;
      } else {
        character++;
      }
      if (i % 9 === 0) {
        const hovered = await settle(
          server.connection.sendRequest(HoverRequest.type, {
            textDocument: { uri },
            position: { line, character: Math.max(0, character - 1) },
          }),
        );
        assert.ok(
          hovered === null ||
            (hovered as { contents?: unknown }).contents !== undefined ||
            hovered instanceof ResponseError,
        );
        const translation = await settle(server.connection.sendRequest(ext.translate, { uri }));
        assert.ok(
          !(translation instanceof ResponseError) || translation.code === LSPErrorCodes.RequestFailed,
          String(translation),
        );
      }
    }
    // The last version is the whole program: no diagnostics, and the hover works.
    assert.deepEqual((await server.diagnostics(uri, PING.length + 1)).diagnostics, []);
    assert.match((await hover(server, uri, SEND_AT.line, SEND_AT.character)) ?? 'null', /^### Sending on a channel/);
  });

  test('malformed and out-of-range notifications and requests leave the server answering', async () => {
    const uri = await open(server, PING);
    const notifications: [string, unknown][] = [
      [DidOpenTextDocumentNotification.method, { textDocument: { uri: 42, text: null } }],
      [DidOpenTextDocumentNotification.method, null],
      [DidChangeTextDocumentNotification.method, { textDocument: { uri, version: 2 }, contentChanges: 'all of it' }],
      [
        DidChangeTextDocumentNotification.method,
        {
          textDocument: { uri, version: 3 },
          contentChanges: [
            { range: { start: { line: 500, character: 9 }, end: { line: -4, character: -1 } }, text: '\n' },
          ],
        },
      ],
      [
        DidChangeTextDocumentNotification.method,
        { textDocument: { uri: 'file:///never/opened.go', version: 1 }, contentChanges: [{ text: 'x' }] },
      ],
      [DidCloseTextDocumentNotification.method, { textDocument: { uri: 'file:///never/opened.go' } }],
      [DidCloseTextDocumentNotification.method, {}],
    ];
    for (const [method, params] of notifications) await server.connection.sendNotification(method, params);
    const requests: [string, unknown][] = [
      [HoverRequest.method, { textDocument: { uri }, position: { line: 2 ** 53, character: 1e300 } }],
      [HoverRequest.method, { textDocument: { uri }, position: { line: 1.5, character: 0 } }],
      [HoverRequest.method, { textDocument: null, position: null }],
      [
        CodeActionRequest.method,
        { textDocument: { uri }, range: { start: { line: -1, character: 0 }, end: null }, context: null },
      ],
      [CodeActionRequest.method, null],
      [
        ext.translate.method,
        { uri, range: { start: { line: 0, character: 0 }, end: { line: 2 ** 40, character: 0 } } },
      ],
    ];
    for (const [method, params] of requests) await settle(server.connection.sendRequest(method, params));
    await assertAnswers(server, probe);
  });

  test('an unknown request method is a MethodNotFound error; an unknown notification is ignored', async () => {
    await assert.rejects(
      server.connection.sendRequest('chan2ts/noSuchThing', { a: 1 }),
      (error: unknown) => error instanceof ResponseError && error.code === ErrorCodes.MethodNotFound,
    );
    await server.connection.sendNotification('chan2ts/noSuchNotification', [1, 2, 3]);
    await assertAnswers(server, probe);
  });

  test('a second initialize is refused, and the server keeps its documents', async () => {
    await assert.rejects(
      server.connection.sendRequest(InitializeRequest.type, { processId: null, rootUri: null, capabilities: {} }),
      (error: unknown) => error instanceof ResponseError && /already initialized/.test(error.message),
    );
    await assertAnswers(server, probe);
  });

  test('a bad request produces a log line in the client', async () => {
    await assert.rejects(server.connection.sendRequest(ext.translate, { uri: 'file:///nowhere/bad-request.go' }));
    const line = await server.logLine(/bad-request\.go/);
    assert.match(line.message, /^chan2ts: translate: chan2ts: unknown document file:\/\/\/nowhere\/bad-request\.go/);
  });

  test('a garbage barrage of random JSON-RPC messages: the process survives and answers a hover correctly', async () => {
    const uris = fc.constantFrom(
      'file:///barrage/a.go',
      'file:///barrage/b.rs',
      'file:///barrage/c.md',
      'untitled:x',
      '',
      'not a uri',
      'file:///never/opened.go',
    );
    const number = fc.oneof(fc.integer(), fc.constantFrom(-1, 2 ** 31, -(2 ** 31), 2 ** 53, 1e308, 0.5));
    const position = fc.oneof(fc.record({ line: number, character: number }), fc.anything());
    const range = fc.oneof(fc.record({ start: position, end: position }), fc.anything());
    const shaped = fc.record(
      {
        textDocument: fc.oneof(
          fc.record({
            uri: fc.oneof(uris, fc.anything()),
            version: number,
            text: fc.oneof(fc.string(), fc.anything()),
            languageId: fc.constantFrom('go', 'rust', 'markdown', 'x'),
          }),
          fc.anything(),
        ),
        position,
        range,
        uri: fc.oneof(uris, fc.anything()),
        contentChanges: fc.oneof(
          fc.array(fc.record({ range, text: fc.oneof(fc.string(), fc.anything()) }), { maxLength: 3 }),
          fc.anything(),
        ),
        context: fc.anything(),
        settings: fc.anything(),
        runtimeSpecifier: fc.anything(),
      },
      { requiredKeys: [] },
    );
    const message = fc.record({
      method: fc.constantFrom(
        'textDocument/didOpen',
        'textDocument/didChange',
        'textDocument/didClose',
        'textDocument/hover',
        'textDocument/codeAction',
        'chan2ts/translate',
        'workspace/didChangeConfiguration',
        'initialize',
        'initialized',
        '$/cancelRequest',
        '$/setTrace',
        'chan2ts/unknown',
        'textDocument/definition',
      ),
      params: fc.oneof(shaped, fc.anything()),
      notification: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(message, { minLength: 1, maxLength: 25 }), async (messages) => {
        const pending: Promise<unknown>[] = [];
        for (const { method, params, notification } of messages) {
          if (notification) await server.connection.sendNotification(method, params);
          else
            pending.push(
              server.connection
                .sendRequest(method, params)
                .catch((error: unknown) => assert.ok(error instanceof ResponseError, String(error))),
            );
        }
        await Promise.all(pending);
        await assertAnswers(server, probe);
      }),
      { numRuns: 40, seed: 6 },
    );
  });
});
