/**
 * The runtime-tokio suite's scenarios. Each id is also the scenario name that
 * bench/tokio/native/main.rs takes, and what --filter matches.
 */
import { triangle } from '../harness.js';

export const TOKIO_SUITE = 'runtime-tokio';
/** Short name that --filter also accepts for the whole suite (`--filter tokio`). */
export const TOKIO_ALIAS = 'tokio';

export const CAPACITY = 128;
export const PRODUCERS = 100;
export const RECEIVERS = 4;

export interface TokioScenario {
  id: string;
  title: string;
  /** What one of n is, for the table. */
  unit: string;
  /** n of a full run, and of a --quick run (also the warm-up size). Multiples of PRODUCERS. */
  n: number;
  quickN: number;
  /** The checksum main must return. */
  expected(n: number): number;
}

export const tokioScenarios: readonly TokioScenario[] = [
  {
    id: 'mpsc-bounded-128-spsc',
    title: `mpsc::channel(${CAPACITY}): one producer task sends 0..n, main receives until None`,
    unit: 'msg',
    n: 1_000_000,
    quickN: 20_000,
    expected: triangle,
  },
  {
    id: 'mpsc-unbounded-spsc',
    title: 'mpsc::unbounded_channel(): one producer task sends 0..n, main receives until None',
    unit: 'msg',
    n: 1_000_000,
    quickN: 20_000,
    expected: triangle,
  },
  {
    id: 'mpsc-fanin-100-bounded-128',
    title: `mpsc::channel(${CAPACITY}): ${PRODUCERS} producer tasks (a sender clone each) send n/${PRODUCERS} each into one receiver`,
    unit: 'msg',
    n: 1_000_000,
    quickN: 20_000,
    expected: triangle,
  },
  {
    id: 'oneshot-send-recv',
    title: 'per op: oneshot::channel(), tx.send(i), rx.await, all in main',
    unit: 'op',
    n: 1_000_000,
    quickN: 20_000,
    expected: triangle,
  },
  {
    id: 'oneshot-spawn-send-recv',
    title: 'per op: oneshot::channel(), tokio::spawn(a task that sends i), main awaits rx',
    unit: 'op',
    n: 200_000,
    quickN: 4_000,
    expected: triangle,
  },
  {
    id: 'broadcast-4-receivers',
    title: `broadcast::channel(n rounded up to a power of two: no receiver can lag): main sends 0..n, ${RECEIVERS} receiver tasks each get all of it`,
    unit: 'msg',
    n: 1_000_000,
    quickN: 20_000,
    expected: (n) => RECEIVERS * triangle(n),
  },
];

/** The broadcast capacity for n messages (before Tokio's own rounding to a power of two). */
export function broadcastCapacity(n: number): number {
  let c = CAPACITY;
  while (c < n) c *= 2;
  return c;
}
