// Types Rust learns from a use after the `let`: `let mut v = Vec::new();` is a `Vec<T>` for the
// `T` pushed later, `let (tx, rx) = oneshot::channel();` carries what `tx.send(..)` sends, a
// `JoinSet::new()` gives what its tasks give. TypeScript cannot follow an empty array or an
// untyped channel into a closure, so the `let` says the type once a use has told it.
//   let mut threads = Vec::new(); .. threads.push(thread::spawn(..))
//   -> const threads: thread.JoinHandle<number>[] = []; .. threads.push(thread.spawn(..))
//   let (tx, rx) = oneshot::channel(); .. tx.send((best, steps))
//   -> const [tx, rx] = oneshot.channel<[number, number]>(); .. tx.send([best, steps])
import { typeOnly, type Code } from '../emit/code.js';
import type { RustContext } from './context.js';
import type { Local, PendingType } from './scope.js';
import { named, type RustType } from './types.js';
import { writtenType } from './values.js';

/**
 * `let v = Vec::new()` or `let set = JoinSet::new()`: the local's type once a use tells its
 * element, written after its name (`: T[]`) at `slot`.
 */
export function pendingAnnotation(
  cx: RustContext,
  local: Local,
  slot: Code,
  typeWith: (part: RustType) => RustType,
): void {
  local.pending = {
    settle(part) {
      delete local.pending;
      if (part.kind === 'unknown') return;
      local.type = typeWith(part);
      const shown = writtenType(cx, local.type);
      if (shown) slot.append(typeOnly(`: ${shown}`));
    },
  };
}

/**
 * `let (tx, rx) = oneshot::channel()`: the element the channel's ends carry once a send tells it,
 * written as the constructor's type argument (`<T>`) at `slot`.
 */
export function pendingElement(cx: RustContext, ends: Local[], slot: Code): void {
  const pending: PendingType = {
    settle(part) {
      for (const end of ends) if (end.pending === pending) delete end.pending;
      const shown = writtenType(cx, part);
      if (!shown) return;
      for (const end of ends) if (end.type.kind === 'named') end.type = named(end.type.name, part);
      slot.append(typeOnly(`<${shown === 'void' ? 'Unit' : shown}>`));
    },
    share(clone) {
      ends.push(clone);
      clone.pending = pending;
    },
  };
  for (const end of ends) end.pending = pending;
}
