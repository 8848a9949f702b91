// Awaiting a runtime operation only when it has to wait. Every channel, select and sync operation
// of the runtime returns its result directly when it completes at once (a buffered value, a
// waiting partner, a ready case) and a promise only when it parks, so the JavaScript for running
// skips the microtask hop of `await` on a plain value:
//   TypeScript: await ch.recv()
//   JavaScript: (($op = ch.recv()) instanceof Promise ? await $op : $op)
// A oneshot receiver or join handle is a thenable, awaited through its `outcome()`:
//   TypeScript: await rx
//   JavaScript: (($op = (rx).outcome()) instanceof Promise ? await $op : $op)
// and for a range over a channel:
//   TypeScript: for await (const v of ch) { }
//   JavaScript: for (let v, $ch = ch; (v = (($op = $ch.rangeNext()) instanceof Promise ? await $op : $op)) !== $end;) { }
// (`$end` is the runtime's RANGE_END, imported under a name no Go or Rust identifier can take).
// One module-level `$op` serves every operation: it is read right after it is written, with no
// await in between, so tasks that interleave never see each other's value.
import { jsOnly, ts, typeOnly, type Code } from './code.js';

const TEMP = '$op';
const AWAIT_IF_PENDING = `instanceof Promise ? await ${TEMP} : ${TEMP})`;

/** The JavaScript-only declaration a program that awaits operations needs, before its body. */
export const OPERATION_TEMP_DECLARATION: Code = jsOnly(`let ${TEMP};\n\n`);

/** The runtime's end-of-range marker as the JavaScript alone imports it. */
const RANGE_END_IMPORT = 'RANGE_END as $end';

/** What a translation awaits through the fast path: the program's JavaScript needs `$op` and these imports. */
export class OperationAwaits {
  used = false;
  /** Runtime names only the JavaScript imports. */
  readonly jsRuntimeNames = new Set<string>();

  /** `await operation` in TypeScript; in JavaScript an await only of a pending result. */
  await(operation: Code): Code {
    this.used = true;
    return ts`${typeOnly('await ')}${jsOnly(`((${TEMP} = `)}${operation}${jsOnly(`) ${AWAIT_IF_PENDING}`)}`;
  }

  /**
   * `await awaitable` of a runtime object that is a thenable (a oneshot receiver, a join
   * handle): in JavaScript its `outcome()`, the result at once when ready, else a promise.
   */
  awaitOutcome(awaitable: Code): Code {
    this.used = true;
    return ts`${typeOnly('await ')}${jsOnly(`((${TEMP} = (`)}${awaitable}${jsOnly(`).outcome()) ${AWAIT_IF_PENDING}`)}`;
  }

  /**
   * `for await (const v of channel) body` in TypeScript; in JavaScript a loop over
   * `rangeNext()`, which gives RANGE_END (`$end`) once the channel is closed and drained. `v` is
   * a per-iteration binding in both (closures in the body keep their own).
   */
  rangeOverChannel(v: string, channel: Code, body: Code, kind: 'const' | 'let' = 'const'): Code {
    this.used = true;
    this.jsRuntimeNames.add(RANGE_END_IMPORT);
    const next = `(${v} = ((${TEMP} = $ch.rangeNext()) ${AWAIT_IF_PENDING}) !== $end`;
    return ts`${typeOnly(`for await (${kind} ${v} of `)}${jsOnly(`for (let ${v}, $ch = `)}${channel}${typeOnly(')')}${jsOnly(`; ${next};)`)} ${body}`;
  }
}
