// A testing hook for crash tests, inert unless FRAMELENS_ADD_STEP_DELAY_MS is set (README, "Testing
// hooks"). When it is, `add` names each step that changes the corpus on stderr, right after doing it
// (`framelens: add step: lock`, then `pending`, `manifest-written`, `manifest-renamed` and `renamed`),
// and then sleeps that many milliseconds, so tests/corpus-safety.test.ts can kill it with SIGKILL
// between any two steps. Nothing else changes: the same files, in the same order.
import { writeSync } from 'node:fs';

const MAX_DELAY_MS = 10_000;

function configuredDelay(): number {
  const value = Number(process.env.FRAMELENS_ADD_STEP_DELAY_MS);
  return Number.isFinite(value) && value > 0 ? Math.min(value, MAX_DELAY_MS) : 0;
}

const delayMs = configuredDelay();
const sleeper = new Int32Array(new SharedArrayBuffer(4));

export type AddStep = 'lock' | 'pending' | 'manifest-written' | 'manifest-renamed' | 'renamed';

/** Called by `add` after each step that changes the corpus; returns at once in normal runs. */
export function afterAddStep(step: AddStep): void {
  if (delayMs === 0) return;
  writeSync(2, `framelens: add step: ${step}\n`);
  Atomics.wait(sleeper, 0, 0, delayMs);
}
