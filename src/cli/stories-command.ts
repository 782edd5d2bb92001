// `framelens stories`: how the corpus groups into stories, without writing reports.
import { groupArticles, prepareGrouping } from '../compare/grouping.js';
import type { GroupingPreparation } from '../compare/grouping.js';
import { loadLexicons } from '../lexicon/load.js';
import { checkActorsFiles } from '../actors/data.js';
import { listCorpus } from '../corpus/store.js';
import { articleId } from '../compare/ids.js';
import { progressReporter } from './progress.js';
import { jobsFor } from './options.js';
import { EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK } from './exit-codes.js';

export interface StoriesOptions {
  corpus: string;
  json?: boolean;
  quiet?: boolean;
  jobs?: number;
  cache: boolean;
  lexicon: string[];
  actors?: string[];
  minSimilarity?: number;
}

export async function runStories(opts: StoriesOptions): Promise<number> {
  loadLexicons(opts.lexicon);
  checkActorsFiles(opts.actors ?? []);
  const files = listCorpus(opts.corpus);
  const { runCorpus } = await import('../run/corpus-run.js');
  const progress = progressReporter(opts.quiet);
  let prepared: GroupingPreparation | undefined;
  const run = await runCorpus(opts.corpus, { jobs: jobsFor(opts.jobs, files.length), lexicons: opts.lexicon, actors: opts.actors ?? [], useCache: opts.cache, onProgress: progress, onWarning: (m) => process.stderr.write(`framelens: ${m}\n`), whileAnalysing: (known) => (prepared = prepareGrouping(known)) });
  try {
    for (const f of run.failures) process.stderr.write(`framelens: ${f.message}\n`);
    const groups = groupArticles(run.articles.map((a) => a.summary), { minSimilarity: opts.minSimilarity }, prepared);
    const stories = groups.map((g) => ({ story: g.slug, title: g.keywords.length ? g.keywords.join(', ') : g.slug, articles: g.members.map((i) => run.articles[i].file) }));
    if (opts.json) process.stdout.write(`${JSON.stringify(stories)}\n`);
    else {
      const lines: string[] = [];
      for (const [n, g] of groups.entries()) {
        lines.push(`${stories[n].story} (${g.members.length} article${g.members.length === 1 ? '' : 's'})`);
        for (const i of g.members) {
          const a = run.articles[i].summary;
          lines.push(`  [${articleId(a.file)}] ${a.outlet ?? '—'} · ${a.published ?? '—'} · ${a.headline ?? a.lead.slice(0, 80)}`);
        }
      }
      process.stdout.write(`${lines.join('\n')}\n`);
    }
    if (!opts.quiet) process.stderr.write(`framelens: ${run.articles.length} articles in ${groups.length} stor${groups.length === 1 ? 'y' : 'ies'}, ${groups.filter((g) => g.members.length > 1).length} with two or more articles\n`);
  } finally {
    await run.close();
  }
  if (run.failures.some((f) => f.status === 'crashed')) return EXIT_INTERNAL;
  return run.failures.length ? EXIT_BAD_INPUT : EXIT_OK;
}
