// tokio::task::LocalSet: the tasks of `spawn_local` run on the thread that runs the set. One
// task runs at a time here whatever the flavour, so `spawn_local` is `spawn`, and the set
// only runs the future it is given.
export class LocalSet {
  /** `local.run_until(future).await`: runs the future (and the local tasks meanwhile) to its end. */
  async runUntil<T>(future: () => T | Promise<T>): Promise<T> {
    return await future();
  }
}
