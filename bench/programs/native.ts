/**
 * The programs built natively, once per bench run: the Go ones with one `go build`
 * (test/support/go-toolchain.ts), run with GOMAXPROCS=1 and with the default; the Tokio one
 * with cargo (../cargo-build.ts), twice: as written (`#[tokio::main]`, multi_thread) and with
 * `#[tokio::main(flavor = "current_thread")]`.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGoPrograms, findGo, GO_MISSING, type GoBuild } from '../../test/support/go-toolchain.js';
import type { ProcessResult } from '../../test/support/run-ts-program.js';
import { buildBenchRust, CARGO_NOT_FOUND, type BenchRustBuild } from '../cargo-build.js';
import { GO_IMPLS } from '../go-native.js';
import { TOKIO_NATIVE_IMPLS } from '../tokio/native.js';
import type { BenchProgram } from './programs.js';

const CURRENT_THREAD_MAIN = '#[tokio::main(flavor = "current_thread")]';

export interface NativeImpl {
  name: string;
  language: BenchProgram['language'];
  description: string;
}

export const NATIVE_IMPLS: readonly NativeImpl[] = [
  ...GO_IMPLS.map((g) => ({
    name: g.name,
    language: 'go' as const,
    description: `Go 1.23 (go build), ${'GOMAXPROCS' in g.env ? 'GOMAXPROCS=1' : 'default GOMAXPROCS'}`,
  })),
  ...TOKIO_NATIVE_IMPLS.map((t) => ({
    name: t.name,
    language: 'rust' as const,
    description: `Tokio (cargo --release), ${t.flavor === 'current_thread' ? CURRENT_THREAD_MAIN : '#[tokio::main] (multi_thread)'}`,
  })),
];

/** One run of a program with argument n, in a fresh process. */
export type ProgramRun = (program: BenchProgram, n: number, timeoutMs: number) => Promise<ProcessResult>;

export interface NativeBuilds {
  /** How implementation `impl` runs a program; null when its build is missing. */
  runner(impl: string): ProgramRun | null;
  /** Why the builds of a language are missing. */
  missing: Map<BenchProgram['language'], string>;
  /** The toolchain of each language built, for the legend. */
  versions: Map<BenchProgram['language'], string>;
  cleanup(): Promise<void>;
}

/** `bench/programs/rust/NAME.rs` built for one Tokio flavour gets the binary NAME_<flavour>. */
const rustBinary = (id: string, flavor: string) => `${id}_${flavor}`;

export async function buildNatives(
  programs: readonly BenchProgram[],
  log: (text: string) => void,
): Promise<NativeBuilds> {
  const missing = new Map<BenchProgram['language'], string>();
  const versions = new Map<BenchProgram['language'], string>();
  const goPrograms = programs.filter((p) => p.language === 'go');
  const rustPrograms = programs.filter((p) => p.language === 'rust');

  let go: GoBuild | null = null;
  if (goPrograms.length > 0) {
    const toolchain = findGo();
    if (toolchain === null) missing.set('go', GO_MISSING);
    else {
      try {
        go = await buildGoPrograms(
          toolchain,
          goPrograms.map((p) => ({ name: p.id, file: p.file })),
        );
        versions.set('go', toolchain.version);
      } catch (error) {
        missing.set('go', `go build failed: ${(error as Error).message.split('\n').slice(0, 10).join(' ')}`);
      }
    }
    if (missing.has('go')) log(`bench: ${missing.get('go')}; no native Go rows in the programs suite`);
  }

  let rust: BenchRustBuild | null = null;
  const variantDir = rustPrograms.length > 0 ? await mkdtemp(join(tmpdir(), 'chan2ts-bench-programs-')) : null;
  if (variantDir !== null) {
    const files = [];
    for (const p of rustPrograms) {
      files.push({ name: rustBinary(p.id, 'multi_thread'), file: p.file });
      const currentThread = join(variantDir, `${p.id}.rs`);
      await writeFile(currentThread, await currentThreadVariant(p.file));
      files.push({ name: rustBinary(p.id, 'current_thread'), file: currentThread });
    }
    rust = await buildBenchRust('bench/programs/rust', 'native Tokio rows in the programs suite', files, log);
    if (rust === null) missing.set('rust', `${CARGO_NOT_FOUND}, or the build failed (see above)`);
    else versions.set('rust', rust.version);
  }

  return {
    runner(impl) {
      const go1 = GO_IMPLS.find((g) => g.name === impl);
      if (go1 !== undefined) {
        if (go === null) return null;
        const build = go;
        const env = { GOMAXPROCS: 'GOMAXPROCS' in go1.env ? go1.env.GOMAXPROCS : undefined };
        return (program, n, timeoutMs) => build.run(program.id, { args: [String(n)], env, timeoutMs });
      }
      const tokio = TOKIO_NATIVE_IMPLS.find((t) => t.name === impl);
      if (tokio === undefined || rust === null) return null;
      const { built } = rust;
      return (program, n, timeoutMs) =>
        built.run(rustBinary(program.id, tokio.flavor), { args: [String(n)], timeoutMs });
    },
    missing,
    versions,
    async cleanup() {
      await go?.cleanup();
      await rust?.built.cleanup();
      if (variantDir !== null) await rm(variantDir, { recursive: true, force: true });
    },
  };
}

async function currentThreadVariant(file: string): Promise<string> {
  const text = await readFile(file, 'utf8');
  if (!text.includes('#[tokio::main]')) throw new Error(`${file}: no #[tokio::main] to make current_thread`);
  return text.replace('#[tokio::main]', CURRENT_THREAD_MAIN);
}
