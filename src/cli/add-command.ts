// `framelens add FILE... | -`: copies articles into the corpus with their metadata; all or nothing.
import { statSync } from 'node:fs';
import { relative } from 'node:path';
import { InputError } from '../errors.js';
import { STDIN, addToCorpus } from '../corpus/add.js';
import type { AddSource, GivenMeta } from '../corpus/add.js';
import { readImportList } from '../corpus/import-list.js';
import { EXIT_OK } from './exit-codes.js';
import { readStdin } from './stdin.js';

export interface AddCommandOptions extends GivenMeta {
  corpus: string;
  /** A JSON Lines list of articles with their own metadata. */
  from?: string;
  dryRun?: boolean;
  json?: boolean;
  quiet?: boolean;
}

/** A corpus path that exists must be a directory; one that does not is created by `add` once every file has been checked. */
function checkCorpus(dir: string): void {
  let isDirectory = true;
  try {
    isDirectory = statSync(dir).isDirectory();
  } catch {
    return;
  }
  if (!isDirectory) throw new InputError(dir, 'is a file, not a corpus directory');
}

export function runAdd(files: string[], opts: AddCommandOptions): number {
  checkCorpus(opts.corpus);
  const sources: AddSource[] = [...files, ...(opts.from ? readImportList(opts.from) : [])];
  if (sources.length === 0) throw new InputError('add', 'name the article files to add, - for standard input, or --from LIST');
  const stdin = files.includes(STDIN) ? readStdin() : undefined;
  const outcomes = addToCorpus(sources, opts.corpus, {
    dryRun: opts.dryRun,
    stdin,
    meta: { outlet: opts.outlet, url: opts.url, date: opts.date, lean: opts.lean },
    onWait: (pid) => {
      if (!opts.quiet) process.stderr.write(`framelens: waiting for another framelens process (pid ${pid}) to finish with ${opts.corpus}\n`);
    },
  });
  const shown = (path: string) => relative(process.cwd(), path) || path;
  const lines = outcomes.map((o) => {
    if (opts.json) return JSON.stringify({ source: o.source, status: o.status, target: o.target, ...(o.entry ? { entry: o.entry } : {}) });
    if (o.status === 'duplicate') return `skipped ${o.source}: same article as ${shown(o.target)}`;
    const e = o.entry!;
    const facts = [e.outlet && `outlet ${e.outlet}`, e.published && `published ${e.published}`, e.lean && `lean ${e.lean}`].filter(Boolean).join(', ');
    return `${opts.dryRun ? 'would add' : 'added'} ${shown(o.target)} <- ${o.source}${facts ? ` (${facts})` : ''}`;
  });
  process.stdout.write(`${lines.join('\n')}\n`);
  if (!opts.quiet) {
    const added = outcomes.filter((o) => o.status === 'added').length;
    process.stderr.write(`framelens: ${added} added, ${outcomes.length - added} duplicate${outcomes.length - added === 1 ? '' : 's'} skipped${opts.dryRun ? ' (dry run: nothing written)' : ''}\n`);
  }
  return EXIT_OK;
}
