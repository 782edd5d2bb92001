// A testing hook for crash tests, inert unless FRAMELENS_ADD_STEP_DELAY_MS is set (README, "Testing
// hooks"): `add` then sleeps that many milliseconds after each step that changes the corpus (lock
// taken, each pending article written, the new manifest written, the manifest renamed, each article
// renamed into place), so tests/corpus-safety.test.ts can kill it with SIGKILL between any two steps.
// It changes nothing else: the same files, in the same order, with the same output.
const MAX_DELAY_MS = 10_000;

function configuredDelay(): number {
  const value = Number(process.env.FRAMELENS_ADD_STEP_DELAY_MS);
  return Number.isFinite(value) && value > 0 ? Math.min(value, MAX_DELAY_MS) : 0;
}

const delayMs = configuredDelay();
const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Called by `add` after each step that changes the corpus; returns at once in normal runs. */
export function afterAddStep(): void {
  if (delayMs > 0) Atomics.wait(sleeper, 0, 0, delayMs);
}
