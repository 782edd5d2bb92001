// The cache's small tables (src/corpus/cache.ts): a run that only adds rows appends them; any row
// dropped or changed, or a file that was not read clean, makes the table be written anew.
import { describe, expect, it } from 'vitest';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnalysisCache } from '../src/corpus/cache.js';

const isNumber = (v: unknown): v is number => typeof v === 'number';

function withCache(body: (dir: string, path: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'framelens-tables-'));
  try {
    body(dir, join(dir, '.framelens-cache', 'things.jsonl'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const lines = (path: string) => readFileSync(path, 'utf8').split('\n').filter(Boolean);

describe('cache tables', () => {
  it('appends the new rows of a run that only adds, leaving the earlier lines as they were', () => {
    withCache((dir, path) => {
      const first = AnalysisCache.forCorpus(dir);
      first.readTable('things', isNumber);
      first.writeTable('things', new Map([['a', 1], ['b', 2]]));
      const written = readFileSync(path, 'utf8');
      // The same file throughout (a table written anew is a new file renamed into place).
      const inode = statSync(path).ino;
      expect(lines(path)).toHaveLength(2);
      const second = AnalysisCache.forCorpus(dir);
      const table = second.readTable('things', isNumber);
      expect([...table]).toEqual([['a', 1], ['b', 2]]);
      table.set('c', 3);
      second.writeTable('things', table);
      expect(statSync(path).ino).toBe(inode);
      const after = readFileSync(path, 'utf8');
      expect(after.startsWith(written)).toBe(true);
      expect(lines(path)).toHaveLength(3);
      expect([...AnalysisCache.forCorpus(dir).readTable('things', isNumber)]).toEqual([['a', 1], ['b', 2], ['c', 3]]);
      // Nothing new: nothing written.
      const mtime = statSync(path).mtimeMs;
      const third = AnalysisCache.forCorpus(dir);
      third.writeTable('things', third.readTable('things', isNumber));
      expect(statSync(path).mtimeMs).toBe(mtime);
      expect(readFileSync(path, 'utf8')).toBe(after);
      expect(statSync(path).ino).toBe(inode);
    });
  });

  it('writes the table anew when a row is dropped or changed', () => {
    withCache((dir, path) => {
      const first = AnalysisCache.forCorpus(dir);
      first.readTable('things', isNumber);
      first.writeTable('things', new Map([['a', 1], ['b', 2], ['c', 3]]));
      const dropping = AnalysisCache.forCorpus(dir);
      const table = dropping.readTable('things', isNumber);
      table.delete('b');
      const inode = statSync(path).ino;
      dropping.writeTable('things', table);
      expect(statSync(path).ino).not.toBe(inode);
      expect(lines(path)).toHaveLength(2);
      const changing = AnalysisCache.forCorpus(dir);
      const again = changing.readTable('things', isNumber);
      again.set('a', 10);
      changing.writeTable('things', again);
      expect(lines(path)).toHaveLength(2);
      expect([...AnalysisCache.forCorpus(dir).readTable('things', isNumber)]).toEqual([['a', 10], ['c', 3]]);
    });
  });

  it('writes the table anew when the file held a torn or foreign line', () => {
    withCache((dir, path) => {
      const first = AnalysisCache.forCorpus(dir);
      first.readTable('things', isNumber);
      first.writeTable('things', new Map([['a', 1]]));
      // A line cut short by a killed run, with no line end: an appended row would be glued to it.
      appendFileSync(path, '0123456789abcdef\t{"schema":5,"ke');
      const second = AnalysisCache.forCorpus(dir);
      const table = second.readTable('things', isNumber);
      expect([...table]).toEqual([['a', 1]]);
      table.set('b', 2);
      second.writeTable('things', table);
      expect(lines(path)).toHaveLength(2);
      expect([...AnalysisCache.forCorpus(dir).readTable('things', isNumber)]).toEqual([['a', 1], ['b', 2]]);
      writeFileSync(path, 'garbage\n');
      const third = AnalysisCache.forCorpus(dir);
      const fresh = third.readTable('things', isNumber);
      expect(fresh.size).toBe(0);
      fresh.set('z', 26);
      third.writeTable('things', fresh);
      expect(lines(path)).toHaveLength(1);
    });
  });
});
