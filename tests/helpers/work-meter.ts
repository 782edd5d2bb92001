// Counts work in steps, not seconds: every callback the array methods call (some, find, filter, map,
// forEach, every, findIndex, reduce, flatMap...) and every step of an array iterator (for...of) is one
// step. The nested scans that make work grow with the square of the input ("for each token, is it
// inside any quote?") are made of exactly these, so comparing the steps of inputs of size n and 4n
// tells linear (about 4x) from quadratic (about 16x) on any machine, however busy.
// Only for tests: it patches Array.prototype in this worker while `measure` runs, then restores it.

type AnyFn = (...args: unknown[]) => unknown;

const CALLBACK_METHODS = ['some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'filter', 'map', 'forEach', 'reduce', 'reduceRight', 'flatMap', 'sort'] as const;

let steps = 0;

/** Runs `fn` and returns its result with the number of steps it took. */
export function measure<T>(fn: () => T): { result: T; steps: number } {
  const proto = Array.prototype as unknown as Record<string, AnyFn | undefined>;
  const originals = new Map<string, AnyFn>();
  for (const name of CALLBACK_METHODS) {
    const original = proto[name];
    if (!original) continue;
    originals.set(name, original);
    proto[name] = function (this: unknown, ...args: unknown[]) {
      const callback = args[0];
      if (typeof callback === 'function') {
        args[0] = function (this: unknown, ...inner: unknown[]) {
          steps += 1;
          return (callback as AnyFn).apply(this, inner);
        };
      }
      return original.apply(this, args);
    };
  }
  const iterator = Array.prototype[Symbol.iterator];
  const values = Array.prototype.values;
  // for...of over arrays: count each element handed out.
  const counted = function (this: unknown[]) {
    const inner = values.call(this);
    return {
      next() {
        steps += 1;
        return inner.next();
      },
      [Symbol.iterator]() {
        return this;
      },
    };
  };
  Object.defineProperty(Array.prototype, Symbol.iterator, { value: counted, writable: true, configurable: true });
  const before = steps;
  try {
    const result = fn();
    return { result, steps: steps - before };
  } finally {
    for (const [name, original] of originals) proto[name] = original;
    Object.defineProperty(Array.prototype, Symbol.iterator, { value: iterator, writable: true, configurable: true });
  }
}
