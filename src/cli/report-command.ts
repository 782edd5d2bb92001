import { mkdirSync, writeFileSync, renameSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listCorpus } from '../corpus/store.js';
import { buildStories } from '../pipeline.js';
import { indexMarkdown, storyMarkdown, STORY_HEADING } from '../report/markdown.js';
import { articleRecord } from '../report/json.js';
import { InputError } from '../errors.js';
import { progressReporter } from './progress.js';

/** Writes through a temporary file and a rename, so an interrupted run never leaves half a report. */
function writeAtomically(path: string, text: string): void {
  const temporary = `${path}.tmp-${process.pid}`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

/** Story reports of an earlier run that this run does not write again (only files framelens wrote). */
function removeStaleReports(dir: string, keep: ReadonlySet<string>): void {
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.md') || keep.has(name)) continue;
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    if (readFileSync(path, 'utf8').startsWith(STORY_HEADING)) rmSync(path);
  }
}

export function runReport(corpus: string, opts: { out: string; lexicon: string[]; json?: boolean; quiet?: boolean }): void {
  const started = performance.now();
  const files = listCorpus(corpus);
  const { analyses, stories } = buildStories(files, { lexicons: opts.lexicon, onProgress: progressReporter(opts.quiet) });
  try {
    mkdirSync(opts.out, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(opts.out, code === 'EEXIST' || code === 'ENOTDIR' ? 'is a file, not a directory; give --out a directory' : `cannot create the output directory (${code ?? 'unknown error'})`);
  }
  const fileOf = (slug: string) => `${slug}.md`;
  removeStaleReports(opts.out, new Set([...stories.map((s) => fileOf(s.slug)), 'index.md']));
  for (const story of stories) writeAtomically(join(opts.out, fileOf(story.slug)), storyMarkdown(story));
  writeAtomically(join(opts.out, 'index.md'), indexMarkdown(stories, (s) => fileOf(s.slug)));
  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ stories: stories.map((s) => ({ slug: s.slug, file: join(opts.out, fileOf(s.slug)), articles: s.articles.map(articleRecord) })) })}\n`);
  }
  if (!opts.quiet) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stderr.write(`framelens: ${analyses.length} articles, ${stories.length} stor${stories.length === 1 ? 'y' : 'ies'} -> ${join(opts.out, 'index.md')} (${seconds} s)\n`);
  }
}
