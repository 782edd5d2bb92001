// Standard input as one article (`add -`, `extract -`): the only CLI code that reads fd 0.
import { readSync } from 'node:fs';
import { InputError } from '../errors.js';
import { MAX_FILE_BYTES } from '../ingest/limits.js';
import { STDIN_LABEL } from '../corpus/add.js';

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Standard input, read up to one byte past the size limit (so `cat /dev/zero | framelens add -` ends). */
export function readStdin(): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.alloc(1 << 16);
  while (total <= MAX_FILE_BYTES) {
    let n: number;
    try {
      n = readSync(0, chunk, 0, chunk.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(sleeper, 0, 0, 10); // a non-blocking pipe with nothing yet: wait for the writer
        continue;
      }
      if (code === 'EOF') break;
      throw new InputError(STDIN_LABEL, `cannot read standard input (${code ?? 'unknown error'})`);
    }
    if (n === 0) break;
    chunks.push(Buffer.from(chunk.subarray(0, n)));
    total += n;
  }
  return Buffer.concat(chunks);
}
