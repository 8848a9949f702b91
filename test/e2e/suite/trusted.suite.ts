// The extension in a trusted workspace: every command, hovers, runs, and the errors a user meets.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import {
  chan2ts,
  closeEditors,
  eventually,
  hoverText,
  nextEvent,
  open,
  pageChecks,
  pageText,
  positionOf,
  runActiveSnippet,
  workspaceFile,
} from './helpers.js';

interface ConversionOutcome {
  where: string;
  typescript: string;
  document?: vscode.TextDocument;
  problems: number;
}

async function convert(): Promise<ConversionOutcome> {
  const outcome = await vscode.commands.executeCommand<ConversionOutcome | undefined>('chan2ts.convertSelection');
  assert.ok(outcome, 'chan2ts.convertSelection failed (it showed an error)');
  return outcome;
}

async function setting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('chan2ts').update(key, value, vscode.ConfigurationTarget.Workspace);
}

describe('chan2ts in a trusted workspace', () => {
  before(async () => {
    await chan2ts();
  });
  afterEach(closeEditors);

  it('activates in VS Code 1.96 with the language server ready', async () => {
    const api = await chan2ts();
    assert.match(vscode.version, /^1\.96\./);
    assert.equal(typeof api.activationMs, 'number');
    assert.ok(vscode.workspace.isTrusted);
  });

  describe('Go', () => {
    it('converts the function around the cursor when nothing is selected', async () => {
      const editor = await open('pipeline.go');
      const inside = positionOf(editor.document, 'out <- i * i');
      editor.selection = new vscode.Selection(inside, inside);
      const outcome = await convert();
      assert.equal(outcome.where, 'beside');
      assert.match(outcome.typescript, /async function produce\(out: Chan<number>\): Promise<void> \{/);
      assert.match(outcome.typescript, /await out\.send\(i \* i\);/);
      assert.doesNotMatch(outcome.typescript, /function main/);
      assert.equal(outcome.document?.languageId, 'typescript');
      assert.equal(outcome.document?.uri.scheme, 'untitled');
      assert.match(outcome.document?.uri.path ?? '', /\/pipeline(-\d+)?\.ts$/);
      assert.equal(vscode.window.activeTextEditor?.document.getText(), outcome.typescript);
      assert.equal(vscode.window.activeTextEditor?.viewColumn, vscode.ViewColumn.Two);
    });

    it('converts a selection, and the page shows the TypeScript beside the Go', async function () {
      const editor = await open('pipeline.go');
      const start = positionOf(editor.document, 'func main()');
      editor.selection = new vscode.Selection(start, editor.document.lineAt(editor.document.lineCount - 1).range.end);
      const outcome = await convert();
      assert.match(outcome.typescript, /const squares = makeChan<number>\(0, 0\);/);
      assert.match(outcome.typescript, /for await \(const v of squares\) \{/);
      assert.doesNotMatch(outcome.typescript, /function produce/);
      if (!pageChecks) this.skip();
      const text = await pageText('converted-editor', '.editor-group-container .view-lines', /makeChan/);
      assert.match(text, /makeChan/);
      assert.match(text, /func main\(\) \{/);
    });

    it('gives each conversion a document of its own, named after the source', async () => {
      const editor = await open('pipeline.go');
      editor.selection = new vscode.Selection(
        positionOf(editor.document, 'out <- i * i'),
        positionOf(editor.document, 'out <- i * i'),
      );
      const first = await convert();
      const again = await open('pipeline.go');
      again.selection = new vscode.Selection(
        positionOf(again.document, 'fmt.Println'),
        positionOf(again.document, 'fmt.Println'),
      );
      const second = await convert();
      const [a, b] = [first.document?.uri, second.document?.uri];
      assert.ok(a && b);
      assert.notEqual(a.toString(), b.toString());
      for (const uri of [a, b]) assert.match(uri.path, /\/pipeline(-\d+)?\.ts$/);
      assert.match(first.document!.getText(), /async function produce/);
      assert.match(second.document!.getText(), /async function main/);
    });

    it('replaces the selection when chan2ts.convert.target is "replace"', async () => {
      await setting('convert.target', 'replace');
      try {
        const document = await vscode.workspace.openTextDocument({
          language: 'go',
          content: 'package main\n\nfunc main() {\n\tch := make(chan int, 1)\n\tch <- 1\n}\n',
        });
        const editor = await vscode.window.showTextDocument(document);
        const inside = positionOf(document, 'ch <- 1');
        editor.selection = new vscode.Selection(inside, inside);
        await convert();
        const text = document.getText();
        assert.match(
          text,
          /^package main\n\nimport \{ makeChan, runMain \} from '@chan2ts\/runtime\/go';\n\nasync function main\(\): Promise<void> \{\n {2}const ch = makeChan<number>\(1, 0\);\n {2}await ch\.send\(1\);\n\}\n/,
        );
        assert.doesNotMatch(text, /ch <- 1/);
      } finally {
        await setting('convert.target', undefined);
      }
    });

    it('copies the TypeScript when chan2ts.convert.target is "clipboard"', async () => {
      await setting('convert.target', 'clipboard');
      try {
        const editor = await open('pipeline.go');
        editor.selection = new vscode.Selection(0, 0, 0, 0);
        const outcome = await convert();
        assert.equal(outcome.where, 'clipboard');
        assert.equal(await vscode.env.clipboard.readText(), outcome.typescript);
        assert.match(outcome.typescript, /runMain\(main\);/);
      } finally {
        await setting('convert.target', undefined);
      }
    });

    it('imports the runtime from chan2ts.runtimeSpecifier', async () => {
      await setting('runtimeSpecifier', { go: './vendor/chan2ts/go.js' });
      try {
        const editor = await open('pipeline.go');
        editor.selection = new vscode.Selection(0, 0, 0, 0);
        const outcome = await convert();
        assert.match(
          outcome.typescript,
          /^import \{ type Chan, close, fmt, go, makeChan, runMain \} from '\.\/vendor\/chan2ts\/go\.js';$/m,
        );
        assert.doesNotMatch(outcome.typescript, /@chan2ts\/runtime/);
      } finally {
        await setting('runtimeSpecifier', undefined);
      }
    });

    it('carries out the server\'s "Convert to TypeScript" code action', async () => {
      const editor = await open('pipeline.go');
      const inside = positionOf(editor.document, 'go produce');
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        editor.document.uri,
        new vscode.Range(inside, inside),
      );
      const action = actions.find((a) => a.command?.command === 'chan2ts.convertToTypeScript');
      assert.ok(action?.command, `no chan2ts code action among ${actions.map((a) => a.title).join(', ')}`);
      const outcome = await vscode.commands.executeCommand<ConversionOutcome>(
        action.command.command,
        ...(action.command.arguments ?? []),
      );
      assert.match(outcome.typescript, /go\(produce, squares\);/);
    });

    it('explains make(chan) on hover, and the page shows the hover', async function () {
      const editor = await open('pipeline.go');
      const position = positionOf(editor.document, 'make(chan int)', 1);
      const text = await hoverText(editor.document, position);
      assert.match(text, /Making a channel/);
      assert.match(text, /\*\*Rust \(Tokio\)\*\*/);
      assert.match(text, /\*\*chan2ts TypeScript\*\*/);
      if (!pageChecks) this.skip();
      editor.selection = new vscode.Selection(position, position);
      await vscode.commands.executeCommand('editor.action.showHover');
      const shown = await pageText('hover', '.monaco-hover:not(.hidden)', /Making a channel/);
      assert.match(shown, /Making a channel/);
    });

    it('shows what cannot be translated as a diagnostic on the Go source', async () => {
      const editor = await open('unsupported.go');
      const reflectLine = positionOf(editor.document, 'reflect.TypeOf').line;
      const diagnostics = await eventually(
        () => {
          const found = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => /reflect/.test(d.message));
          return found.length > 0 ? found : undefined;
        },
        20_000,
        'a reflect.TypeOf diagnostic',
      );
      assert.equal(diagnostics[0]!.range.start.line, reflectLine);
      const outcome = await convert();
      assert.equal(outcome.problems, 1);
      assert.match(outcome.typescript, /unsupported\('reflect\.TypeOf', 'unsupported\.go:\d+:\d+'\)/);
    });

    it('switches a lint off through chan2ts.lints (workspace/configuration, didChangeConfiguration)', async () => {
      const editor = await open('deadlock.go');
      const lintOf = () =>
        vscode.languages
          .getDiagnostics(editor.document.uri)
          .filter(
            (d) =>
              d.code === 'send-without-receiver' ||
              (typeof d.code === 'object' && d.code.value === 'send-without-receiver'),
          );
      const found = await eventually(
        () => (lintOf().length > 0 ? lintOf() : undefined),
        20_000,
        'the send-without-receiver lint',
      );
      assert.equal(found[0]!.range.start.line, positionOf(editor.document, 'ch <- 1').line);
      await setting('lints', { 'send-without-receiver': false });
      try {
        await eventually(() => (lintOf().length === 0 ? true : undefined), 20_000, 'the lint to go once switched off');
      } finally {
        await setting('lints', undefined);
      }
      await eventually(
        () => (lintOf().length > 0 ? true : undefined),
        20_000,
        'the lint to come back once switched on',
      );
    });

    it('runs a snippet in the debug terminal: output and exit code 0, then removes its folder', async function () {
      await open('pipeline.go');
      const run = await runActiveSnippet('debug-terminal');
      assert.equal(run.exitCode, 0);
      assert.equal(existsSync(run.folder), false);
      if (!pageChecks) this.skip();
      assert.match(run.terminal!, /Debugger attached\.\nsquare 1\nsquare 4\nsquare 9\n/);
    });

    it("gives a deadlock Go's report and exit code 2", async function () {
      await open('deadlock.go');
      const run = await runActiveSnippet();
      assert.equal(run.exitCode, 2);
      if (!pageChecks) this.skip();
      const lastRun = run.terminal!.slice(run.terminal!.lastIndexOf('Debugger attached.'));
      assert.match(lastRun, /before the send\nfatal error: all goroutines are asleep - deadlock!/);
      assert.doesNotMatch(lastRun, /never printed/);
    });

    it('stops at a breakpoint set in the .go file, then runs to the end', async function () {
      // Starting js-debug and binding a source-mapped breakpoint is slow on a loaded machine.
      this.timeout(180_000);
      const api = await chan2ts();
      const editor = await open('pipeline.go');
      // A line that runs once: a loop's line would be hit again if `continue` reached the
      // debugger before the breakpoint's removal did.
      const line = positionOf(editor.document, 'close(out)').line;
      const breakpoint = new vscode.SourceBreakpoint(
        new vscode.Location(editor.document.uri, new vscode.Position(line, 0)),
      );
      vscode.debug.addBreakpoints([breakpoint]);
      try {
        const ended = nextEvent(api.onDidEndRun, () => true, 170_000, 'the run to end');
        const stopped = nextEvent(
          vscode.debug.onDidChangeActiveStackItem,
          (item) => item instanceof vscode.DebugStackFrame,
          150_000,
          'the breakpoint to be hit',
        );
        assert.ok(await vscode.commands.executeCommand('chan2ts.runSnippet'));
        const frame = (await stopped) as vscode.DebugStackFrame;
        const trace = await frame.session.customRequest('stackTrace', {
          threadId: frame.threadId,
          startFrame: 0,
          levels: 1,
        });
        const top = trace.stackFrames[0];
        // Served by code-server, the path comes as a vscode-remote:// URI.
        const path: string = top.source?.path ?? '';
        assert.equal(/^[a-z-]+:\/\//.test(path) ? vscode.Uri.parse(path).path : path, editor.document.uri.path);
        assert.equal(top.line, line + 1);
        vscode.debug.removeBreakpoints([breakpoint]);
        await frame.session.customRequest('continue', { threadId: frame.threadId });
        assert.equal((await ended).exitCode, 0);
      } finally {
        vscode.debug.removeBreakpoints([breakpoint]);
      }
    });

    it('writes the program, its source map to the .go file and the runtime into a private folder', async () => {
      const editor = await open('pipeline.go');
      const terminated = nextEvent(
        vscode.debug.onDidTerminateDebugSession,
        (s) => s.name.startsWith('chan2ts:'),
        90_000,
        'the run to end',
      );
      // Seen while the program runs: the session keeps the folder until it ends.
      const seen = nextEvent(
        vscode.debug.onDidStartDebugSession,
        (s) => typeof s.configuration.chan2tsRunFolder === 'string',
        30_000,
        'the run to start',
      );
      await vscode.commands.executeCommand('chan2ts.runSnippet');
      const session = await seen;
      const folder = session.configuration.chan2tsRunFolder as string;
      const { statSync } = await import('node:fs');
      assert.equal(statSync(folder).mode & 0o777, 0o700);
      const map = JSON.parse(readFileSync(join(folder, 'main.mjs.map'), 'utf8'));
      assert.deepEqual(map.sources, [editor.document.uri.fsPath]);
      assert.match(readFileSync(join(folder, 'main.mjs'), 'utf8'), /\/\/# sourceMappingURL=main\.mjs\.map/);
      assert.ok(existsSync(join(folder, 'node_modules/@chan2ts/runtime/go.js')));
      await terminated;
    });

    it('Show Concurrency Timeline runs the program, then opens its timeline beside the Go file', async function () {
      this.timeout(120_000);
      const editor = await open('deadlock.go');
      const shown = await vscode.commands.executeCommand<{ panel: vscode.WebviewPanel } | undefined>(
        'chan2ts.showTimeline',
      );
      assert.ok(shown, 'chan2ts.showTimeline failed (it showed an error)');
      assert.equal(shown.panel.viewType, 'chan2ts.timeline');
      // The page embeds its trace packed (server/timeline/page/packed-trace.ts): each event kind once, as a shape.
      assert.match(shown.panel.webview.html, /\["stall",/);
      const group = await eventually(
        () => vscode.window.tabGroups.all.find((g) => g.tabs.some((tab) => tab.label === 'Timeline: deadlock.go')),
        30_000,
        'the timeline tab',
      );
      assert.notEqual(group.viewColumn, editor.viewColumn, 'the timeline opens beside the Go editor');
      if (pageChecks) await pageText('timeline-webview', '.tabs-container', /Timeline: deadlock\.go/);
      shown.panel.dispose();
    });
  });

  describe('Markdown', () => {
    it('converts the fenced go block at the cursor', async () => {
      const editor = await open('lesson.md');
      const inside = positionOf(editor.document, 'inbox <- "world"');
      editor.selection = new vscode.Selection(inside, inside);
      const outcome = await convert();
      assert.match(outcome.typescript, /const inbox = makeChan<string>\(2, ''\);/);
      assert.match(outcome.typescript, /@chan2ts\/runtime\/go/);
    });

    it('explains a channel in a fenced block on hover', async () => {
      const editor = await open('lesson.md');
      const text = await hoverText(editor.document, positionOf(editor.document, 'make(chan string, 2)', 1));
      assert.match(text, /Making a channel/);
    });

    it('runs the block at the cursor', async () => {
      const editor = await open('lesson.md');
      const inside = positionOf(editor.document, 'close(inbox)');
      editor.selection = new vscode.Selection(inside, inside);
      const run = await runActiveSnippet();
      assert.equal(run.exitCode, 0);
      if (run.terminal !== undefined)
        assert.match(
          run.terminal.slice(run.terminal.lastIndexOf('Debugger attached.')),
          /received: hello\nreceived: world\n/,
        );
    });

    it('says where to put the cursor when it is outside every code block', async () => {
      const api = await chan2ts();
      const editor = await open('lesson.md');
      editor.selection = new vscode.Selection(0, 0, 0, 0);
      const shown = nextEvent(api.onDidShowError, () => true, 10_000, 'an error message');
      assert.equal(await vscode.commands.executeCommand('chan2ts.convertSelection'), undefined);
      assert.match(await shown, /put the cursor in a ```go or ```rust fenced block/);
    });
  });

  describe('Rust', () => {
    it('explains mpsc::channel on hover', async () => {
      const editor = await open('pipeline.rs');
      const text = await hoverText(editor.document, positionOf(editor.document, 'mpsc::channel(2)', 7));
      assert.match(text, /mpsc::channel/);
      assert.match(text, /\*\*Go\*\*/);
    });

    it('converts the function around the cursor to TypeScript on the Tokio runtime', async () => {
      const editor = await open('pipeline.rs');
      const inside = positionOf(editor.document, 'rx.recv()');
      editor.selection = new vscode.Selection(inside, inside);
      const outcome = await convert();
      assert.match(outcome.typescript, /@chan2ts\/runtime\/tokio/);
      assert.match(outcome.typescript, /async function main\(\)/);
    });

    it('runs the Tokio program: output and exit code 0', async () => {
      await open('pipeline.rs');
      const run = await runActiveSnippet();
      assert.equal(run.exitCode, 0);
      if (run.terminal !== undefined)
        assert.match(run.terminal.slice(run.terminal.lastIndexOf('Debugger attached.')), /got 10\ngot 20\ngot 30\n/);
    });
  });

  describe('errors a user can meet', () => {
    it('refuses a document that is neither Go, Rust nor Markdown, saying how to fix it', async () => {
      const api = await chan2ts();
      await open('notes.txt');
      const shown = nextEvent(api.onDidShowError, () => true, 10_000, 'an error message');
      assert.equal(await vscode.commands.executeCommand('chan2ts.convertSelection'), undefined);
      assert.match(await shown, /converts Go, Rust and Markdown documents; this one is "plaintext"/);
    });

    it('says that Node.js is missing when chan2ts.run.nodePath does not run', async () => {
      const api = await chan2ts();
      await vscode.workspace
        .getConfiguration('chan2ts')
        .update('run.nodePath', '/nonexistent/node', vscode.ConfigurationTarget.Global);
      try {
        await open('pipeline.go');
        const shown = nextEvent(api.onDidShowError, () => true, 10_000, 'an error message');
        assert.equal(await vscode.commands.executeCommand('chan2ts.runSnippet'), undefined);
        assert.match(await shown, /Node\.js was not found \("\/nonexistent\/node"/);
      } finally {
        await vscode.workspace
          .getConfiguration('chan2ts')
          .update('run.nodePath', undefined, vscode.ConfigurationTarget.Global);
      }
    });

    it('restarts a crashed language server, and converting works again', async function () {
      this.timeout(60_000);
      const { execFileSync } = await import('node:child_process');
      const serverJs = join(vscode.extensions.getExtension('chan2ts.chan2ts')!.extensionPath, 'dist', 'server.js');
      const pidOfServer = () =>
        execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
          .split('\n')
          .filter((line) => line.includes(serverJs))
          .map((line) => Number.parseInt(line.trim(), 10))[0];
      const before = pidOfServer();
      assert.ok(before, `no process runs ${serverJs}`);
      process.kill(before, 'SIGKILL');
      const after = await eventually(
        () => {
          const pid = pidOfServer();
          return pid !== undefined && pid !== before ? pid : undefined;
        },
        30_000,
        'a new language server process',
      );
      assert.notEqual(after, before);
      const editor = await open('pipeline.go');
      editor.selection = new vscode.Selection(0, 0, 0, 0);
      const outcome = await eventually(
        async () => vscode.commands.executeCommand<ConversionOutcome | undefined>('chan2ts.convertSelection'),
        30_000,
        'a conversion after the restart',
      );
      assert.match(outcome.typescript, /runMain\(main\);/);
    });
  });

  describe('live preview and runtime', () => {
    it('opens a read-only TypeScript preview that follows edits', async () => {
      const document = await vscode.workspace.openTextDocument({
        language: 'go',
        content: 'package main\n\nfunc main() {\n\tch := make(chan int, 1)\n\tch <- 1\n}\n',
      });
      await vscode.window.showTextDocument(document);
      const preview = await vscode.commands.executeCommand<vscode.TextDocument>('chan2ts.openPreview');
      assert.ok(preview);
      assert.equal(preview.uri.scheme, 'chan2ts-preview');
      assert.equal(preview.languageId, 'typescript');
      assert.match(preview.getText(), /makeChan<number>\(1, 0\)/);
      const changed = nextEvent(
        vscode.workspace.onDidChangeTextDocument,
        (e) => e.document.uri.toString() === preview.uri.toString(),
        20_000,
        'the preview to follow the edit',
      );
      const edit = new vscode.WorkspaceEdit();
      edit.replace(document.uri, new vscode.Range(3, 0, 3, 100), '\tch := make(chan string, 7)');
      assert.ok(await vscode.workspace.applyEdit(edit));
      await changed;
      assert.match(preview.getText(), /makeChan<string>\(7, ''\)/);
    });

    it('adds the runtime to the workspace as a local dependency', async () => {
      type Added = { folder: string; packageJson: string };
      const added = await vscode.commands.executeCommand<Added | undefined>('chan2ts.addRuntime');
      assert.ok(added);
      assert.equal(added.folder, join(workspaceFile('').fsPath, 'chan2ts-runtime'));
      const runtime = JSON.parse(readFileSync(join(added.folder, 'package.json'), 'utf8'));
      assert.equal(runtime.name, '@chan2ts/runtime');
      assert.ok(existsSync(join(added.folder, 'dist/esm/go.js')));
      assert.ok(existsSync(join(added.folder, 'dist/types/go/index.d.ts')));
      const manifest = JSON.parse(readFileSync(added.packageJson, 'utf8'));
      assert.equal(manifest.dependencies['@chan2ts/runtime'], 'file:chan2ts-runtime');
    });
  });
});
