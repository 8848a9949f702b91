// Methods of std::io::Stdin and its lock: a read waits as I/O does, so it is awaited; the
// String it reads into is appended to through an arrow, JavaScript's strings being values.
//   io::stdin().read_line(&mut line)   -> await io.stdin().readLine((text) => (line = line + text))
//   stdin.lock().lines()               -> stdin.lock().lines()   (a `for` over it: `for await`)
import { ts } from '../../emit/code.js';
import type { Typed } from '../context.js';
import { camelCase } from '../names.js';
import { named, result, STRING, USIZE } from '../types.js';
import { storeInto } from '../values.js';
import type { Call } from './call.js';

const IO_ERROR = named('io.Error');

export function stdinMethods(c: Call): Typed | null {
  const r = c.receiver;
  if (r.type.kind !== 'named' || r.type.name !== 'std.Stdin') return null;
  switch (c.method) {
    case 'lock':
      return { code: ts`${r.code}.lock()`, type: r.type };
    case 'lines':
      return { code: ts`${r.code}.lines()`, type: named('std.Iter', result(STRING, IO_ERROR)) };
    case 'read_line':
    case 'read_to_string': {
      const target = c.args()[0];
      const store = target && storeInto(target);
      if (!store) return c.cx.unsupported(c.node, `${c.method} into ${c.argNodes[0]?.text ?? 'nothing'}`);
      const text = c.cx.temp('text');
      c.cx.awaits();
      return {
        code: ts`await ${r.code}.${camelCase(c.method)}((${text}) => (${store(ts`${target.code} + ${text}`)}))`,
        type: result(USIZE, IO_ERROR),
      };
    }
    default:
      return null;
  }
}
