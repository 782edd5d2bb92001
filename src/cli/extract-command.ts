// `framelens extract FILE... | -`: one result per file, printed in the order given as soon as it is ready.
// A file that cannot be read gets one line on stderr and the others go on (exit 2 at the end; 3 when
// framelens itself failed on a file).
import { basename, dirname } from 'node:path';
import { InputError } from '../errors.js';
import { loadLexicons } from '../lexicon/load.js';
import { checkActorsFiles } from '../actors/data.js';
import { readManifest } from '../corpus/store.js';
import { STDIN, STDIN_LABEL } from '../corpus/add.js';
import type { ManifestEntry } from '../corpus/manifest.js';
import { scanFiles } from '../run/corpus-run.js';
import type { Failure } from '../run/corpus-run.js';
import { createPool } from '../run/pool.js';
import type { TaskPool } from '../run/pool.js';
import type { AnalyzeTask, TaskResult } from '../run/tasks.js';
import { progressReporter } from './progress.js';
import { jobsFor } from './options.js';
import { readStdin } from './stdin.js';
import { EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK } from './exit-codes.js';

export interface ExtractOptions {
  json?: boolean;
  lexicon: string[];
  /** Extra actors files (--actors). */
  actors?: string[];
  quiet?: boolean;
  jobs?: number;
}

/**
 * The manifest entry of each file, from the manifest of the folder it is in (when there is one). The
 * manifest only adds the outlet and date the user gave, so a broken one is reported (once) and left out,
 * and the articles are still analysed.
 */
export function manifestEntries(files: readonly string[], warn: (message: string) => void): (ManifestEntry | undefined)[] {
  const byDir = new Map<string, Map<string, ManifestEntry>>();
  return files.map((file) => {
    const dir = dirname(file);
    if (!byDir.has(dir)) {
      let entries: ManifestEntry[] = [];
      try {
        entries = readManifest(dir);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        warn(`${error.message}; analysing the articles of ${dir} without it`);
      }
      byDir.set(dir, new Map(entries.map((e) => [e.file, e])));
    }
    return byDir.get(dir)!.get(basename(file));
  });
}

export async function runExtract(given: string[], opts: ExtractOptions): Promise<number> {
  if (given.filter((f) => f === STDIN).length > 1) throw new InputError(STDIN_LABEL, 'standard input can be given only once');
  loadLexicons(opts.lexicon);
  checkActorsFiles(opts.actors ?? []); // a bad actors file stops the run before any work, in one line
  // `-` is the article on standard input, named <stdin> in the output and in errors, as `add -` names it.
  const stdinAt = given.indexOf(STDIN);
  const files = given.map((f) => (f === STDIN ? STDIN_LABEL : f));
  const stdin = stdinAt >= 0 ? new Map([[stdinAt, readStdin()]]) : undefined;
  let warnings = 0;
  const onDisk = manifestEntries(files.filter((_, i) => i !== stdinAt), (message) => {
    warnings += 1;
    process.stderr.write(`framelens: ${message}\n`);
  });
  // Standard input has no folder, so no manifest.
  const entries = stdinAt >= 0 ? [...onDisk.slice(0, stdinAt), undefined, ...onDisk.slice(stdinAt)] : onDisk;
  const jobs = jobsFor(opts.jobs, files.length);
  const pool = createPool({ jobs });
  try {
    const code = await extractWith(pool, files, entries, opts, stdin);
    return code === EXIT_OK && warnings > 0 ? EXIT_BAD_INPUT : code;
  } finally {
    await pool.close();
  }
}

async function extractWith(pool: TaskPool, files: string[], entries: (ManifestEntry | undefined)[], opts: ExtractOptions, stdin: ReadonlyMap<number, Buffer> | undefined): Promise<number> {
  const progress = progressReporter(opts.quiet);
  const scanned = await scanFiles(files, { pool, given: stdin, onProgress: progress && ((d, t) => progress('reading', d, t)) });
  const results = new Map<number, TaskResult | Failure>(scanned.failures);
  const tasks: AnalyzeTask[] = scanned.readable.map((i) => ({ kind: 'analyze', file: files[i], repeated: scanned.repeatedIn(i), lexicons: opts.lexicon, actors: opts.actors ?? [], recordPath: null, key: null, output: opts.json ? 'json' : 'text', manifest: entries[i], bytes: scanned.takeBytes(i) }));
  let next = 0;
  let printed = 0;
  let refused = 0;
  let crashed = 0;
  // Results arrive in any order; print them in the order the files were given.
  const flush = () => {
    while (results.has(next)) {
      const r = results.get(next)!;
      results.delete(next);
      next += 1;
      if ('output' in r && r.output !== undefined) {
        process.stdout.write(opts.json ? `${r.output}\n` : `${printed ? '\n' : ''}${r.output}\n`);
        printed += 1;
      } else if (r.status === 'refused' || r.status === 'crashed') {
        process.stderr.write(`${progress ? '\r\x1b[K' : ''}framelens: ${r.message}\n`);
        if (r.status === 'refused') refused += 1;
        else crashed += 1;
      }
    }
  };
  flush();
  let done = 0;
  await pool.run(tasks, (k, result) => {
    tasks[k].bytes = undefined;
    results.set(scanned.readable[k], result);
    flush();
    progress?.('analysing', (done += 1), tasks.length);
  });
  flush();
  if (crashed) return EXIT_INTERNAL;
  return refused ? EXIT_BAD_INPUT : EXIT_OK;
}
