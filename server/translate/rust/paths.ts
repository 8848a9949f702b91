// Paths of Tokio's and std's functions (`mpsc::channel`, `tokio::spawn`, `thread::sleep`) and
// the runtime expression each becomes, with `use` aliases resolved.
import type { Items } from './items.js';

interface PathFunction {
  name: string;
  uses: string;
  awaits?: boolean;
}

/** Functions of Tokio and std by path (last two segments), to the runtime's expression. */
const PATH_FUNCTIONS: Record<string, PathFunction> = {
  'mpsc::channel': { name: 'mpsc.channel', uses: 'mpsc' },
  'mpsc::unbounded_channel': { name: 'mpsc.unboundedChannel', uses: 'mpsc' },
  'mpsc::sync_channel': { name: 'std.syncChannel', uses: 'std' },
  'oneshot::channel': { name: 'oneshot.channel', uses: 'oneshot' },
  'broadcast::channel': { name: 'broadcast.channel', uses: 'broadcast' },
  'watch::channel': { name: 'watch.channel', uses: 'watch' },
  'tokio::spawn': { name: 'spawn', uses: 'spawn' },
  'task::spawn': { name: 'spawn', uses: 'spawn' },
  // One task runs at a time here: a LocalSet's task is any task.
  'task::spawn_local': { name: 'spawn', uses: 'spawn' },
  'thread::spawn': { name: 'thread.spawn', uses: 'thread' },
  'thread::sleep': { name: 'thread.sleep', uses: 'thread', awaits: true },
  'thread::scope': { name: 'thread.scope', uses: 'thread', awaits: true },
  'thread::current': { name: 'thread.current', uses: 'thread' },
  'thread::park': { name: 'thread.park', uses: 'thread', awaits: true },
  'thread::park_timeout': { name: 'thread.parkTimeout', uses: 'thread', awaits: true },
  'thread::yield_now': { name: 'thread.yieldNow', uses: 'thread', awaits: true },
  'hint::spin_loop': { name: 'thread.spinLoop', uses: 'thread', awaits: true },
  'time::sleep': { name: 'sleep', uses: 'sleep' },
  'time::sleep_until': { name: 'sleepUntil', uses: 'sleepUntil' },
  'time::timeout': { name: 'timeout', uses: 'timeout' },
  'time::timeout_at': { name: 'timeoutAt', uses: 'timeoutAt' },
  'time::interval': { name: 'interval', uses: 'interval' },
  'time::interval_at': { name: 'intervalAt', uses: 'intervalAt' },
  'time::pause': { name: 'time.pause', uses: 'time' },
  'time::resume': { name: 'time.resume', uses: 'time' },
  'time::advance': { name: 'time.advance', uses: 'time' },
  'task::yield_now': { name: 'yieldNow', uses: 'yieldNow' },
  'tokio::yield_now': { name: 'yieldNow', uses: 'yieldNow' },
  'process::exit': { name: 'rs.exit', uses: 'rs' },
  'ExitCode::from': { name: 'rs.ExitCode.from', uses: 'rs' },
  'mem::drop': { name: 'rs.drop', uses: 'rs' },
  'env::args': { name: 'env.args', uses: 'env' },
  'io::stdin': { name: 'io.stdin', uses: 'io' },
};

export function pathFunction(items: Items, segments: string[]): PathFunction | null {
  const resolved =
    segments.length === 1 ? (items.aliases.get(segments[0]!)?.split('::') ?? segments) : expandAlias(items, segments);
  const key = resolved.slice(-2).join('::');
  if (resolved[0] === 'std' && key === 'mpsc::channel') return { name: 'std.channel', uses: 'std' };
  return PATH_FUNCTIONS[key] ?? null;
}

/** `mpsc::channel` after `use tokio::sync::mpsc` is tokio::sync::mpsc::channel; `std::sync::mpsc` stays std. */
export function expandAlias(items: Items, segments: string[]): string[] {
  const head = items.aliases.get(segments[0]!);
  return head ? [...head.split('::'), ...segments.slice(1)] : segments;
}
