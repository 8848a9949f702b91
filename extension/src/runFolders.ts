// Private temporary folders (mode 0700) for translated programs: the JavaScript, its source
// map back to the original file, a copy of the runtime it imports, and what the run leaves
// (its exit code, its trace when traced). Each is removed when its debug session ends, and
// any left when the extension stops.
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
import type { TraceRecorder } from '../../runtime/src/core/trace.js';

export interface ProgramFiles {
  folder: string;
  program: string;
  /** Loaded with `node --import` before the program: they note the exit code (and the trace) in the folder. */
  preloads: string[];
}

/** What a traced run leaves in its folder: the recorder's events, as trace/json.ts takes them. */
export type RecordedTrace = Pick<TraceRecorder, 'events' | 'dropped' | 'cap'>;

/** Node tells the 'exit' listeners the code the process ends with (process.exit's too). */
const EXIT_CODE_PRELOAD = `import { writeFileSync } from 'node:fs';
process.on('exit', (code) => writeFileSync(new URL('./exit-code', import.meta.url), String(code)));
`;

/**
 * Records the run's trace (the program imports the same runtime module, so it is the one
 * traced) and writes it to trace.json when the program ends. Source places are those of
 * main.mjs ("main.mjs:LINE:COLUMN", the first frame in it): the extension maps them to the
 * source through the program's source map.
 */
const tracePreload = (runtime: string) => `import { writeFileSync } from 'node:fs';
import { startTracing } from '${runtime}';
const program = new URL('./main.mjs', import.meta.url).href;
function locate() {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 30;
  const stack = new Error().stack ?? '';
  Error.stackTraceLimit = limit;
  const at = stack.indexOf(program + ':');
  const place = at < 0 ? null : /^:(\\d+):(\\d+)/.exec(stack.slice(at + program.length));
  return place === null ? undefined : 'main.mjs' + place[0];
}
startTracing({
  locate,
  onEnd: ({ events, dropped, cap }) =>
    writeFileSync(new URL('./trace.json', import.meta.url), JSON.stringify({ events, dropped, cap })),
});
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
  write(javascript: string, map: SourceMap, sourcePath: string, traceLanguage?: 'go' | 'rust'): ProgramFiles {
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
    const preloads = [join(folder, 'exit-code.mjs')];
    writeFileSync(preloads[0]!, EXIT_CODE_PRELOAD);
    if (traceLanguage !== undefined) {
      preloads.push(join(folder, 'trace.mjs'));
      writeFileSync(preloads[1]!, tracePreload(`@chan2ts/runtime/${traceLanguage === 'rust' ? 'tokio' : 'go'}`));
    }
    return { folder, program, preloads };
  }

  /** The trace a traced run recorded; undefined when it did not end by itself (or was not traced). */
  trace(folder: string): RecordedTrace | undefined {
    const file = join(folder, 'trace.json');
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as RecordedTrace) : undefined;
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
