// The language server in a second real client: Neovim's built-in LSP client (headless) gets
// diagnostics, a hover, the code action, and runs the server's translate and convert commands
// (test/editors/neovim-client.lua). Needs `nvim` (apt-get install neovim) and the built server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inCI } from '../support/corpus.js';
import { PROJECT_ROOT, runProcess } from '../support/run-ts-program.js';
import { PING } from '../server/lsp-client.js';

const MISSING = 'Neovim not found: apt-get install neovim (the LSP client test runs it headless)';

interface Recorded {
  problem: string | null;
  diagnostics: { code?: string; severity?: number }[];
  hover: { contents: { value: string } } | null;
  codeActions: { title: string; command?: { command: string } }[];
  translation: { language: string; typescript: string };
  applied: boolean;
  buffer: string;
}

function hasNeovim(): boolean {
  try {
    execFileSync('nvim', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

test('neovim_gets_hovers_diagnostics_the_code_action_and_the_commands', async (t) => {
  if (!hasNeovim()) {
    if (inCI) assert.fail(MISSING);
    t.skip(MISSING);
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'chan2ts-neovim-'));
  try {
    const file = join(dir, 'ping.go');
    const out = join(dir, 'results.json');
    await writeFile(file, PING);
    const run = await runProcess(
      'nvim',
      [
        '--headless',
        '-u',
        'NONE',
        '-i',
        'NONE',
        '-n',
        '-c',
        `luafile ${join(PROJECT_ROOT, 'test', 'editors', 'neovim-client.lua')}`,
      ],
      {
        cwd: dir,
        timeoutMs: 120_000,
        env: { CHAN2TS_SERVER: join(PROJECT_ROOT, 'dist', 'server.js'), CHAN2TS_FILE: file, CHAN2TS_OUT: out },
      },
    );
    const recorded = JSON.parse(await readFile(out, 'utf8').catch(() => '{}')) as Recorded;
    assert.equal(recorded.problem, null, `${recorded.problem}\n${run.stdout}${run.stderr}`);
    assert.ok(Array.isArray(recorded.diagnostics), 'no diagnostics array');
    assert.match(recorded.hover?.contents.value ?? '', /make\(chan/);
    assert.deepEqual(
      recorded.codeActions.map((action) => [action.title, action.command?.command]),
      [['Convert to TypeScript (chan2ts)', 'chan2ts.server.convert']],
    );
    assert.equal(recorded.translation.language, 'go');
    assert.match(recorded.translation.typescript, /makeChan<string>/);
    assert.equal(recorded.applied, true);
    assert.equal(recorded.buffer, recorded.translation.typescript.replace(/\n$/, ''));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
