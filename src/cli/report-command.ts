// `framelens report`: analyse a corpus (in parallel, from the cache where possible), group it into
// stories and write one Markdown report per story of two or more articles, plus index.md.
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { loadLexicons } from '../lexicon/load.js';
import { checkActorsFiles } from '../actors/data.js';
import { openCorpus } from '../corpus/store.js';
import { writeFileAtomically } from '../corpus/cache.js';
import { groupArticles, prepareGrouping } from '../compare/grouping.js';
import type { GroupingPreparation } from '../compare/grouping.js';
import type { StoryGroup } from '../compare/grouping.js';
import type { StoryPosition } from '../report/framing-section.js';
import { indexMarkdown } from '../report/markdown.js';
import { indexHtml } from '../report/html/index-page.js';
import { filesSha, isStoryReportFile, storyFileNames } from '../report/outputs.js';
import type { PageStats, StoryTask, TaskResult } from '../run/tasks.js';
import type { CorpusRun, Failure } from '../run/corpus-run.js';
import { progressReporter } from './progress.js';
import type { ProgressReporter } from './progress.js';
import { jobsFor } from './options.js';
import { EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK } from './exit-codes.js';

export interface ReportOptions {
  out: string;
  lexicon: string[];
  actors?: string[];
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
    if (!/\.(md|html|svg)$/.test(name) || keep.has(name) || !statSync(path).isFile()) continue;
    if (isStoryReportFile(name, readHead(path))) rmSync(path);
  }
}

/** The first bytes of a file: enough to tell whether framelens wrote it. */
function readHead(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(256);
    return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0)).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

const fileOf = (group: StoryGroup) => `${group.slug}.md`;

/** The hash of a story's report files as they are on disk, or null when one is missing. */
function shaOnDisk(out: string, group: StoryGroup): string | null {
  try {
    return filesSha(storyFileNames(group.slug).map((name) => ({ name, text: readFileSync(join(out, name), 'utf8') })));
  } catch {
    return null;
  }
}

/**
 * What a story's report files are on disk without reading them: size, inode and change time of each
 * (null when one is missing). Any write or replacement of a file changes its change time, which no
 * user command can set back; so while the stamp is the one recorded when the files last matched their
 * hash, they still do. Reading and hashing every report of a 10,000-article corpus to learn that
 * nothing changed was a quarter of a second `report` (4.7 s of 17.5 s).
 */
function stampOnDisk(out: string, slug: string): string | null {
  try {
    return storyFileNames(slug).map((name) => {
      const s = statSync(join(out, name), { bigint: true });
      return `${s.size}:${s.ino}:${s.ctimeNs}`;
    }).join(' ');
  } catch {
    return null;
  }
}

/**
 * Writes the story reports that changed since the last run into the same folder, on the run's workers.
 * A story that cannot be compared or written costs only that story: its articles are returned as
 * failures (internal error) and the other stories are written; a folder that cannot be written is the
 * user's to fix (refused, exit 2).
 */
async function writeStories(run: CorpusRun, groups: StoryGroup[], out: string, json: boolean, lexicons: string[], progress?: ProgressReporter, actors: string[] = []): Promise<{ written: number; kept: number; failures: Failure[]; failed: Set<StoryGroup>; pages: PageStats; positions: Map<StoryGroup, StoryPosition[]> }> {
  const pages: PageStats = { renderMs: { charts: 0, markdown: 0, html: 0 }, writeMs: { md: 0, html: 0, svg: 0 }, bytes: { md: 0, html: 0, svg: 0 } };
  const add = <T extends object>(into: T, from: T) => {
    for (const k of Object.keys(from) as (keyof T)[]) (into[k] as number) += from[k] as number;
  };
  const track = run.tracking(resolve(out));
  const tasks: StoryTask[] = [];
  const taskGroups: StoryGroup[] = [];
  const keys: string[] = [];
  const positions = new Map<StoryGroup, StoryPosition[]>();
  let kept = 0;
  for (const group of groups.filter((g) => g.members.length > 1)) {
    const members = group.members.map((i) => run.articles[i]);
    const manifest = members.map((a) => run.snapshot.manifest.get(basename(a.file)));
    // The report depends on the member analyses (keys), the manifest's words on them and the grouping.
    const key = sha(JSON.stringify([group.slug, group.keywords, members.map((a, i) => [a.key, manifest[i] ?? null])]));
    const known = track.get(fileOf(group));
    let unchanged = false;
    if (known?.key === key) {
      const stamp = stampOnDisk(out, group.slug);
      unchanged = stamp !== null && stamp === known.stamp;
      if (!unchanged && stamp !== null && shaOnDisk(out, group) === known.sha) {
        unchanged = true;
        // Untouched after all (copied, say): the next run trusts the new stamp.
        track.set(fileOf(group), { key, sha: known.sha, stamp });
      }
    }
    if (unchanged) kept += 1;
    // A tracking row from before positions were kept: compared once more (not written) for the index.
    if (unchanged && !json && known?.positions) {
      positions.set(group, known.positions);
      continue;
    }
    tasks.push({
      kind: 'story', file: join(out, fileOf(group)), slug: group.slug, keywords: group.keywords, lexicons, actors, json, write: !unchanged,
      members: members.map((a, i) => ({ file: a.file, key: a.key, ...run.recordOf(a), manifest: manifest[i] })),
    });
    taskGroups.push(group);
    keys.push(key);
  }
  const results = new Map<number, TaskResult>();
  let next = 0;
  let printed = 0;
  let written = 0;
  let done = 0;
  const failures: Failure[] = [];
  const failed = new Set<StoryGroup>();
  let refusal: InputError | null = null;
  if (json) process.stdout.write('{"stories":[');
  await run.pool.run(tasks, (k, result) => {
    results.set(k, result);
    progress?.('writing stories', (done += 1), tasks.length);
    // Stories print in corpus order, whatever order the workers finish in.
    for (let r = results.get(next); r !== undefined; r = results.get(next)) {
      results.delete(next);
      const group = taskGroups[next];
      if (r.status === 'written') {
        if (r.pages) {
          add(pages.renderMs, r.pages.renderMs);
          add(pages.writeMs, r.pages.writeMs);
          add(pages.bytes, r.pages.bytes);
        }
        positions.set(group, r.positions);
        if (r.sha) {
          track.set(fileOf(group), { key: keys[next], sha: r.sha, stamp: stampOnDisk(out, group.slug) ?? undefined, positions: r.positions });
          written += 1;
        } else {
          const known = track.get(fileOf(group));
          if (known?.key === keys[next]) track.set(fileOf(group), { ...known, positions: r.positions });
        }
        if (json && r.json) process.stdout.write(`${printed++ ? ',' : ''}${r.json}`);
      } else if (r.status === 'refused') {
        refusal ??= new InputError(tasks[next].file, r.message.replace(`${tasks[next].file}: `, ''));
      } else if (r.status === 'crashed') {
        failed.add(group);
        for (const i of group.members) failures.push({ file: run.articles[i].file, status: 'crashed', message: `${run.articles[i].file}: internal error while writing the report of story ${group.slug}: ${r.message.replace(`${tasks[next].file}: internal error: `, '')}` });
      }
      next += 1;
    }
  });
  if (json) process.stdout.write(']}\n');
  if (refusal) throw refusal;
  return { written, kept, failures, failed, pages, positions };
}

/** Writes index.md; a folder that cannot be written is the user's to fix (exit 2), not a bug. */
function writeReport(path: string, text: string): void {
  try {
    writeFileAtomically(path, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!code) throw error;
    throw new InputError(path, `cannot write the report (${code})`);
  }
}

export async function runReport(corpus: string, opts: ReportOptions): Promise<number> {
  const started = performance.now();
  loadLexicons(opts.lexicon); // a bad lexicon stops the run before any work, in one line
  checkActorsFiles(opts.actors ?? []); // so does a bad actors file
  // So do a missing or empty corpus and a broken manifest, before the output folder is created.
  const snapshot = openCorpus(corpus);
  const files = snapshot.files;
  prepareOut(opts.out);
  // The analysis machinery (cheerio, wink, workers) is loaded only once the input has been checked.
  const { runCorpus } = await import('../run/corpus-run.js');
  const progress = progressReporter(opts.quiet);
  // Grouping reads what it can of the cached articles while the workers analyse the new ones.
  let prepared: GroupingPreparation | undefined;
  const run = await runCorpus(corpus, {
    whileAnalysing: (known) => (prepared = prepareGrouping(known)),
    jobs: jobsFor(opts.jobs, files.length),
    lexicons: opts.lexicon,
    actors: opts.actors ?? [],
    useCache: opts.cache,
    snapshot,
    onProgress: progress && ((phase, done, total) => progress(phase, done, total)),
    onWarning: (m) => process.stderr.write(`framelens: ${m}\n`),
  });
  const analysedAt = performance.now();
  const failures = [...run.failures];
  let stats: Record<string, unknown> | undefined;
  try {
    for (const f of run.failures) process.stderr.write(`framelens: ${f.message}\n`);
    const groups = groupArticles(run.articles.map((a) => a.summary), { minSimilarity: opts.minSimilarity }, prepared);
    prepared = undefined;
    const groupedAt = performance.now();
    const { written, kept, failures: storyFailures, failed, pages, positions } = await writeStories(run, groups, opts.out, opts.json === true, opts.lexicon, progress, opts.actors ?? []);
    for (const f of storyFailures) process.stderr.write(`framelens: ${f.message}\n`);
    failures.push(...storyFailures);
    // For the benchmark (bench/scale.ts): where the time went, in milliseconds (written once the run is closed).
    stats = { articles: run.articles.length, analysed: run.analysed, reused: run.reused, stories: groups.length, analyseMs: analysedAt - started, groupMs: groupedAt - analysedAt, compareAndWriteMs: performance.now() - groupedAt, pages };
    const shown = groups.filter((g) => !failed.has(g));
    const stories = shown.map((g) => ({ title: g.keywords.length ? g.keywords.join(', ') : g.slug, file: g.members.length > 1 ? fileOf(g) : null, articles: g.members.map((i) => run.articles[i].summary), positions: positions.get(g) }));
    const index = indexMarkdown(stories, failures);
    writeReport(join(opts.out, 'index.html'), indexHtml(stories, failures, index));
    writeReport(join(opts.out, 'index.md'), index);
    removeStale(opts.out, new Set([...shown.filter((g) => g.members.length > 1).flatMap((g) => storyFileNames(g.slug)), 'index.md', 'index.html']));
    if (!opts.quiet) {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const reported = groups.filter((g) => g.members.length > 1).length;
      const notAnalysed = failures.length ? `, ${failures.length} not analysed` : '';
      process.stderr.write(`framelens: ${run.articles.length} articles (${run.analysed} analysed, ${run.reused} from the cache${notAnalysed}), ${reported} stor${reported === 1 ? 'y' : 'ies'} of two or more (${written} written, ${kept} unchanged) -> ${join(opts.out, 'index.md')} (${seconds} s)\n`);
    }
  } finally {
    await run.close();
  }
  if (process.env.FRAMELENS_STATS_FILE && stats) writeFileSync(process.env.FRAMELENS_STATS_FILE, JSON.stringify({ ...stats, phases: run.phases, sinceProcessStartMs: performance.now() }));
  if (failures.some((f) => f.status === 'crashed')) return EXIT_INTERNAL;
  return failures.length ? EXIT_BAD_INPUT : EXIT_OK;
}
