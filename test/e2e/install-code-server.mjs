// Installs VS Code 1.96.4 as served by code-server 4.96.4 into .cache/ (git-ignored), once:
// a later run finds the stamp file and returns at once. The steps follow
// ../shared/notes/real-vscode-e2e.md: npm's registry and Debian's packages are all there is.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.96.4';
const PROXY_AGENT_TARBALL = 'https://registry.npmjs.org/@vscode/proxy-agent/-/proxy-agent-0.27.0.tgz';
const NATIVE_MODULES = [
  'kerberos',
  'native-watchdog',
  'node-pty',
  '@parcel/watcher',
  '@vscode/deviceid',
  '@vscode/spdlog',
];

const projectRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const cacheDir = join(projectRoot, '.cache', `code-server-${CODE_SERVER_VERSION}`);
export const codeServerEntry = join(cacheDir, 'node_modules/code-server/out/node/entry.js');
const stampFile = join(cacheDir, 'installed');

function run(command, args, cwd) {
  console.error(`[code-server install] ${cwd}: ${command} ${args.join(' ')}`);
  execFileSync(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
}

/** The rg binary VS Code's search needs; its own postinstall would download one. */
function ripgrepPath() {
  for (const candidate of ['/usr/bin/rg', '/usr/local/bin/rg']) if (existsSync(candidate)) return candidate;
  throw new Error('ripgrep (rg) is not installed: apt-get install -y ripgrep');
}

function pinProxyAgent(vscodeDir) {
  const file = join(vscodeDir, 'npm-shrinkwrap.json');
  const shrinkwrap = JSON.parse(readFileSync(file, 'utf8'));
  const entry = shrinkwrap.packages?.['node_modules/@vscode/proxy-agent'];
  if (!entry)
    throw new Error(
      `${file} has no node_modules/@vscode/proxy-agent entry: is this code-server ${CODE_SERVER_VERSION}?`,
    );
  entry.resolved = PROXY_AGENT_TARBALL;
  delete entry.integrity;
  writeFileSync(file, JSON.stringify(shrinkwrap, null, 2));
}

export function installCodeServer() {
  if (existsSync(stampFile)) return codeServerEntry;
  const rg = ripgrepPath();
  if (!existsSync('/usr/include/krb5.h') && !existsSync('/usr/include/gssapi/gssapi.h')) {
    throw new Error(
      'the Kerberos headers are missing (code-server builds its kerberos module): apt-get install -y libkrb5-dev',
    );
  }
  rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  const npm = 'npm';
  const quiet = ['--no-audit', '--no-fund', '--loglevel=error'];
  // code-server's own postinstall refuses to run as root, then fails: do its steps here.
  run(
    npm,
    ['install', '--prefix', cacheDir, '--ignore-scripts', ...quiet, `code-server@${CODE_SERVER_VERSION}`],
    cacheDir,
  );
  const vscodeDir = join(cacheDir, 'node_modules/code-server/lib/vscode');
  pinProxyAgent(vscodeDir);
  run(npm, ['install', '--omit=dev', '--ignore-scripts', ...quiet], vscodeDir);
  run(npm, ['install', '--omit=dev', '--ignore-scripts', ...quiet], join(vscodeDir, 'extensions'));
  run(npm, ['rebuild', ...NATIVE_MODULES], vscodeDir);
  run(npm, ['rebuild', 'argon2'], cacheDir);
  symlinkSync('node_modules', join(vscodeDir, 'node_modules.asar'));
  const rgDir = join(vscodeDir, 'node_modules/@vscode/ripgrep/bin');
  mkdirSync(rgDir, { recursive: true });
  rmSync(join(rgDir, 'rg'), { force: true });
  symlinkSync(rg, join(rgDir, 'rg'));
  const version = execFileSync(process.execPath, [codeServerEntry, '--version'], { encoding: 'utf8' });
  if (!version.includes(CODE_SERVER_VERSION))
    throw new Error(`code-server --version printed ${JSON.stringify(version)}, expected ${CODE_SERVER_VERSION}`);
  writeFileSync(stampFile, version);
  return codeServerEntry;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(installCodeServer());
  } catch (error) {
    console.error(`error: could not install code-server ${CODE_SERVER_VERSION}: ${error.message}`);
    process.exit(1);
  }
}
