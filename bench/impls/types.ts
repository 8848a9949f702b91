/**
 * What one channel implementation provides to the runtime-go suite. Every method is the same
 * Go program written against that library, in the style translated code uses: an `await`
 * (js-csp: a `yield`) per send and per receive, goroutines as the library spells them.
 * A missing method means the library cannot express the scenario; `notes` says why.
 */
export interface ChannelImpl {
  readonly name: string;
  /** One line for the table's legend: version, goroutine form, anything surprising. */
  readonly description: string;
  /** Why a scenario is missing (keyed by scenario id), or a caveat about how it is written. */
  readonly notes?: Readonly<Record<string, string>>;

  /** A producer goroutine sends 0..n-1 on a channel of `capacity`; main sums them. */
  spsc?(n: number, capacity: number): Promise<number>;
  /** n round trips: main sends i on `ping`, an echo goroutine sends it back on `pong`; main sums. */
  pingPong?(n: number): Promise<number>;
  /** `producers` goroutines share 0..n-1 (n / producers each) on one channel; main sums. */
  fanIn?(n: number, producers: number, capacity: number): Promise<number>;
  /** 4 producers each send n/4 values on their own unbuffered channel; main selects n times. */
  select4?(n: number): Promise<number>;
  /** n goroutines each block receiving on its own unbuffered channel; woken by one send each. */
  blockedOwn?(n: number): BlockedRun;
  /** n goroutines block receiving on one shared unbuffered channel; woken by closing it. */
  blockedShared?(n: number): BlockedRun;
}

/**
 * The 100k-goroutine scenarios in three steps, so the harness can weigh the heap between them:
 * `spawn` starts the goroutines, `started()` counts those that reached their receive, `wake`
 * releases them all and resolves with a checksum once every one has finished.
 */
export interface BlockedRun {
  spawn(): void;
  started(): number;
  wake(): Promise<number>;
}
