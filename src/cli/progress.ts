// Progress on stderr for long runs: one rewritten line (done/total, rate, time left) on a terminal,
// nothing when stderr is piped or --quiet is given, so logs stay clean.
export type ProgressReporter = (label: string, done: number, total: number) => void;

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}`;

export function progressReporter(quiet: boolean | undefined, stream: NodeJS.WriteStream = process.stderr): ProgressReporter | undefined {
  if (quiet || !stream.isTTY) return undefined;
  let label = '';
  let started = 0;
  let startedAt = 0;
  let shown = 0;
  return (phase, done, total) => {
    const now = performance.now();
    if (phase !== label) {
      label = phase;
      started = done;
      startedAt = now;
    }
    // At most ten updates a second: writing to the terminal is not free.
    if (done !== total && now - shown < 100) return;
    shown = now;
    const rate = (done - started) / Math.max((now - startedAt) / 1000, 1e-3);
    const left = rate > 0 ? clock((total - done) / rate) : '?';
    stream.write(`\r\x1b[Kframelens: ${phase} ${done}/${total}${done > started ? ` (${rate.toFixed(rate < 10 ? 1 : 0)}/s, ${left} left)` : ''}`);
    if (done === total) stream.write('\r\x1b[K');
  };
}
