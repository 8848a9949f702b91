// The extension in Restricted Mode: converting and hovers work, running is refused with why.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { chan2ts, closeEditors, hoverText, nextEvent, open, positionOf } from './helpers.js';

describe('chan2ts in an untrusted workspace (Restricted Mode)', () => {
  afterEach(closeEditors);

  it('runs in Restricted Mode', async () => {
    await chan2ts();
    assert.equal(vscode.workspace.isTrusted, false);
  });

  it('converts Go', async () => {
    await chan2ts();
    const editor = await open('pipeline.go');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const outcome = await vscode.commands.executeCommand<{ typescript: string } | undefined>(
      'chan2ts.convertSelection',
    );
    assert.ok(outcome, 'chan2ts.convertSelection failed');
    assert.match(outcome.typescript, /for await \(const v of squares\) \{/);
  });

  it('explains on hover', async () => {
    await chan2ts();
    const editor = await open('pipeline.go');
    assert.match(
      await hoverText(editor.document, positionOf(editor.document, 'make(chan int)', 1)),
      /Making a channel/,
    );
  });

  it('refuses to run, saying why and how to trust the workspace', async () => {
    const api = await chan2ts();
    await open('pipeline.go');
    const started = nextEvent(vscode.debug.onDidStartDebugSession, () => true, 3_000, 'a debug session').then(
      () => true,
      () => false,
    );
    const shown = nextEvent(api.onDidShowError, () => true, 10_000, 'an error message');
    assert.equal(await vscode.commands.executeCommand('chan2ts.runSnippet'), undefined);
    assert.match(
      await shown,
      /running is disabled in Restricted Mode: it executes the translated program with Node\.js/,
    );
    assert.equal(await started, false, 'a debug session started in Restricted Mode');
  });
});
