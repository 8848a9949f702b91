/*
 * The state of every binding along one control-flow path: still owned, moved away, or moved
 * on some of the paths that joined here (which Rust tracks with a runtime drop flag).
 */

export type OwnState = 'owned' | 'moved' | 'maybe';

export class Flow<K> {
  constructor(
    readonly states: Map<K, OwnState> = new Map(),
    /** No path reaches here (after return, break, continue or a panic). */
    public dead = false,
  ) {}

  copy(): Flow<K> {
    return new Flow(new Map(this.states), this.dead);
  }

  set(key: K, state: OwnState): void {
    if (!this.dead) this.states.set(key, state);
  }

  get(key: K): OwnState | undefined {
    return this.dead ? undefined : this.states.get(key);
  }
}

/**
 * The paths joined: a binding owned on some live paths and moved on others is 'maybe'. A
 * binding a path does not know is owned there (a `move` closure takes what it names at its
 * start, even when the first mention is in one branch).
 */
export function join<K>(flows: readonly Flow<K>[]): Flow<K> {
  const live = flows.filter((f) => !f.dead);
  if (live.length === 0) return new Flow<K>(new Map(), true);
  const keys = new Set(live.flatMap((f) => [...f.states.keys()]));
  const states = new Map<K, OwnState>();
  for (const key of keys) {
    const seen = new Set(live.map((f) => f.states.get(key) ?? 'owned'));
    states.set(key, seen.size === 1 ? [...seen][0]! : 'maybe');
  }
  return new Flow(states);
}
