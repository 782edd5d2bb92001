// `framelens compare FILE...`: exactly these articles as one story, without grouping. Writes the same
// story report as `report` (Markdown to --out or stdout) or, with --json, the story record on stdout.
// A file that cannot be read gets one line on stderr; the comparison needs two readable articles.
import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { dateProblem } from '../corpus/date-problem.js';
import { InputError } from '../errors.js';
import { toIsoDate } from '../dates.js';
import { loadLexicons } from '../lexicon/load.js';
import { checkActorsFiles } from '../actors/data.js';
import { writeFileAtomically } from '../corpus/cache.js';
import { applyManifest, withEventDay } from '../corpus/overlay.js';
import { articleId, slugify } from '../compare/ids.js';
import { compareStory, storyKeywords } from '../compare/index.js';
import { storyMarkdown } from '../report/markdown.js';
import { storyFiles } from '../report/outputs.js';
import { storyRecord } from '../report/story-json.js';
import type { ArticleAnalysis } from '../analyze/index.js';
import { scanFiles } from '../run/corpus-run.js';
import { createPool } from '../run/pool.js';
import type { AnalyzeTask } from '../run/tasks.js';
import { progressReporter } from './progress.js';
import { jobsFor } from './options.js';
import { manifestEntries } from './extract-command.js';
import { EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK } from './exit-codes.js';

export interface CompareOptions {
  json?: boolean;
  out?: string;
  /** The event's day, for articles with no date of their own (--date). */
  date?: string;
  lexicon: string[];
  /** Extra actors files (--actors). */
  actors?: string[];
  quiet?: boolean;
  jobs?: number;
}

/** Whether two paths name one file (`a.txt` and `./a.txt`); false when either cannot be resolved. */
function sameFile(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/**
 * Refuses an --out the report could not be written to, before any article is analysed: a folder, or
 * a name in a folder that does not exist (found only after the whole run otherwise).
 */
function checkOutFile(out: string): void {
  if (existsSync(out) && statSync(out).isDirectory()) throw new InputError(out, 'is a directory; give --out a file name, such as story.html or story.md');
  const folder = dirname(out);
  if (!existsSync(folder)) throw new InputError(out, `no such folder ${folder}`);
  if (!statSync(folder).isDirectory()) throw new InputError(out, `${folder} is not a folder`);
}

export async function runCompare(files: string[], opts: CompareOptions): Promise<number> {
  loadLexicons(opts.lexicon);
  checkActorsFiles(opts.actors ?? []); // a bad actors file stops the run before any work, in one line
  if (files.length < 2) throw new InputError('compare', 'needs at least two article files');
  const eventDay = opts.date === undefined ? null : toIsoDate(opts.date);
  if (opts.date !== undefined && !eventDay) throw new InputError('--date', dateProblem(opts.date));
  // Reports cite articles by their short id, so two files with one id could not be told apart.
  const seen = new Map<string, string>();
  for (const file of files) {
    const id = articleId(file);
    const other = seen.get(id);
    if (other !== undefined) throw new InputError(file, other === file ? 'given twice' : sameFile(other, file) ? `given twice (also as ${other})` : `has the same name as ${other}; reports cite articles by file name, so rename one`);
    seen.set(id, file);
  }
  if (opts.out) checkOutFile(opts.out);
  let warnings = 0;
  const entries = manifestEntries(files, (message) => {
    warnings += 1;
    process.stderr.write(`framelens: ${message}\n`);
  });
  const progress = progressReporter(opts.quiet);
  const pool = createPool({ jobs: jobsFor(opts.jobs, files.length) });
  const analyses = new Map<number, ArticleAnalysis>();
  let refused = 0;
  let crashed = 0;
  const fail = (status: string, message: string) => {
    process.stderr.write(`${progress ? '\r\x1b[K' : ''}framelens: ${message}\n`);
    if (status === 'crashed') crashed += 1;
    else refused += 1;
  };
  try {
    const scanned = await scanFiles(files, { pool, onProgress: progress && ((d, t) => progress('reading', d, t)) });
    for (const f of [...scanned.failures.keys()].sort((a, b) => a - b)) fail(scanned.failures.get(f)!.status, scanned.failures.get(f)!.message);
    const tasks: AnalyzeTask[] = scanned.readable.map((i) => ({ kind: 'analyze', file: files[i], repeated: scanned.repeatedIn(i), lexicons: opts.lexicon, actors: opts.actors ?? [], recordPath: null, key: null, output: 'record', manifest: entries[i], bytes: scanned.takeBytes(i) }));
    let done = 0;
    await pool.run(tasks, (k, result) => {
      const i = scanned.readable[k];
      if (result.status === 'analyzed' && result.record) analyses.set(i, withEventDay(applyManifest(result.record, entries[i]), eventDay));
      else if (result.status === 'refused' || result.status === 'crashed') fail(result.status, result.message);
      progress?.('analysing', (done += 1), tasks.length);
    });
  } finally {
    await pool.close();
  }
  const members = files.map((_, i) => analyses.get(i)).filter((a): a is ArticleAnalysis => a !== undefined);
  if (members.length < 2) {
    process.stderr.write(`framelens: compare: ${members.length === 0 ? 'no article' : 'only one article'} could be analysed; a comparison needs two\n`);
    return crashed ? EXIT_INTERNAL : EXIT_BAD_INPUT;
  }
  const keywords = storyKeywords(members);
  const story = compareStory({ slug: slugify(keywords), keywords }, members);
  // The Markdown of `report` embeds chart files; a single file cannot, so compare's Markdown has the
  // tables only, and `--out x.html` writes the self-contained page, charts inline, as `report` does.
  const markdown = storyMarkdown(story, []);
  if (opts.out) {
    const page = /\.html?$/i.test(opts.out) ? storyFiles(story).find((f) => f.name.endsWith('.html'))!.text : markdown;
    try {
      writeFileAtomically(opts.out, page);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (!code) throw error;
      throw new InputError(opts.out, `cannot write the report (${code})`);
    }
  }
  if (opts.json) process.stdout.write(`${JSON.stringify(storyRecord(story, opts.out ?? null))}\n`);
  else if (!opts.out) process.stdout.write(markdown);
  if (!opts.quiet && opts.out) process.stderr.write(`framelens: ${members.length} articles compared -> ${opts.out}\n`);
  if (crashed) return EXIT_INTERNAL;
  return refused || warnings ? EXIT_BAD_INPUT : EXIT_OK;
}

