// `npm run package [-- OUT.vsix]`: builds, then writes chan2ts-<version>.vsix (or OUT.vsix)
// with @vscode/vsce. The bundles carry their dependencies, so vsce adds no node_modules;
// .vscodeignore is the allow-list.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const vsix = process.argv[2] ?? `chan2ts-${version}.vsix`;

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
execFileSync(
  process.execPath,
  // The VSIX's README is the users' (extension/README.vsix.md); its images are packaged and their
  // links stay relative to the extension's root, where the Extensions view finds them.
  [
    require.resolve('@vscode/vsce/vsce'),
    'package',
    '--no-dependencies',
    '--readme-path',
    'extension/README.vsix.md',
    '--no-rewrite-relative-links',
    '--out',
    vsix,
  ],
  { stdio: 'inherit' },
);
console.log(`${vsix}: ${(statSync(vsix).size / 1024).toFixed(0)} KiB`);
