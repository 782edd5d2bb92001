// `framelens report`: analyse a corpus (in parallel, from the cache where possible), group it into
// stories and write one Markdown report per story of two or more articles, plus index.md.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { loadLexicons } from '../lexicon/load.js';
import { listCorpus, readManifest } from '../corpus/store.js';
import { writeFileAtomically } from '../corpus/cache.js';
import { compareStory, groupArticles } from '../compare/index.js';
import type { StoryGroup } from '../compare/index.js';
import { indexMarkdown, storyMarkdown, storyTitle, STORY_HEADING } from '../report/markdown.js';
import { articleRecord } from '../report/json.js';
import type { CorpusRun, Failure } from '../run/corpus-run.js';
import { progressReporter } from './progress.js';
import { jobsFor } from './options.js';
import { EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK } from './exit-codes.js';

export interface ReportOptions {
  out: string;
  lexicon: string[];
  json?: boolean;
  quiet?: boolean;
  jobs?: number;
  cache: boolean;
  minSimilarity?: number;
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

function prepareOut(out: string): void {
  try {
    mkdirSync(out, { recursive: true });
    if (!statSync(out).isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(out, code === 'EEXIST' || code === 'ENOTDIR' ? 'is a file, not a directory; give --out a directory' : `cannot create the output directory (${code ?? 'unknown error'})`);
  }
}

/** Story reports of an earlier run that this run does not write again (only files framelens wrote), and temporary files a killed run left. */
function removeStale(dir: string, keep: ReadonlySet<string>): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (/\.tmp-\d+-[a-z0-9]+$/.test(name)) rmSync(path, { force: true });
    if (!name.endsWith('.md') || keep.has(name) || !statSync(path).isFile()) continue;
    if (readFileSync(path, 'utf8').startsWith(STORY_HEADING)) rmSync(path);
  }
}

const fileOf = (group: StoryGroup) => `${group.slug}.md`;

/** Writes a report file; a folder that cannot be written is the user's to fix (exit 2), not a bug. */
function writeReport(path: string, text: string): void {
  try {
    writeFileAtomically(path, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!code) throw error;
    throw new InputError(path, `cannot write the report (${code})`);
  }
}

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0];

/**
 * Writes the story reports that changed since the last run with the same output folder. A story that
 * cannot be compared or written costs only that story: its articles are returned as failures (internal
 * error) and the other stories are written.
 */
function writeStories(run: CorpusRun, groups: StoryGroup[], out: string, json: boolean): { written: number; kept: number; failures: Failure[]; failed: Set<StoryGroup> } {
  const track = run.tracking(resolve(out));
  let written = 0;
  let kept = 0;
  let printed = 0;
  const failures: Failure[] = [];
  const failed = new Set<StoryGroup>();
  if (json) process.stdout.write('{"stories":[');
  for (const group of groups.filter((g) => g.members.length > 1)) {
    let outcome: { written: boolean; printed: boolean };
    try {
      outcome = writeStory(run, group, out, json, track, printed, false);
    } catch (error) {
      if (error instanceof InputError) throw error;
      try {
        // A cached analysis can be whole in shape and still wrong for this version of the code: the
        // members are analysed again from their files before the story is given up.
        outcome = writeStory(run, group, out, json, track, printed, true);
      } catch (again) {
        if (again instanceof InputError) throw again;
        failed.add(group);
        for (const i of group.members) failures.push({ file: run.articles[i].file, status: 'crashed', message: `${run.articles[i].file}: internal error while writing the report of story ${group.slug}: ${firstLine(again)}` });
        continue;
      }
    }
    if (outcome.printed) printed += 1;
    if (outcome.written) written += 1;
    else kept += 1;
  }
  if (json) process.stdout.write(']}\n');
  return { written, kept, failures, failed };
}

/** One story report: compared, printed as JSON when asked, and written unless it has not changed. */
function writeStory(run: CorpusRun, group: StoryGroup, out: string, json: boolean, track: ReturnType<CorpusRun['tracking']>, printed: number, fresh: boolean): { written: boolean; printed: boolean } {
  const members = group.members.map((i) => run.articles[i]);
  const path = join(out, fileOf(group));
  // The report depends on the member analyses (keys), the manifest's words on them and the grouping.
  const key = sha(JSON.stringify([group.slug, group.keywords, members.map((a) => [a.key, a.summary.outlet, a.summary.published, run.snapshot.manifest.get(basename(a.file)) ?? null])]));
  const known = track.get(fileOf(group));
  let unchanged = false;
  if (known?.key === key) {
    try {
      unchanged = sha(readFileSync(path, 'utf8')) === known.sha;
    } catch {
      unchanged = false;
    }
  }
  if (unchanged && !json) return { written: false, printed: false };
  const story = compareStory(group, members.map((a) => run.load(a, { fresh })));
  // Everything that can fail on the articles' data happens before anything is printed or written.
  const record = json ? JSON.stringify({ slug: story.slug, title: storyTitle(story), file: path, articles: story.articles.map(articleRecord) }) : '';
  const text = unchanged ? '' : storyMarkdown(story);
  if (json) process.stdout.write(`${printed ? ',' : ''}${record}`);
  if (unchanged) return { written: false, printed: json };
  writeReport(path, text);
  track.set(fileOf(group), { key, sha: sha(text) });
  return { written: true, printed: json };
}

export async function runReport(corpus: string, opts: ReportOptions): Promise<number> {
  const started = performance.now();
  loadLexicons(opts.lexicon); // a bad lexicon stops the run before any work, in one line
  const files = listCorpus(corpus);
  readManifest(corpus); // so does a broken manifest, before the output folder is created
  prepareOut(opts.out);
  // The analysis machinery (cheerio, wink, workers) is loaded only once the input has been checked.
  const { runCorpus } = await import('../run/corpus-run.js');
  const progress = progressReporter(opts.quiet);
  const run = await runCorpus(corpus, {
    jobs: jobsFor(opts.jobs, files.length),
    lexicons: opts.lexicon,
    useCache: opts.cache,
    onProgress: progress && ((phase, done, total) => progress(phase, done, total)),
    onWarning: (m) => process.stderr.write(`framelens: ${m}\n`),
  });
  const failures = [...run.failures];
  try {
    for (const f of run.failures) process.stderr.write(`framelens: ${f.message}\n`);
    const groups = groupArticles(run.articles.map((a) => a.summary), { minSimilarity: opts.minSimilarity });
    const { written, kept, failures: storyFailures, failed } = writeStories(run, groups, opts.out, opts.json === true);
    for (const f of storyFailures) process.stderr.write(`framelens: ${f.message}\n`);
    failures.push(...storyFailures);
    const shown = groups.filter((g) => !failed.has(g));
    const stories = shown.map((g) => ({ title: g.keywords.length ? g.keywords.join(', ') : g.slug, file: g.members.length > 1 ? fileOf(g) : null, articles: g.members.map((i) => run.articles[i].summary) }));
    writeReport(join(opts.out, 'index.md'), indexMarkdown(stories, failures));
    removeStale(opts.out, new Set([...shown.filter((g) => g.members.length > 1).map(fileOf), 'index.md']));
    if (!opts.quiet) {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const reported = groups.filter((g) => g.members.length > 1).length;
      const notAnalysed = failures.length ? `, ${failures.length} not analysed` : '';
      process.stderr.write(`framelens: ${run.articles.length} articles (${run.analysed} analysed, ${run.reused} from the cache${notAnalysed}), ${reported} stor${reported === 1 ? 'y' : 'ies'} of two or more (${written} written, ${kept} unchanged) -> ${join(opts.out, 'index.md')} (${seconds} s)\n`);
    }
  } finally {
    run.close();
  }
  if (failures.some((f) => f.status === 'crashed')) return EXIT_INTERNAL;
  return failures.length ? EXIT_BAD_INPUT : EXIT_OK;
}
