/**
 * Real Rust with Tokio for differential tests: find cargo and Debian's packaged crates, build a
 * set of Rust programs once, run the binaries. The Tokio runtime's differential tests use it
 * (test/runtime/tokio-differential.test.ts), and the Rust translator's differential tests will
 * reuse it: keep it free of anything specific to one test file.
 *
 *     const cargo = findCargo();                  // null without cargo or Debian's Tokio
 *     if (cargo === null) ...                     // fail under CI, skip otherwise: CARGO_MISSING
 *     const built = await buildRustPrograms(cargo, [{ name: 'oneshot_manager', file: 'tokio-programs/oneshot_manager.rs' }]);
 *     const { stdout, stderr, code } = await built.run('oneshot_manager');
 *     await built.cleanup();
 *
 * There is no crate registry here: crates come from Debian (`apt-get install librust-tokio-dev`
 * puts Tokio 1.24.2 and its dependencies under /usr/share/cargo/registry). All programs are
 * binaries of ONE cargo package (`src/bin/NAME.rs`), whose `.cargo/config.toml` replaces
 * crates-io with that directory and forbids the network, so one
 * `cargo build --release --offline` compiles Tokio once and every program in parallel.
 *
 * Build time: the first build on a machine compiles Tokio and its dependencies, about 15-60 s.
 * Two caches make later builds fast: the target directory `<os tmpdir>/chan2ts-cargo-target`
 * (CARGO_TARGET_DIR) keeps the compiled crates, and the package itself is kept in
 * `<os tmpdir>/chan2ts-cargo-packages/pkg-<hash of the sources>`, so that building the same
 * programs again finds everything fresh (under a second) instead of recompiling every binary
 * (tens of seconds for a dozen programs: each one instantiates Tokio's runtime). A changed
 * program gives a new package directory. The binaries are then copied into the build's own
 * temporary directory, so that a later build cannot replace them while they run. Programs of
 * the same name in other corpora share `target/release/NAME`, which cargo does not copy again
 * for a program it built before: it is removed before each build. (Two builds of different
 * program sets with a binary of the same name, at the same moment, could still race on it
 * between build and copy.)
 *
 * Panic lines: recent rustc (1.95 here) prints a panic as "\nthread 'main' (4242) panicked at
 * src/main.rs:5:9:" (an empty first line, then the OS thread id), where older rustc printed
 * "thread 'main' panicked at src/main.rs:5:9:". `stderrFirstLine` compares them as one.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { runProcess, type ProcessResult, type RunOptions } from './run-ts-program.js';

export type { ProcessResult, RunOptions };

/** Why a test that needs cargo cannot run, and how to fix it. */
export const CARGO_MISSING = "cargo with Debian's Tokio not found: apt-get install librust-tokio-dev (see .ci/run)";

/** Where Debian's librust-*-dev packages put crate sources (a cargo directory source). */
export const DEBIAN_CARGO_REGISTRY = '/usr/share/cargo/registry';

/** The target directory shared by every build, so that Tokio is compiled once per machine. */
export const CARGO_TARGET_CACHE = join(tmpdir(), 'chan2ts-cargo-target');

/** Where the packages are kept, one per set of program sources, so that a rebuild finds them fresh. */
export const CARGO_PACKAGE_CACHE = join(tmpdir(), 'chan2ts-cargo-packages');

/** A cargo found on this machine, with Debian's Tokio to build against. */
export interface CargoToolchain {
  /** Absolute path of the `cargo` command. */
  path: string;
  /** As `cargo --version` says, e.g. "cargo 1.95.0 (f2d3ce0bd 2026-03-21)". */
  version: string;
  /** The directory source crates come from (DEBIAN_CARGO_REGISTRY). */
  registry: string;
  /** The Tokio found there, e.g. "1.24.2". */
  tokioVersion: string;
}

/** One program to build: its name (the binary's name) and its single Rust source file. */
export interface RustProgram {
  name: string;
  /** A file with `fn main`; it becomes `src/bin/<name>.rs`, the path its panics report. */
  file: string;
}

/** Programs built by `buildRustPrograms`: run them by name, then remove the temporary files. */
export interface RustBuild {
  /** The temporary directory holding the copied binaries. */
  dir: string;
  /** The cargo package the programs were built in (kept in CARGO_PACKAGE_CACHE); '' when there were none. */
  packageDir: string;
  /** Absolute path of each program's binary, by name. */
  binaries: ReadonlyMap<string, string>;
  /**
   * Runs a built program's binary (see `runProcess` for options and the timeout).
   * RUST_BACKTRACE and RUST_LIB_BACKTRACE are removed from its environment unless
   * `options.env` sets them, so it prints a panic as a user sees it by default.
   */
  run(name: string, options?: RunOptions): Promise<ProcessResult>;
  /** Removes the temporary directory (the cached package and target directory stay). */
  cleanup(): Promise<void>;
}

const CARGO_CONFIG = `[source.crates-io]
replace-with = "debian"

[source.debian]
directory = "${DEBIAN_CARGO_REGISTRY}"

[net]
offline = true
`;

/**
 * Each package has a name of its own: cargo names a package's binaries in the shared target
 * directory (deps/NAME-HASH) and keeps their fingerprints by the package's name and version
 * (its path only relative to itself), so two packages of one name with a program of one name
 * would share that binary, and the second would run the first one's program.
 */
const cargoToml = (packageName: string) => `[package]
name = "${packageName}"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
tokio = { version = "1", features = ["full", "test-util"] }
`;

/** `cargo --version` of the cargo at `path`, or null if it does not run. */
function cargoVersion(path: string): string | null {
  try {
    return execFileSync(path, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      env: { ...process.env, CARGO_NET_OFFLINE: 'true' },
      timeout: 20_000,
    }).trim();
  } catch {
    return null;
  }
}

/** The version of the newest Tokio 1.x in the Debian registry, or null if there is none. */
function debianTokio(registry: string): string | null {
  let entries: string[];
  try {
    entries = readdirSync(registry);
  } catch {
    return null;
  }
  const versions = entries
    .map((entry) => /^tokio-(1\.\d+\.\d+)$/.exec(entry)?.[1])
    .filter((version): version is string => version !== undefined)
    .sort((a, b) => compareVersions(b, a));
  return versions[0] ?? null;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Finds cargo (first on PATH, then in ~/.cargo/bin where rustup installs it) and checks that
 * /usr/share/cargo/registry holds a Tokio 1.x. Returns null when either is missing.
 */
export function findCargo(): CargoToolchain | null {
  const tokioVersion = debianTokio(DEBIAN_CARGO_REGISTRY);
  if (tokioVersion === null) return null;
  const candidates = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => dir !== '')
    .map((dir) => join(dir, 'cargo'));
  const cargoHome = process.env.CARGO_HOME ?? join(homedir(), '.cargo');
  candidates.push(join(cargoHome, 'bin', 'cargo'));
  for (const path of candidates) {
    if (!existsSync(path)) continue;
    const version = cargoVersion(path);
    if (version !== null) return { path, version, registry: DEBIAN_CARGO_REGISTRY, tokioVersion };
  }
  return null;
}

/**
 * Builds every program with one `cargo build --release --offline` in one cargo package (see
 * `cachedPackage`) and returns where the binaries are. Rejects with the compiler's output when a
 * program does not build. The first build on a machine takes 15-60 s (Tokio itself); allow
 * for it in the caller's timeouts.
 */
export async function buildRustPrograms(
  cargo: CargoToolchain,
  programs: readonly RustProgram[],
  options: { timeoutMs?: number; targetDir?: string } = {},
): Promise<RustBuild> {
  const names = new Set<string>();
  for (const { name } of programs) {
    // A bin name cargo accepts and that is also a valid crate name.
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) throw new Error(`bad Rust program name: ${JSON.stringify(name)}`);
    if (names.has(name)) throw new Error(`two Rust programs named ${name}`);
    names.add(name);
  }

  const sources = await Promise.all(programs.map(async ({ name, file }) => ({ name, source: await readFile(file) })));
  const packageDir = sources.length > 0 ? await cachedPackage(sources) : '';
  const dir = await mkdtemp(join(tmpdir(), 'chan2ts-cargo-'));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  try {
    const binDir = join(dir, 'bin');
    await mkdir(binDir, { recursive: true });

    const binaries = new Map<string, string>();
    if (programs.length > 0) {
      const targetDir = options.targetDir ?? CARGO_TARGET_CACHE;
      // target/release/NAME is a copy of this package's deps/NAME-HASH, or of another corpus's
      // program of the same name; cargo makes it again only when it is missing.
      await Promise.all(programs.map(({ name }) => rm(join(targetDir, 'release', name), { force: true })));
      const result = await runProcess(cargo.path, ['build', '--release', '--offline', '--bins'], {
        cwd: packageDir,
        env: { CARGO_TARGET_DIR: targetDir, CARGO_NET_OFFLINE: 'true', CARGO_TERM_COLOR: 'never' },
        timeoutMs: options.timeoutMs ?? 600_000,
      });
      if (result.code !== 0) {
        throw new Error(`cargo build failed (exit ${result.code}):\n${result.stderr}${result.stdout}`);
      }
      for (const { name } of programs) {
        const built = join(targetDir, 'release', name);
        if (!existsSync(built)) throw new Error(`cargo build did not produce ${built}`);
        const binary = join(binDir, name);
        await copyFile(built, binary);
        binaries.set(name, binary);
      }
    }

    return {
      dir,
      packageDir,
      binaries,
      run(name, runOptions = {}) {
        const binary = binaries.get(name);
        if (binary === undefined) return Promise.reject(new Error(`no Rust program named ${name} was built`));
        return runProcess(binary, runOptions.args ?? [], {
          ...runOptions,
          env: { RUST_BACKTRACE: undefined, RUST_LIB_BACKTRACE: undefined, ...runOptions.env },
        });
      },
      cleanup,
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/**
 * The package holding exactly these sources: found in CARGO_PACKAGE_CACHE when an earlier build
 * made it (left untouched, so cargo sees its files unchanged), else written to a staging
 * directory and renamed into place, so that a build running at the same moment never sees a
 * half-written package.
 */
async function cachedPackage(sources: readonly { name: string; source: Buffer }[]): Promise<string> {
  const hash = createHash('sha256').update(cargoToml('')).update(CARGO_CONFIG);
  const sorted = [...sources].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { name, source } of sorted) hash.update(`\0${name}\0${source.length}\0`).update(source);
  const id = hash.digest('hex').slice(0, 20);
  const packageDir = join(CARGO_PACKAGE_CACHE, `pkg-${id}`);
  if (existsSync(join(packageDir, 'Cargo.toml'))) return packageDir;

  await mkdir(CARGO_PACKAGE_CACHE, { recursive: true });
  const staging = await mkdtemp(join(CARGO_PACKAGE_CACHE, 'staging-'));
  try {
    await mkdir(join(staging, 'src', 'bin'), { recursive: true });
    await mkdir(join(staging, '.cargo'));
    await writeFile(join(staging, '.cargo', 'config.toml'), CARGO_CONFIG);
    for (const { name, source } of sources) await writeFile(join(staging, 'src', 'bin', `${name}.rs`), source);
    await writeFile(join(staging, 'Cargo.toml'), cargoToml(`chan2ts-programs-${id}`));
    await rename(staging, packageDir);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    // Another build renamed the same package into place first: use that one.
    if (!existsSync(join(packageDir, 'Cargo.toml'))) throw error;
  }
  return packageDir;
}

/**
 * The first line of a Rust program's stderr, in the form every rustc agrees on: empty lines
 * before it are skipped (rustc 1.9x starts a panic with one), and the OS thread id that recent
 * rustc prints after the thread's name is removed:
 * "thread 'main' (4242) panicked at src/main.rs:5:9:" -> "thread 'main' panicked at src/main.rs:5:9:".
 * Empty when stderr is.
 */
export function stderrFirstLine(stderr: string): string {
  const line = stderr.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.replace(/^(thread '[^']*') \(\d+\) panicked at /, '$1 panicked at ');
}
