// Copies the tree-sitter grammars' own wasm files (and web-tree-sitter's runtime wasm, which
// the loader reads from the same folder) out of their exactly pinned npm packages into
// grammars/, with a manifest recording where each grammar came from.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'grammars');

const grammars = [
  { language: 'go', package: 'tree-sitter-go', file: 'tree-sitter-go.wasm' },
  { language: 'rust', package: 'tree-sitter-rust', file: 'tree-sitter-rust.wasm' },
];
const runtime = { package: 'web-tree-sitter', file: 'tree-sitter.wasm' };

/** The wasm `file` at the root of package `name` (each package exports or exposes it). */
function packageFile(name, file) {
  return require.resolve(`${name}/${file}`);
}

function packageVersion(name, file) {
  const manifest = join(dirname(packageFile(name, file)), 'package.json');
  return JSON.parse(readFileSync(manifest, 'utf8')).version;
}

/** Copies the package's wasm into grammars/ and returns the copy's sha256. */
function copyFromPackage(name, file) {
  const target = join(outDir, file);
  copyFileSync(packageFile(name, file), target);
  return createHash('sha256').update(readFileSync(target)).digest('hex');
}

export async function copyGrammars() {
  mkdirSync(outDir, { recursive: true });
  copyFromPackage(runtime.package, runtime.file);
  const manifest = {
    webTreeSitter: packageVersion(runtime.package, runtime.file),
    grammars: grammars.map(({ language, package: name, file }) => ({
      language,
      package: name,
      version: packageVersion(name, file),
      file,
      sha256: copyFromPackage(name, file),
    })),
  };
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
}
