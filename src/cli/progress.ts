// Progress on stderr: a rewritten line on a terminal, nothing when piped (logs stay clean).
export function progressReporter(quiet: boolean | undefined): ((done: number, total: number, file: string) => void) | undefined {
  if (quiet || !process.stderr.isTTY) return undefined;
  return (done, total, file) => {
    process.stderr.write(`\r\x1b[Kframelens: ${done}/${total} ${file}`);
    if (done === total) process.stderr.write('\r\x1b[K');
  };
}
