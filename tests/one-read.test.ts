// A cold run reads each article file once: the bytes hashed by the scan are the bytes scanned and the
// bytes analysed (issue 21).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanFiles } from '../src/run/corpus-run.js';
import { createPool } from '../src/run/pool.js';
import { runTask } from '../src/run/tasks.js';

describe('one read per file', () => {
  it('hands the hashed bytes to the analysis, so the files are not needed again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'framelens-one-read-'));
    try {
      const files = ['a', 'b', 'c'].map((name, k) => {
        const file = join(dir, `${name}.txt`);
        writeFileSync(file, `Council ${name} votes on the budget\n\nThe council met on day ${k + 1} and voted on the plan, the mayor said.\n`);
        return file;
      });
      const expected = runTask({ kind: 'analyze', file: files[1], repeated: [], lexicons: [], recordPath: null, key: null, output: 'json' });
      const scanned = await scanFiles(files, { pool: createPool({ jobs: 1 }) });
      for (const file of files) rmSync(file);
      expect(scanned.readable).toEqual([0, 1, 2]);
      const bytes = files.map((_, i) => scanned.takeBytes(i));
      expect(bytes.map((b) => b?.toString('utf8').split('\n')[0])).toEqual(['Council a votes on the budget', 'Council b votes on the budget', 'Council c votes on the budget']);
      // Handed over once, then forgotten.
      expect(scanned.takeBytes(0)).toBeUndefined();
      const result = runTask({ kind: 'analyze', file: files[1], repeated: [], lexicons: [], recordPath: null, key: null, output: 'json', bytes: bytes[1] });
      expect(result.status).toBe('analyzed');
      // The same analysis as from the file itself, which is gone now.
      expect(result).toEqual(expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('scans the bytes it is given, with the same refusals as a read', () => {
    const missing = join(tmpdir(), 'framelens-no-such-file.txt');
    const scanned = runTask({ kind: 'scan', file: missing, bytes: Buffer.from('A headline here\n\nA paragraph of text, the mayor said.\n'), keepDocument: true });
    expect(scanned.status).toBe('scanned');
    expect(scanned.status === 'scanned' && scanned.document?.blocks.map((b) => b.text)).toEqual(['A headline here', 'A paragraph of text, the mayor said.']);
    expect(runTask({ kind: 'scan', file: missing, bytes: Buffer.from('') })).toEqual({ status: 'refused', message: `${missing}: file is empty` });
    expect(runTask({ kind: 'scan', file: 'x.pdf', bytes: Buffer.from('%PDF') }).status).toBe('refused');
  });
});
