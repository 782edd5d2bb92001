/** A problem with what the user gave us: reported as one line, exit code 2, never a stack trace. */
export class InputError extends Error {
  constructor(
    readonly subject: string,
    readonly problem: string,
  ) {
    super(`${subject}: ${problem}`);
    this.name = 'InputError';
  }
}
