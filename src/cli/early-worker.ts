// The first worker of a corpus run, started before the command loads its own code (see
// `prestartWorker`): about a tenth of a second of loading that the worker's start no longer waits for.
import { readdirSync } from 'node:fs';
import { extname } from 'node:path';
import { ARTICLE_EXTENSIONS } from '../corpus/store.js';
import { prestartWorker } from '../run/pool.js';
import { jobsFor } from './options.js';

/**
 * Starts a worker when the run will have workers (`jobsFor` of the corpus's article files, counted as
 * `openCorpus` counts them); anything unreadable is left for the command to report.
 */
export function startWorkerEarly(corpus: string, opts: { jobs?: number; lexicon: string[]; actors?: string[] }): void {
  let count: number;
  try {
    count = readdirSync(corpus).filter((n) => ARTICLE_EXTENSIONS.has(extname(n).toLowerCase()) && !n.startsWith('.')).length;
  } catch {
    return;
  }
  if (jobsFor(opts.jobs, count) > 1) prestartWorker({ lexicons: opts.lexicon, actors: opts.actors ?? [] });
}
