import { mkdirSync } from 'node:fs';
import { InputError } from '../errors.js';
import { addToCorpus } from '../corpus/add.js';

export function runAdd(files: string[], opts: { corpus: string; dryRun?: boolean; json?: boolean; quiet?: boolean }): void {
  try {
    if (!opts.dryRun) mkdirSync(opts.corpus, { recursive: true });
  } catch (error) {
    throw new InputError(opts.corpus, `cannot create the corpus directory (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
  const outcomes = addToCorpus(files, opts.corpus, { dryRun: opts.dryRun });
  const lines = outcomes.map((o) => (opts.json ? JSON.stringify(o) : o.status === 'added' ? `${opts.dryRun ? 'would add' : 'added'} ${o.target} <- ${o.source}` : `skipped ${o.source}: same article as ${o.target}`));
  process.stdout.write(`${lines.join('\n')}\n`);
  if (!opts.quiet) {
    const added = outcomes.filter((o) => o.status === 'added').length;
    process.stderr.write(`framelens: ${added} added, ${outcomes.length - added} duplicate${outcomes.length - added === 1 ? '' : 's'} skipped${opts.dryRun ? ' (dry run: nothing written)' : ''}\n`);
  }
}
