/**
 * The programs suite's five programs: real Go and Tokio programs in bench/programs/go and
 * bench/programs/rust, each taking its size as its first argument (without one it runs small,
 * as the differential test in test/translate/bench-programs-differential.test.ts runs it).
 * Each prints a checksum, the same on every schedule.
 */
import { fileURLToPath } from 'node:url';

export const PROGRAMS_SUITE = 'programs';

export interface BenchProgram {
  id: string;
  language: 'go' | 'rust';
  file: string;
  title: string;
  /** The argument of a full run (native Go or Tokio takes roughly 0.2-2 s here) and of a --quick one. */
  n: number;
  quickN: number;
}

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export const benchPrograms: readonly BenchProgram[] = [
  {
    id: 'prime_sieve',
    language: 'go',
    file: source('go/prime_sieve.go'),
    title: 'the first N primes through a daisy chain of filter goroutines (unbuffered)',
    n: 1000,
    quickN: 200,
  },
  {
    id: 'pipeline',
    language: 'go',
    file: source('go/pipeline.go'),
    title: 'gen -> sq -> sum over N numbers (unbuffered, then buffered 64), range and close',
    n: 200_000,
    quickN: 20_000,
  },
  {
    id: 'worker_pool',
    language: 'go',
    file: source('go/worker_pool.go'),
    title: 'N Collatz jobs to 8 workers (jobs and results buffered 100, sync.WaitGroup)',
    n: 200_000,
    quickN: 20_000,
  },
  {
    id: 'fan_in_timeout',
    language: 'go',
    file: source('go/fan_in_timeout.go'),
    title: '3 sensors x N readings into one select loop with a time.After timeout per wait',
    n: 30_000,
    quickN: 3_000,
  },
  {
    id: 'upload_pipeline',
    language: 'rust',
    file: source('rust/upload_pipeline.rs'),
    title: '4 clients x N uploads -> syncer -> billing (mpsc bounded 16), report by oneshot, JoinHandle',
    n: 50_000,
    quickN: 5_000,
  },
];
