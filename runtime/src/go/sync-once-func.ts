/**
 * `sync.OnceFunc`, `OnceValue`, `OnceValues` (Go 1.21): a function that calls f the first time
 * and gives every later call the same results; a panic of f is raised again on each call.
 */
export function onceValue<T>(f: () => T): () => T {
  let state: { done: false } | { done: true; value: T } | { done: true; panic: unknown } = { done: false };
  return () => {
    if (!state.done) {
      try {
        state = { done: true, value: f() };
      } catch (e) {
        state = { done: true, panic: e };
      }
    }
    if ('panic' in state) throw state.panic;
    return state.value;
  };
}

export const onceFunc: (f: () => void) => () => void = onceValue;
export const onceValues: <A, B>(f: () => [A, B]) => () => [A, B] = onceValue;
