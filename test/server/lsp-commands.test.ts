// The language server in an editor that is not VS Code (Neovim, Helix, ...): it announces its
// commands, its code action runs one of them, and workspace/executeCommand translates or asks
// the client to apply the conversion (a new .ts file, or the TypeScript in place).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CodeActionRequest,
  ErrorCodes,
  ExecuteCommandRequest,
  ResponseError,
  type ClientCapabilities,
  type CodeAction,
  type TextDocumentEdit,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import * as ext from '../../server/lsp/protocol.js';
import { open, PING, startServer, stopServer, type Server } from './lsp-client.js';

/** A client like Neovim's: code action literals, applyEdit, file creation in workspace edits. */
const PLAIN_CLIENT: ClientCapabilities = {
  textDocument: { codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['refactor.rewrite'] } } } },
  workspace: { applyEdit: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } },
};

const LESSON = '# Lesson\n\n```go\nfunc main() {\n\tch := make(chan int, 1)\n\tch <- 1\n}\n```\n\nAfter.\n';

async function codeActions(server: Server, uri: string): Promise<CodeAction[]> {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return (await server.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range,
    context: { diagnostics: [] },
  })) as CodeAction[];
}

function execute(server: Server, command: string, ...args: unknown[]): Promise<unknown> {
  return server.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
}

describe('a client that is not VS Code', () => {
  let server: Server;
  before(async () => {
    server = await startServer({ capabilities: PLAIN_CLIENT });
  });
  after(async () => {
    await stopServer(server);
  });

  test('initialize_announces_the_server_commands', () => {
    assert.deepEqual(server.initialized.capabilities.executeCommandProvider, {
      commands: [ext.SERVER_COMMANDS.translate, ext.SERVER_COMMANDS.convert],
    });
  });

  test('code_action_runs_the_servers_convert_command', async () => {
    const uri = await open(server, PING);
    const [action] = await codeActions(server, uri);
    assert.equal(action?.command?.command, ext.SERVER_COMMANDS.convert);
    assert.deepEqual(action?.command?.arguments?.[0]?.uri, uri);
  });

  test('translate_command_answers_the_translation', async () => {
    const uri = await open(server, PING);
    const result = (await execute(server, ext.SERVER_COMMANDS.translate, { uri })) as ext.TranslateResult;
    assert.equal(result.language, 'go');
    assert.match(result.typescript, /makeChan<string>/);
  });

  test('convert_command_writes_a_typescript_file_beside_the_document', async () => {
    const uri = await open(server, PING, 'ping.go');
    const before = server.appliedEdits.length;
    assert.equal(await execute(server, ext.SERVER_COMMANDS.convert, { uri }), true);
    const { edit } = server.appliedEdits[before]!;
    const [create, write] = edit.documentChanges!;
    const tsUri = uri.replace(/\.go$/, '.ts');
    assert.deepEqual(create, { kind: 'create', uri: tsUri, options: { overwrite: true } });
    assert.equal((write as TextDocumentEdit).textDocument.uri, tsUri);
    assert.match(((write as TextDocumentEdit).edits[0] as TextEdit).newText, /^import .*@chan2ts\/runtime\/go/m);
  });

  test('convert_command_with_replace_turns_a_markdown_block_into_a_ts_block', async () => {
    const uri = await open(server, LESSON, 'lesson.md', 'markdown');
    const before = server.appliedEdits.length;
    const range = { start: { line: 4, character: 1 }, end: { line: 4, character: 1 } };
    assert.equal(await execute(server, ext.SERVER_COMMANDS.convert, { uri, range, target: 'replace' }), true);
    const [change] = server.appliedEdits[before]!.edit.changes![uri]!;
    assert.deepEqual(change!.range, { start: { line: 2, character: 0 }, end: { line: 6, character: 1 } });
    assert.match(change!.newText, /^```ts\n/);
    assert.match(change!.newText, /makeChan<number>\(1/);
    const edited = LESSON.split('\n');
    edited.splice(2, 5, ...change!.newText.split('\n'));
    assert.match(edited.join('\n'), /\n```\n\nAfter\.\n$/, 'the closing fence and the text after it stay');
  });

  test('convert_command_with_replace_replaces_only_the_selection', async () => {
    const uri = await open(server, PING);
    const before = server.appliedEdits.length;
    const range = { start: { line: 4, character: 0 }, end: { line: 9, character: 0 } };
    await execute(server, ext.SERVER_COMMANDS.convert, { uri, range, target: 'replace' });
    const [change] = server.appliedEdits[before]!.edit.changes![uri]!;
    assert.deepEqual(change!.range, range);
  });

  test('unknown_command_or_bad_arguments_are_invalid_params', async () => {
    const uri = await open(server, PING);
    for (const [command, args] of [
      ['chan2ts.nope', [{ uri }]],
      [ext.SERVER_COMMANDS.convert, [{ uri, target: 'elsewhere' }]],
      [ext.SERVER_COMMANDS.translate, []],
      [ext.SERVER_COMMANDS.convert, ['not an object']],
    ] as const) {
      await assert.rejects(
        execute(server, command, ...args),
        (error: unknown) => error instanceof ResponseError && error.code === ErrorCodes.InvalidParams,
        `${command} ${JSON.stringify(args)}`,
      );
    }
  });
});

describe('the VS Code client', () => {
  let server: Server;
  before(async () => {
    server = await startServer({
      capabilities: PLAIN_CLIENT,
      initializationOptions: { clientCommands: [ext.CONVERT_COMMAND] } satisfies ext.InitializationOptions,
    });
  });
  after(async () => {
    await stopServer(server);
  });

  test('code_action_runs_the_clients_own_command_when_it_has_one', async () => {
    const uri = await open(server, PING);
    const [action] = await codeActions(server, uri);
    assert.equal(action?.command?.command, ext.CONVERT_COMMAND);
  });
});
