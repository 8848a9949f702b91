import type { BlockedRun, ChannelImpl } from './impls/types.js';
import { triangle } from './harness.js';

export const SUITE = 'runtime-go';

interface Common {
  /** Stable id: the JSON's "scenario", what --filter matches, the Go program's name for it. */
  id: string;
  title: string;
  /** n of a full run and of a --quick run (also the warm-up size). */
  n: number;
  quickN: number;
}

export interface ThroughputScenario extends Common {
  kind: 'throughput';
  /** What one of n is, for the table: "msg" or "round trip". */
  unit: string;
  pick(impl: ChannelImpl): ((n: number) => Promise<number>) | undefined;
  /** The checksum main must return. */
  expected(n: number): number;
}

export interface BlockedScenario extends Common {
  kind: 'blocked';
  pick(impl: ChannelImpl): ((n: number) => BlockedRun) | undefined;
  expected(n: number): number;
}

export type Scenario = ThroughputScenario | BlockedScenario;

const CAPACITY = 128;
const PRODUCERS = 100;

/** The runtime-go suite. Every n is a multiple of 400 so producers share it evenly. */
export const scenarios: readonly Scenario[] = [
  {
    id: 'spsc-buffered-128',
    title: 'buffered SPSC (cap 128)',
    kind: 'throughput',
    unit: 'msg',
    n: 1_000_000,
    quickN: 20_000,
    pick: (impl) => impl.spsc && ((n) => impl.spsc!(n, CAPACITY)),
    expected: triangle,
  },
  {
    id: 'pingpong-unbuffered',
    title: 'unbuffered ping-pong',
    kind: 'throughput',
    unit: 'rt',
    n: 200_000,
    quickN: 4_000,
    pick: (impl) => impl.pingPong && ((n) => impl.pingPong!(n)),
    expected: triangle,
  },
  {
    id: 'fanin-100-unbuffered',
    title: 'fan-in 100->1 (unbuffered)',
    kind: 'throughput',
    unit: 'msg',
    n: 1_000_000,
    quickN: 20_000,
    pick: (impl) => impl.fanIn && ((n) => impl.fanIn!(n, PRODUCERS, 0)),
    expected: triangle,
  },
  {
    id: 'fanin-100-buffered-128',
    title: 'fan-in 100->1 (cap 128)',
    kind: 'throughput',
    unit: 'msg',
    n: 1_000_000,
    quickN: 20_000,
    pick: (impl) => impl.fanIn && ((n) => impl.fanIn!(n, PRODUCERS, CAPACITY)),
    expected: triangle,
  },
  {
    id: 'select-4',
    title: 'select over 4 unbuffered chans, 4 producers',
    kind: 'throughput',
    unit: 'msg',
    n: 1_000_000,
    quickN: 20_000,
    pick: (impl) => impl.select4 && ((n) => impl.select4!(n)),
    expected: triangle,
  },
  {
    id: 'blocked-100k-own',
    title: '100k goroutines blocked on recv (own chan each), woken by a send each',
    kind: 'blocked',
    n: 100_000,
    quickN: 2_000,
    pick: (impl) => impl.blockedOwn && ((n) => impl.blockedOwn!(n)),
    expected: triangle,
  },
  {
    id: 'blocked-100k-shared',
    title: '100k goroutines blocked on recv (one shared chan), woken by close',
    kind: 'blocked',
    n: 100_000,
    quickN: 2_000,
    pick: (impl) => impl.blockedShared && ((n) => impl.blockedShared!(n)),
    expected: (n) => n,
  },
];
