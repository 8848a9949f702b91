// Builds everything: the runtime package (ESM, CJS, .d.ts) into runtime/dist, the grammars
// into grammars/, and into dist/ the command line with the runtime and wasm files it loads, and
// the language server.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { copyGrammars } from './grammars.mjs';

const require = createRequire(import.meta.url);
// The native tree-sitter binding and grammars (server/parse/source-parser.ts) load at run time
// from node_modules when they are there, and never go into a bundle: the VSIX carries no native
// module, so its server parses with web-tree-sitter.
const NATIVE = ['tree-sitter', 'tree-sitter-go', 'tree-sitter-rust'];
const runtimeEntries = { go: 'runtime/src/go/index.ts', tokio: 'runtime/src/tokio/index.ts' };

async function buildRuntime() {
  rmSync('runtime/dist', { recursive: true, force: true });
  const common = {
    entryPoints: runtimeEntries,
    bundle: true,
    platform: 'neutral',
    target: 'es2022',
    sourcemap: true,
    logLevel: 'warning',
  };
  await build({ ...common, format: 'esm', outdir: 'runtime/dist/esm' });
  await build({ ...common, format: 'cjs', outdir: 'runtime/dist/cjs', outExtension: { '.js': '.cjs' } });
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'runtime/tsconfig.json'], {
    stdio: 'inherit',
  });
  writeCommonJsDeclarations('runtime/dist/types', 'runtime/dist/types-cjs');
  cpSync('LICENSE', 'runtime/LICENSE');
}

// A CommonJS consumer under node16/nodenext must get declarations that TypeScript reads as
// CommonJS (.d.cts importing .cjs), or it believes the package is ESM only: the same
// declarations, renamed, with their relative specifiers and declaration maps following.
function writeCommonJsDeclarations(from, to) {
  rmSync(to, { recursive: true, force: true });
  for (const entry of readdirSync(from, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const source = join(entry.parentPath, entry.name);
    const target = join(to, source.slice(from.length)).replace(/\.d\.ts(\.map)?$/, '.d.cts$1');
    const text = readFileSync(source, 'utf8');
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(
      target,
      entry.name.endsWith('.map')
        ? text.replace(/"file":"([^"]*)\.d\.ts"/, '"file":"$1.d.cts"')
        : text
            .replace(/((?:from|import)\s*\(?\s*['"]\.{1,2}\/[^'"]*)\.js(['"])/g, '$1.cjs$2')
            .replace(/(\/\/# sourceMappingURL=.*)\.d\.ts\.map$/m, '$1.d.cts.map'),
    );
  }
}

// The timeline page's script (server/timeline/page/), bundled for the browser: the command line
// and the extension carry it as a string and inline it into the HTML they write.
async function buildTimelinePage() {
  const result = await build({
    entryPoints: ['server/timeline/page/main.ts'],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'warning',
  });
  return { CHAN2TS_TIMELINE_SCRIPT: JSON.stringify(result.outputFiles[0].text) };
}

async function buildCli(define) {
  mkdirSync('dist/runtime', { recursive: true });
  cpSync('runtime/dist/esm', 'dist/runtime', { recursive: true });
  writeFileSync('dist/runtime/package.json', '{ "type": "module" }\n');
  for (const file of readdirSync('grammars').filter((f) => f.endsWith('.wasm')))
    cpSync(`grammars/${file}`, `dist/${file}`);
  await build({
    entryPoints: { cli: 'server/cli.ts', 'cli-worker': 'server/cli-worker.ts' },
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: 'dist',
    external: NATIVE,
    sourcemap: true,
    logLevel: 'warning',
    define,
    // The package's `chan2ts` bin: a script the shell runs. web-tree-sitter's ESM build loads
    // node: modules through require.
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
  chmodSync('dist/cli.mjs', 0o755);
}

// The language server, as CommonJS (VS Code starts it over IPC). web-tree-sitter's ESM build
// and server/module-dir.ts read import.meta.url, which CommonJS lacks: give them the file's URL.
async function buildServer() {
  // The hover notes are data the server reads at run time.
  cpSync('server/insights/notes', 'dist/insights/notes', { recursive: true });
  await build({
    entryPoints: { server: 'server/lsp/main.ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outdir: 'dist',
    external: NATIVE,
    sourcemap: true,
    logLevel: 'warning',
    define: { 'import.meta.url': '__importMetaUrl' },
    banner: { js: 'const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  });
}

// The VS Code extension: one CommonJS bundle ('vscode' is the host's), and the runtime package
// that "Add Runtime to Workspace" copies into a user's folder. The banner and footer note when
// the bundle starts and ends loading, so activation time counts the bundle's module code.
async function buildExtension(define) {
  rmSync('dist/runtime-package', { recursive: true, force: true });
  cpSync('examples/lesson.md', 'dist/walkthrough/lesson.md');
  cpSync('extension/walkthrough', 'dist/walkthrough', { recursive: true });
  for (const part of [
    'package.json',
    'README.md',
    'LICENSE',
    'go',
    'tokio',
    'dist/esm',
    'dist/cjs',
    'dist/types',
    'dist/types-cjs',
  ]) {
    cpSync(`runtime/${part}`, `dist/runtime-package/${part}`, {
      recursive: true,
      filter: (path) => !path.endsWith('.map'),
    });
  }
  await build({
    entryPoints: { extension: 'extension/src/extension.ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outdir: 'dist',
    external: ['vscode'],
    minify: true,
    sourcemap: true,
    logLevel: 'warning',
    define,
    banner: { js: 'const __chan2tsLoadStarted = performance.now();' },
    footer: { js: 'const __chan2tsLoadEnded = performance.now();' },
  });
}

await buildRuntime();
await copyGrammars();
const timelinePage = await buildTimelinePage();
await buildCli(timelinePage);
await buildServer();
await buildExtension(timelinePage);
