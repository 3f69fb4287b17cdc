/**
 * Sliced computations are generators that yield between steps (the background runs them a
 * few milliseconds a task: src/background/data/sliced.ts). Where no pause is wanted — tests,
 * the build, a small input — this runs one to its end in one go.
 */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
