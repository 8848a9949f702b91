// Private temporary folders (mode 0700) for translated programs: the JavaScript, its source
// map back to the original file, and a copy of the runtime it imports. Each is removed when
// its debug session ends, and any left when the extension stops.
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SourceMap } from '../../server/lsp/protocol.js';

export interface ProgramFiles {
  folder: string;
  program: string;
  /** Loaded with `node --import` before the program: it notes the exit code in the folder. */
  preload: string;
}

/** Node tells the 'exit' listeners the code the process ends with (process.exit's too). */
const EXIT_CODE_PRELOAD = `import { writeFileSync } from 'node:fs';
process.on('exit', (code) => writeFileSync(new URL('./exit-code', import.meta.url), String(code)));
`;

const RUNTIME_PACKAGE = {
  name: '@chan2ts/runtime',
  private: true,
  type: 'module',
  exports: { './go': './go.js', './tokio': './tokio.js' },
};

export class RunFolders {
  /** Each run's folder, and the source it runs. */
  private readonly folders = new Map<string, string>();

  /** @param runtimeDir the runtime's ES modules in the package the extension ships (dist/runtime-package/dist/esm) */
  constructor(private readonly runtimeDir: string) {}

  /**
   * Writes a program whose map points at `sourcePath`, so breakpoints set in the Go or Rust
   * file bind. The translation imports `@chan2ts/runtime/...`: Node resolves it to the copy in
   * the folder's own node_modules.
   */
  write(javascript: string, map: SourceMap, sourcePath: string): ProgramFiles {
    const folder = mkdtempSync(join(tmpdir(), 'chan2ts-run-'));
    chmodSync(folder, 0o700);
    this.folders.set(folder, sourcePath);
    const runtime = join(folder, 'node_modules', '@chan2ts', 'runtime');
    mkdirSync(runtime, { recursive: true });
    for (const file of readdirSync(this.runtimeDir).filter((f) => f.endsWith('.js')))
      cpSync(join(this.runtimeDir, file), join(runtime, file));
    writeFileSync(join(runtime, 'package.json'), JSON.stringify(RUNTIME_PACKAGE));
    const program = join(folder, 'main.mjs');
    writeFileSync(program, `${javascript.replace(/\n?$/, '\n')}//# sourceMappingURL=main.mjs.map\n`);
    writeFileSync(
      `${program}.map`,
      JSON.stringify({ ...map, file: 'main.mjs', sources: [sourcePath], sourceRoot: undefined }),
    );
    const preload = join(folder, 'exit-code.mjs');
    writeFileSync(preload, EXIT_CODE_PRELOAD);
    return { folder, program, preload };
  }

  /** The source a run's folder belongs to. */
  sourceOf(folder: string): string | undefined {
    return this.folders.get(folder);
  }

  /** The exit code of the program run from `folder`; undefined when it did not exit by itself (stopped). */
  exitCode(folder: string): number | undefined {
    const file = join(folder, 'exit-code');
    return existsSync(file) ? Number(readFileSync(file, 'utf8')) : undefined;
  }

  owns(folder: unknown): folder is string {
    return typeof folder === 'string' && this.folders.has(folder);
  }

  remove(folder: string): void {
    if (!this.folders.delete(folder)) return;
    rmSync(folder, { recursive: true, force: true });
  }

  dispose(): void {
    for (const folder of [...this.folders.keys()]) this.remove(folder);
  }
}
