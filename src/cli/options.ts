// Parsers for option values shared by several commands; a bad value is a one-line usage error.
import { availableParallelism } from 'node:os';
import { InvalidArgumentError } from 'commander';
import { leanOf, OUTLET_LEANS } from '../corpus/manifest.js';
import type { OutletLean } from '../corpus/manifest.js';

/** --jobs: worker threads (default: one per core). */
export function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('expected a whole number of worker threads from 1 to 64.');
  return n;
}

export const defaultJobs = (): number => availableParallelism();

/** Worker threads for `files` articles: starting a worker costs a model load, so small runs use fewer. */
export function jobsFor(requested: number | undefined, files: number): number {
  if (requested !== undefined) return Math.max(1, Math.min(requested, files));
  // About 20 articles pay for one worker's start-up; below that the main thread is faster.
  return Math.max(1, Math.min(defaultJobs(), Math.ceil(files / 20)));
}

/** --min-similarity: the story grouping threshold. */
export function parseSimilarity(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n >= 1) throw new InvalidArgumentError('expected a number between 0 and 1 (exclusive).');
  return n;
}

export const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** --lean: the outlet's lean as the user rates it; "Left" and " right " read as left and right. */
export function parseLean(value: string): OutletLean {
  const lean = leanOf(value);
  if (!lean) throw new InvalidArgumentError(`expected ${OUTLET_LEANS.join(', ')}.`);
  return lean;
}
