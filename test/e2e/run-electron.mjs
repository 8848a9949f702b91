// `npm run test:electron`: the same e2e suite in a desktop VS Code 1.96.4 downloaded by
// @vscode/test-electron (run from the project, not the VSIX). It needs to reach
// update.code.visualstudio.com; where it cannot (as on the project's CI machines), it fails
// saying so, and `npm run test:e2e` is the way to run the suite.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { buildSuite } from './build-suite.mjs';

const VSCODE_VERSION = '1.96.4';
const here = fileURLToPath(new URL('.', import.meta.url));
const projectRoot = resolve(here, '../..');

let executable;
try {
  executable = await downloadAndUnzipVSCode({
    version: VSCODE_VERSION,
    cachePath: join(projectRoot, '.cache/vscode-test'),
  });
} catch (error) {
  console.error(
    `error: could not download VS Code ${VSCODE_VERSION} for @vscode/test-electron: ${error?.message ?? error}`,
  );
  console.error(
    'test:electron needs network access to update.code.visualstudio.com. Where that is blocked, run `npm run test:e2e` (code-server + Chromium).',
  );
  process.exit(1);
}

execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: projectRoot, stdio: 'inherit' });
const suite = await buildSuite();
let failed = false;
for (const mode of ['trusted', 'untrusted']) {
  const dir = join(here, 'artifacts', `electron-${mode}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(here, 'fixtures/workspace'), join(dir, 'workspace'), { recursive: true });
  try {
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: projectRoot,
      extensionTestsPath: suite,
      extensionTestsEnv: { CHAN2TS_E2E_MODE: mode, CHAN2TS_E2E_RESULTS: join(dir, 'results.json') },
      launchArgs: [
        join(dir, 'workspace'),
        '--user-data-dir',
        join(dir, 'user-data'),
        ...(mode === 'trusted' ? ['--disable-workspace-trust'] : []),
      ],
    });
  } catch (error) {
    console.error(`${mode}: ${error?.message ?? error}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
