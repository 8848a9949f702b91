// Progress on stderr while a big input translates: one line, rewritten in place, that says
// which phase the work is in and how long it has taken. Only on a terminal, and only for input
// that takes over a second: the translator works synchronously, so no timer could tick while
// it runs, and the input's size is what tells beforehand.
import { performance } from 'node:perf_hooks';
import type { TranslationPhase } from '../translate/index.js';

/** Input from this size up takes over a second to translate here (about 100 to 300 KB/s). */
export const BYTES_WORTH_SHOWING = 256 * 1024;

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface Progress {
  phase(phase: TranslationPhase): void;
  /** Clears the line, before anything else is written there. */
  done(): void;
}

export function translationProgress(name: string, bytes: number, stream: ProgressStream): Progress | null {
  if (!stream.isTTY || bytes < BYTES_WORTH_SHOWING) return null;
  const start = performance.now();
  const size = `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  const show = (text: string) => stream.write(`\r\x1b[K${text}`);
  return {
    phase: (phase) =>
      show(`chan2ts: ${name} (${size}): ${phase}... ${((performance.now() - start) / 1000).toFixed(1)} s`),
    done: () => show(''),
  };
}
