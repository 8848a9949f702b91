// The lints through the language server, and the `chan2ts` settings that switch them off:
// read with workspace/configuration (pull) or from didChangeConfiguration (push), over stdio.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  ErrorCodes,
  ResponseError,
  type Diagnostic,
} from 'vscode-languageserver-protocol/node';
import * as ext from '../../server/lsp/protocol.js';
import { LINT_DEFAULTS, readSettings, SETTINGS_SECTION } from '../../server/lsp/settings.js';
import { open, startServer, stopServer, type Server } from './lsp-client.js';

// Line 5: a send nobody can receive; line 9: a goroutine that receives from `jobs` and closes it.
const BOTH_LINTS = `package main

func main() {
	ch := make(chan int)
	ch <- 1
	jobs := make(chan int, 1)
	go func() {
		<-jobs
		close(jobs)
	}()
	jobs <- 2
}
`;

const lintsOf = (diagnostics: Diagnostic[]) =>
  diagnostics.map((d) => [d.code, d.severity, d.range.start.line, d.range.start.character]);
const SEND = ['send-without-receiver', DiagnosticSeverity.Warning, 4, 1];
const CLOSE = ['close-by-receiver', DiagnosticSeverity.Warning, 8, 2];

test('readSettings keeps the defaults for unknown codes and values that are not booleans', () => {
  const settings = readSettings({ lints: { 'send-unwrap': false, 'close-by-receiver': 'no', 'not-a-lint': false } });
  assert.equal(settings.lints['send-unwrap'], false);
  assert.equal(settings.lints['close-by-receiver'], true);
  assert.equal('not-a-lint' in settings.lints, false);
  assert.deepEqual(readSettings(null).lints, LINT_DEFAULTS);
  assert.deepEqual(readSettings({ lints: [false] }).lints, LINT_DEFAULTS);
  assert.deepEqual(Object.values(LINT_DEFAULTS), [true, true, true, true, true, true]);
});

describe('a client without workspace/configuration', () => {
  let server: Server;
  before(async () => {
    server = await startServer();
  });
  after(() => stopServer(server));

  test('the Go lints are published as warnings with their codes and ranges', async () => {
    const uri = await open(server, BOTH_LINTS);
    const { diagnostics } = await server.diagnostics(uri, 1);
    assert.deepEqual(lintsOf(diagnostics), [SEND, CLOSE]);
    assert.ok(diagnostics.every((d) => d.source === 'chan2ts'));
  });

  test('settings pushed with didChangeConfiguration switch a lint off, in published diagnostics and in chan2ts/translate', async () => {
    const uri = await open(server, BOTH_LINTS);
    await server.diagnostics(uri, 1);
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, {
      settings: { [SETTINGS_SECTION]: { lints: { 'close-by-receiver': false } } },
    });
    assert.deepEqual(lintsOf((await server.diagnostics(uri, 1)).diagnostics), [SEND]);
    const translation = await server.connection.sendRequest(ext.translate, { uri });
    assert.deepEqual(lintsOf(translation.diagnostics), [SEND]);
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, {
      settings: { [SETTINGS_SECTION]: {} },
    });
    assert.deepEqual(lintsOf((await server.diagnostics(uri, 1)).diagnostics), [SEND, CLOSE]);
  });

  test('a Rust lint is switched off like a Go one', async () => {
    const rust =
      'use tokio::sync::mpsc;\n\n#[tokio::main]\nasync fn main() {\n    let (tx, mut rx) = mpsc::channel::<i32>(1);\n    tx.send(1).await.unwrap();\n    rx.recv().await;\n}\n';
    const uri = await open(server, rust, 'main.rs', 'rust');
    const codes = async () => (await server.diagnostics(uri, 1)).diagnostics.map((d) => d.code);
    assert.ok((await codes()).includes('send-unwrap'));
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, {
      settings: { [SETTINGS_SECTION]: { lints: { 'send-unwrap': false } } },
    });
    assert.ok(!(await codes()).includes('send-unwrap'));
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, {
      settings: { [SETTINGS_SECTION]: {} },
    });
    assert.ok((await codes()).includes('send-unwrap'));
  });

  test('a didChangeConfiguration with nonsense settings keeps every lint on', async () => {
    const uri = await open(server, BOTH_LINTS);
    await server.diagnostics(uri, 1);
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, {
      settings: { [SETTINGS_SECTION]: { lints: 'off' } },
    });
    assert.deepEqual(lintsOf((await server.diagnostics(uri, 1)).diagnostics), [SEND, CLOSE]);
  });
});

describe('a client that answers workspace/configuration', () => {
  let server: Server;
  let section: unknown = { lints: { 'send-without-receiver': false } };
  before(async () => {
    server = await startServer({
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } },
      configuration: (name) => (name === SETTINGS_SECTION ? section : null),
    });
    await server.logLine(/lints switched off: send-without-receiver/);
  });
  after(() => stopServer(server));

  test('the server asks for the chan2ts section after initialized and honours it', async () => {
    assert.deepEqual(server.configurationRequests[0]?.items, [{ section: SETTINGS_SECTION }]);
    const uri = await open(server, BOTH_LINTS);
    assert.deepEqual(lintsOf((await server.diagnostics(uri, 1)).diagnostics), [CLOSE]);
  });

  test('didChangeConfiguration makes it ask again and republish the open documents', async () => {
    const uri = await open(server, BOTH_LINTS);
    await server.diagnostics(uri, 1);
    const asked = server.configurationRequests.length;
    section = { lints: { 'send-without-receiver': true, 'close-by-receiver': false } };
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    assert.deepEqual(lintsOf((await server.diagnostics(uri, 1)).diagnostics), [SEND]);
    assert.ok(server.configurationRequests.length > asked);
  });
});

describe('chan2ts/translate runtimeSpecifier', () => {
  let server: Server;
  before(async () => {
    server = await startServer();
  });
  after(() => stopServer(server));

  const PROGRAM = 'package main\n\nfunc main() {\n\tch := make(chan int, 1)\n\tch <- 1\n\tprintln(<-ch)\n}\n';

  test('the translation imports the runtime from the given specifier, else from the package', async () => {
    const uri = await open(server, PROGRAM);
    const custom = await server.connection.sendRequest(ext.translate, { uri, runtimeSpecifier: '../runtime/go.mjs' });
    assert.match(custom.typescript, /^import \{[^}]*makeChan[^}]*\} from '\.\.\/runtime\/go\.mjs';$/m);
    assert.match(custom.javascript, /from '\.\.\/runtime\/go\.mjs';/);
    const standard = await server.connection.sendRequest(ext.translate, { uri });
    assert.match(standard.typescript, /from '@chan2ts\/runtime\/go';/);
  });

  test('a runtimeSpecifier that is not a usable string is an InvalidParams error', async () => {
    const uri = await open(server, PROGRAM);
    for (const runtimeSpecifier of [42, '', "it's", 'a\nb']) {
      await assert.rejects(
        server.connection.sendRequest(ext.translate.method, { uri, runtimeSpecifier }),
        (error: unknown) =>
          error instanceof ResponseError &&
          error.code === ErrorCodes.InvalidParams &&
          /runtimeSpecifier/.test(error.message),
        JSON.stringify(runtimeSpecifier),
      );
    }
  });
});
