// Channel constructors of Tokio and std: a tuple of the runtime's sender and receiver, typed
// by the turbofish, or else by what the program later sends (inferred for the `let`).
//   let (tx, rx) = mpsc::channel::<u32>(8);
//   -> const [tx, rx] = mpsc.channel<number>(8);
//   let (tx, rx) = std::sync::mpsc::channel();   (tx later sends Strings)
//   -> const [tx, rx] = std.channel<string>();
//   let (tx, rx) = watch::channel(Vec::new());    (tx later sends Vec<u32>)
//   -> const [tx, rx] = watch.channel<number[]>([]);
import { Code, join, ts, typeOnly } from '../emit/code.js';
import type { Node } from '../syntax.js';
import type { RustContext, Typed } from './context.js';
import { named, tuple, UNKNOWN, type RustType } from './types.js';
import { isUnresolved, isWidened, writtenType } from './values.js';

export function channelCall(cx: RustContext, node: Node, name: string, args: Node[], elem: RustType): Typed {
  const types: Record<string, [string, string]> = {
    'mpsc.channel': ['mpsc.Sender', 'mpsc.Receiver'],
    'mpsc.unboundedChannel': ['mpsc.UnboundedSender', 'mpsc.UnboundedReceiver'],
    'std.channel': ['std.Sender', 'std.Receiver'],
    'std.syncChannel': ['std.SyncSender', 'std.Receiver'],
    'oneshot.channel': ['oneshot.Sender', 'oneshot.Receiver'],
    'broadcast.channel': ['broadcast.Sender', 'broadcast.Receiver'],
    'watch.channel': ['watch.Sender', 'watch.Receiver'],
  };
  const [s, r] = types[name]!;
  // The element inferred for the channel is not that of its arguments (`watch::channel(Vec::new())`).
  const values = cx.with({ expectedElement: null }, () => args.map((a) => cx.expr(a)));
  const known = elem.kind !== 'unknown' ? elem : (cx.expectedElement ?? UNKNOWN);
  // A watch channel is typed by its first value, unless that says too little (`Vec::new()`): then by what is later sent.
  const initial = name === 'watch.channel' ? values[0]?.type : undefined;
  const fromInitial = initial !== undefined && (!isUnresolved(initial) || isUnresolved(known));
  const element = fromInitial ? initial : known;
  const typeArg = writtenType(cx, element);
  // TypeScript widens a first value that is an enum variant or a tuple (`{ kind: 'Starting' }` reads as `{ kind: string }`).
  const generic =
    typeArg && (!fromInitial || isWidened(element, cx.items))
      ? typeOnly(`<${typeArg === 'void' ? 'Unit' : typeArg}>`)
      : new Code();
  // Nothing tells the element yet: the first send may (see later-types.ts).
  const pending = !typeArg && !fromInitial ? generic : undefined;
  // A capacity Tokio may refuse (`channel(0)`) panics at the caller's location.
  const checked = name === 'mpsc.channel' || name === 'broadcast.channel';
  const surelyValid = /^[1-9]\d{0,8}$/.test(values[0]?.code.toString() ?? '');
  const location = checked && !surelyValid ? [ts`'${cx.location(node)}'`] : [];
  return {
    code: ts`${name}${generic}(${join([...values.map((v) => v.code), ...location], ', ')})`,
    type: tuple([named(s, element), named(r, element)]),
    pendingArgument: pending,
  };
}
