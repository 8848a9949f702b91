// tokio::task::LocalSet: the tasks of `spawn_local` run on the thread that runs the set. One
// task runs at a time here whatever the flavour, so `spawn_local` is `spawn`, and the set
// only runs the future it is given.
//   local.block_on(&rt, async { .. })  -> await local.blockOn(rt, async () => { .. })
import type { Runtime } from './runtime-builder.js';

export class LocalSet {
  /** `local.block_on(&rt, future)`: `rt.block_on(local.run_until(future))`. */
  blockOn<T>(rt: Runtime, future: () => T | Promise<T>): Promise<T> {
    return rt.blockOn(() => this.runUntil(future));
  }

  /** `local.run_until(future).await`: runs the future (and the local tasks meanwhile) to its end. */
  async runUntil<T>(future: () => T | Promise<T>): Promise<T> {
    return await future();
  }
}
