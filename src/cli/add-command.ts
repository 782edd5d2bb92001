// `framelens add FILE... | -`: copies articles into the corpus with their metadata; all or nothing.
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { InputError } from '../errors.js';
import { STDIN, addToCorpus } from '../corpus/add.js';
import type { GivenMeta } from '../corpus/add.js';
import { EXIT_OK } from './exit-codes.js';

export interface AddCommandOptions extends GivenMeta {
  corpus: string;
  dryRun?: boolean;
  json?: boolean;
  quiet?: boolean;
}

function prepareCorpus(dir: string, dryRun: boolean | undefined): void {
  try {
    if (!dryRun) mkdirSync(dir, { recursive: true });
    if (!dryRun && !statSync(dir).isDirectory()) throw Object.assign(new Error(), { code: 'ENOTDIR' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(dir, code === 'EEXIST' || code === 'ENOTDIR' ? 'is a file, not a corpus directory' : `cannot create the corpus directory (${code ?? 'unknown error'})`);
  }
}

export function runAdd(files: string[], opts: AddCommandOptions): number {
  prepareCorpus(opts.corpus, opts.dryRun);
  const stdin = files.includes(STDIN) ? readFileSync(0) : undefined;
  const outcomes = addToCorpus(files, opts.corpus, {
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
