// `npm run test:e2e`: the e2e suite in a real VS Code (1.96.4, served by code-server 4.96.4)
// driven by Debian's Chromium through playwright-core, with the packaged VSIX installed as a
// user installs it. Runs the suite twice: in a trusted workspace and in Restricted Mode. The
// page is screenshotted when the suite asks (hover, converted editor, debug terminal) into
// test/e2e/artifacts/, and the DOM text is handed back to the suite to check.
// `--update-docs-images` also copies the screenshots the README shows into docs/images/.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSuite } from './build-suite.mjs';
import { CODE_SERVER_VERSION, installCodeServer } from './install-code-server.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const projectRoot = resolve(here, '../..');
const artifacts = join(here, 'artifacts');
const SESSION_TIMEOUT_MS = Number(process.env.CHAN2TS_E2E_TIMEOUT_S ?? 600) * 1000;
const README_IMAGES = ['hover.png', 'converted-editor.png', 'debug-terminal.png'];
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

function log(message) {
  console.error(`[e2e] ${message}`);
}

/** A missing prerequisite: fails under CI=true, else the run is skipped, loudly. */
function missing(what, install) {
  const message = `${what} is missing: ${install}`;
  if (process.env.CI === 'true') {
    console.error(`error: the e2e suite cannot run: ${message}`);
    process.exit(1);
  }
  console.error(`SKIPPED: the e2e suite (real VS Code) did not run: ${message} (with CI=true this fails)`);
  process.exit(0);
}

function chromiumPath() {
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return missing('Chromium', 'apt-get install -y chromium (or set CHROMIUM_PATH)');
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitForHttp(url, child, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with code ${child.exitCode} before it listened`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`code-server did not answer ${url} within ${ms} ms`);
}

function userSettings(mode) {
  return {
    'security.workspace.trust.enabled': mode === 'untrusted',
    'security.workspace.trust.startupPrompt': 'never',
    'security.workspace.trust.banner': 'never',
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'debug.saveBeforeStart': 'none',
    'debug.internalConsoleOptions': 'neverOpen',
    'debug.openDebug': 'neverOpen',
    // The DOM renderer, so the terminal's text is in the page.
    'terminal.integrated.gpuAcceleration': 'off',
    'terminal.integrated.shellIntegration.enabled': true,
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'update.mode': 'none',
    'telemetry.telemetryLevel': 'off',
    'git.enabled': false,
    'window.zoomLevel': 0,
  };
}

/** How many times, 500 ms apart, a page check reads the page before it answers with what it has. */
const PAGE_CHECK_ATTEMPTS = 90;

/** Answers the suite's page checks: a screenshot and the text of a selector. */
async function answerCheckpoints(page, checkpoints, answered) {
  if (!existsSync(checkpoints)) return;
  for (const file of readdirSync(checkpoints).filter((f) => f.endsWith('.request.json'))) {
    if (answered.has(file)) continue;
    answered.add(file);
    const { name, selector, expect } = JSON.parse(readFileSync(join(checkpoints, file), 'utf8'));
    // The page may still be drawing: wait for some text, and for the text the suite expects if it
    // said. On a loaded machine the browser can lag the extension host by many seconds (a
    // converted editor still showing the previous test's document), hence the long wait.
    const ready = (text) => text.trim() !== '' && (!expect || new RegExp(expect).test(text));
    let answer;
    try {
      let text = '';
      for (let attempt = 0; attempt < PAGE_CHECK_ATTEMPTS && !ready(text); attempt++) {
        await sleep(500);
        // Editors lay text out with no-break spaces; the terminal pads rows with spaces.
        text = (await page.locator(selector).allInnerTexts())
          .join('\n')
          .replace(/\u00a0/g, ' ')
          .replace(/ +$/gm, '');
      }
      await page.screenshot({ path: join(artifacts, `${name}.png`) });
      log(`screenshot ${name}.png (${selector}: ${text.length} characters of text)`);
      answer = { text };
    } catch (error) {
      answer = { error: String(error?.message ?? error) };
    }
    writeFileSync(join(checkpoints, `${name}.done.json`), JSON.stringify(answer));
  }
}

function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise((r) => child.once('exit', r));
  try {
    // code-server was started as the leader of its own process group: end it with its children.
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return Promise.resolve();
  }
  const force = setTimeout(() => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 5000);
  return exited.finally(() => clearTimeout(force));
}

/** The test-only harness goes in unpacked, listed in extensions.json beside the VSIX's entry. */
function installHarness(extensions) {
  const name = 'chan2ts-test.e2e-harness-0.0.1';
  const location = join(extensions, name);
  cpSync(join(here, 'harness'), location, { recursive: true });
  const manifest = join(extensions, 'extensions.json');
  const entries = JSON.parse(readFileSync(manifest, 'utf8'));
  const uri = pathToFileURL(location).href;
  entries.push({
    identifier: { id: 'chan2ts-test.e2e-harness' },
    version: '0.0.1',
    location: { $mid: 1, fsPath: location, external: uri, path: location, scheme: 'file' },
    relativeLocation: name,
    metadata: { installedTimestamp: Date.now(), source: 'resource' },
  });
  writeFileSync(manifest, JSON.stringify(entries));
}

async function session(mode, { entry, vsix, suite, chromium }) {
  const dir = join(artifacts, mode);
  rmSync(dir, { recursive: true, force: true });
  const userData = join(dir, 'user-data');
  const extensions = join(dir, 'extensions');
  const workspace = join(dir, 'workspace');
  const checkpoints = join(dir, 'checkpoints');
  const results = join(dir, 'results.json');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(extensions, { recursive: true });
  cpSync(join(here, 'fixtures/workspace'), workspace, { recursive: true });
  writeFileSync(join(userData, 'User/settings.json'), JSON.stringify(userSettings(mode), null, 2));
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: join(dir, 'config'),
    XDG_DATA_HOME: join(dir, 'data'),
    CHAN2TS_E2E_SUITE: suite,
    CHAN2TS_E2E_MODE: mode,
    CHAN2TS_E2E_RESULTS: results,
    CHAN2TS_E2E_CHECKPOINTS: checkpoints,
  };
  const common = ['--extensions-dir', extensions, '--user-data-dir', userData];
  log(`${mode}: installing ${vsix} with --install-extension`);
  execFileSync(process.execPath, [entry, ...common, '--install-extension', vsix], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  installHarness(extensions);

  const port = await freePort();
  const args = [
    entry,
    ...common,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    workspace,
  ];
  const server = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const serverLog = [];
  const pageLog = [];
  server.stdout.on('data', (d) => serverLog.push(d));
  server.stderr.on('data', (d) => serverLog.push(d));
  let browser;
  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, server, 60_000);
    const { chromium: playwright } = await import('playwright-core');
    browser = await playwright.launch({ executablePath: chromium, args: CHROMIUM_FLAGS, headless: true });
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await context.newPage();
    page.on('console', (message) => pageLog.push(`[${message.type()}] ${message.text()}`));
    log(`${mode}: opening VS Code at http://127.0.0.1:${port}/?folder=${workspace}`);
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
    const answered = new Set();
    const deadline = Date.now() + SESSION_TIMEOUT_MS;
    while (!existsSync(results)) {
      if (Date.now() > deadline) throw new Error(`the suite wrote no results within ${SESSION_TIMEOUT_MS / 1000} s`);
      if (server.exitCode !== null) throw new Error(`code-server exited with code ${server.exitCode} during the suite`);
      await answerCheckpoints(page, checkpoints, answered);
      await sleep(250);
    }
    await page.screenshot({ path: join(artifacts, `final-${mode}.png`) });
    return JSON.parse(readFileSync(results, 'utf8'));
  } finally {
    await browser?.close().catch(() => undefined);
    await stop(server);
    writeFileSync(join(dir, 'code-server.log'), Buffer.concat(serverLog));
    writeFileSync(join(dir, 'page-console.log'), pageLog.join('\n'));
    for (const logDir of existsSync(join(userData, 'logs')) ? readdirSync(join(userData, 'logs')) : []) {
      const exthost = join(userData, 'logs', logDir, 'exthost1', 'remoteexthost.log');
      if (existsSync(exthost)) copyFileSync(exthost, join(dir, 'exthost.log'));
    }
  }
}

function report(mode, results) {
  if (results.error) console.log(`${mode}: the suite did not run: ${results.error}`);
  for (const test of results.tests) {
    const mark = { passed: 'ok  ', failed: 'FAIL', pending: 'skip' }[test.state];
    console.log(
      `${mark} [${mode}] ${test.title}${test.error ? `\n     ${test.error.split('\n').slice(0, 4).join('\n     ')}` : ''}`,
    );
  }
  const count = (state) => results.tests.filter((t) => t.state === state).length;
  console.log(
    `${mode}: ${count('passed')} passed, ${count('failed')} failed, ${count('pending')} pending (VS Code ${results.vscodeVersion ?? '?'}; chan2ts activation ${results.activationMs?.toFixed?.(1) ?? '?'} ms)`,
  );
  return !results.error && count('failed') === 0 && results.tests.length > 0;
}

async function main() {
  const chromium = chromiumPath();
  let entry;
  try {
    entry = installCodeServer();
  } catch (error) {
    missing(
      `code-server ${CODE_SERVER_VERSION}`,
      `its install into .cache/ failed (${error.message}); it needs npm's registry, build tools, libkrb5-dev and ripgrep`,
    );
  }
  mkdirSync(artifacts, { recursive: true });
  log('packaging the extension (npm run package)');
  execFileSync(process.execPath, ['scripts/package.mjs'], { cwd: projectRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
  const vsix = join(projectRoot, `chan2ts-${version}.vsix`);
  const suite = await buildSuite();
  const modes = process.env.CHAN2TS_E2E_ONLY ? [process.env.CHAN2TS_E2E_ONLY] : ['trusted', 'untrusted'];
  let ok = true;
  for (const mode of modes) {
    let results;
    try {
      results = await session(mode, { entry, vsix, suite, chromium });
    } catch (error) {
      const partial = join(artifacts, mode, 'results.json.partial');
      results = {
        error: error.message,
        tests: existsSync(partial) ? JSON.parse(readFileSync(partial, 'utf8')).tests : [],
      };
    }
    ok = report(mode, results) && ok;
  }
  if (process.argv.includes('--update-docs-images')) {
    mkdirSync(join(projectRoot, 'docs/images'), { recursive: true });
    for (const image of README_IMAGES) copyFileSync(join(artifacts, image), join(projectRoot, 'docs/images', image));
    log(`copied ${README_IMAGES.join(', ')} to docs/images/`);
  }
  process.exit(ok ? 0 : 1);
}

await main();
