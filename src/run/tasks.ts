// The work done for one file in a run, the same in a worker thread or in the main thread. Every task
// catches its own failure: a file that cannot be read is "refused", an unexpected error "crashed",
// and neither stops the run.
import { createHash } from 'node:crypto';
import { InputError } from '../errors.js';
import { readArticleBytes, readArticleSource } from '../ingest/read-file.js';
import { normalizeBlockText } from '../structure/features.js';
import { analyzeDocument, termMatcher } from '../pipeline.js';
import { actorRegistry } from '../actors/data.js';
import { articleRecord } from '../report/json.js';
import { storyRecord } from '../report/story-json.js';
import { summaryText } from '../report/summary-text.js';
import { summarize } from '../compare/summary.js';
import type { ArticleSummary } from '../compare/summary.js';
import { readRecord, writeFileAtomically, writeRecord } from '../corpus/cache.js';
import { compactRecord } from '../corpus/record-text.js';
import { compareStory } from '../compare/index.js';
import { filesSha, storyFiles } from '../report/outputs.js';
import { storyPositions } from '../report/framing-section.js';
import type { StoryPosition } from '../report/framing-section.js';
import type { RenderTiming, ReportFile } from '../report/outputs.js';
import { dirname, join } from 'node:path';
import { applyManifest } from '../corpus/overlay.js';
import type { ManifestEntry } from '../corpus/manifest.js';
import type { ArticleAnalysis } from '../analyze/index.js';
import type { SourceDocument } from '../types.js';

/** Blocks up to this many words can be site templates repeated across the corpus. */
const TEMPLATE_MAX_WORDS = 40;

export interface ScanTask {
  kind: 'scan';
  file: string;
  /** The file's bytes as the caller read (and hashed) them: the file is not read again. */
  bytes?: Uint8Array;
  /** Return the ingested document, so that the analysis does not read and ingest the file again. */
  keepDocument?: boolean;
  /** A worker loads what an analysis with these lexicons and actors needs once the scan is answered. */
  prepare?: { lexicons: string[]; actors: string[] };
}

export interface AnalyzeTask {
  kind: 'analyze';
  file: string;
  /** Template keys (`templateKey`) of the short blocks this article shares with many others of the corpus. */
  repeated: string[];
  lexicons: string[];
  /** Extra actors files (--actors); each worker indexes them once. */
  actors?: string[];
  /** Where to store the analysis (cache); null to skip. */
  recordPath: string | null;
  key: string | null;
  /** What the caller wants back besides the summary. */
  output: 'none' | 'json' | 'text' | 'record';
  /** The document the scan ingested from the file's bytes; the file is read when absent. */
  document?: SourceDocument;
  /** The file's bytes as the caller read (and hashed) them, when there is no `document`: the file is not read again. */
  bytes?: Uint8Array;
  manifest?: ManifestEntry;
}

/** One story report: its articles' analyses read back from the cache, compared, rendered and written. */
export interface StoryTask {
  kind: 'story';
  /** The Markdown report to write; the HTML page and the charts go beside it (report/outputs.ts). */
  file: string;
  slug: string;
  keywords: string[];
  members: { file: string; key: string; recordPath: string; repeated: string[]; manifest?: ManifestEntry }[];
  lexicons: string[];
  actors?: string[];
  /** Also return the story as JSON (report --json). */
  json: boolean;
  /** false: only the JSON is wanted, the file is up to date. */
  write: boolean;
}

export type Task = ScanTask | AnalyzeTask | StoryTask;

export type TaskResult =
  /** `shortBlocks`: template keys of the file's short blocks. */
  | { status: 'scanned'; shortBlocks: string[]; document?: SourceDocument }
  /** `stored`: taken from a cache entry an earlier run wrote, not analysed again. */
  | { status: 'analyzed'; summary: ArticleSummary; output?: string; record?: ArticleAnalysis; stored?: boolean }
  /** `positions`: where each member sits among the story's others, for the index (in member order). */
  | { status: 'written'; sha: string | null; json?: string; pages?: PageStats; positions: StoryPosition[] }
  | { status: 'refused'; message: string }
  | { status: 'crashed'; message: string };

/** Where a story's writing time and bytes went, by kind of file (for FRAMELENS_STATS_FILE). */
export interface PageStats {
  renderMs: RenderTiming;
  writeMs: { md: number; html: number; svg: number };
  bytes: { md: number; html: number; svg: number };
}

const extOf = (name: string) => (name.endsWith('.md') ? 'md' : name.endsWith('.html') ? 'html' : 'svg');

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0];

/**
 * A short block's key for template detection: a hash of its normalized text. The run compares keys,
 * not texts: on 10,000 articles the short blocks are most of the text (tens of megabytes the main
 * thread and the cache would otherwise hold). 64 bits: no two of millions of blocks share one.
 */
export function templateKey(normalized: string): string {
  return createHash('sha256').update(normalized).digest('hex').slice(0, 16);
}

const isShort = (text: string) => text.split(/\s+/).length <= TEMPLATE_MAX_WORDS;

/** The keys of the file's short blocks: what corpus-wide template detection needs (the caller hashes the file's bytes). */
// A worker receives bytes as a plain Uint8Array: seen as a Buffer again, without a copy.
const asBuffer = (bytes: Uint8Array) => (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));

function scan(task: ScanTask): TaskResult {
  const { document } = task.bytes ? readArticleBytes(task.file, asBuffer(task.bytes)) : readArticleSource(task.file);
  const shortBlocks = new Set<string>();
  for (const block of document.blocks) if (isShort(block.text)) shortBlocks.add(templateKey(normalizeBlockText(block.text)));
  return { status: 'scanned', shortBlocks: [...shortBlocks], document: task.keepDocument ? document : undefined };
}

/** The normalized texts of the document's blocks whose template keys are in `keys`: what structure needs. */
function templateTexts(document: SourceDocument, keys: readonly string[]): Set<string> {
  const texts = new Set<string>();
  if (keys.length === 0) return texts;
  const wanted = new Set(keys);
  for (const block of document.blocks) {
    if (!isShort(block.text)) continue;
    const normalized = normalizeBlockText(block.text);
    if (wanted.has(templateKey(normalized))) texts.add(normalized);
  }
  return texts;
}

/**
 * A short made-up article that touches what a first analysis loads on the way (the model's parts, the
 * word lists, the quote and actor passes, the tone and bias models): analysed once when a worker
 * prepares, so the first real article does not pay for those loads. An article's analysis does not
 * depend on what the thread analysed before (wink's state is restored after each read, see
 * src/nlp/wink-state.ts; the runs' byte-identity across --jobs relies on the same), so this one
 * changes nothing in the output.
 */
const WARM_UP = [
  'Senate passes budget bill after late vote',
  'WASHINGTON (Wire) — The Senate on Tuesday passed a $1.2 trillion spending bill by a vote of 52 to 48, sending it to the House.',
  '"This is a good day for working families," Senate Majority Leader Chuck Schumer said in a statement. Republicans called the plan reckless.',
  'Sen. Mitch McConnell, the Republican leader, said the measure would raise taxes on 3 million households, a claim Democrats disputed.',
  'The White House said President Joe Biden would sign it. Critics told reporters the radical spending spree would hurt the economy.',
].join('\n\n');

/**
 * What a thread loads before its first analysis, one step at a time (a worker runs each on its own
 * turn of the event loop, so a task that arrives meanwhile is not held up for the whole preparation):
 * the language model and compiled lexicons, then the actors.
 */
export function preparationSteps(lexicons: string[], actors: string[]): (() => void)[] {
  return [() => termMatcher(lexicons), () => actorRegistry(actors)];
}

/** Loads the language model, the compiled lexicons and the actors an analysis needs (each once per thread). */
export function prepareAnalysis(lexicons: string[], actors: string[]): void {
  for (const step of preparationSteps(lexicons, actors)) step();
}

/** One analysis of `WARM_UP`, for the data files and code paths a first analysis meets. */
export function warmUp(lexicons: string[], actors: string[]): void {
  const { document } = readArticleBytes('warm-up.txt', Buffer.from(WARM_UP));
  const analysis = analyzeDocument(document, { terms: termMatcher(lexicons), repeatedAcrossCorpus: new Set(), actors: actorRegistry(actors) });
  summarize(analysis);
  JSON.stringify(compactRecord(analysis));
}

/**
 * The analysis an earlier run stored under this task's key, when the run's tables never recorded it
 * (a run stopped with Ctrl-C writes each article's record as it goes but its tables only at the end):
 * the key covers the text, the code, the lexicons and the templates, so the entry is this analysis.
 */
function storedAnalysis(task: AnalyzeTask): ArticleAnalysis | null {
  if (!task.recordPath || !task.key) return null;
  const stored = readRecord(task.recordPath, task.key);
  return stored && stored.article.file === task.file ? stored : null;
}

function analyze(task: AnalyzeTask): TaskResult {
  const stored = storedAnalysis(task);
  const document = stored ? null : (task.document ?? (task.bytes ? readArticleBytes(task.file, asBuffer(task.bytes)) : readArticleSource(task.file)).document);
  const analysis = stored ?? analyzeDocument(document!, { terms: termMatcher(task.lexicons), repeatedAcrossCorpus: templateTexts(document!, task.repeated), actors: actorRegistry(task.actors ?? []) });
  if (!stored && task.recordPath && task.key) {
    // The cache is an optimisation: an entry that cannot be stored costs a later re-analysis, not this result.
    try {
      writeRecord(task.recordPath, task.key, analysis);
    } catch {
      /* analysed again when it is needed */
    }
  }
  const shown = applyManifest(analysis, task.manifest);
  const result: TaskResult = { status: 'analyzed', summary: summarize(shown), stored: stored !== null };
  if (task.output === 'json') result.output = JSON.stringify(articleRecord(shown));
  else if (task.output === 'text') result.output = summaryText(shown);
  else if (task.output === 'record') result.record = analysis;
  return result;
}

/** A cached analysis, or a fresh one when the entry went missing or bad since it was written. */
/** A cached analysis (of this very file), or a fresh one when asked or when the entry went missing or bad. */
function loadMember(member: StoryTask['members'][number], lexicons: string[], fresh: boolean, actors: string[] = []): ArticleAnalysis {
  let analysis = fresh ? null : readRecord(member.recordPath, member.key);
  // An entry of another article under this key (copied by hand, or a foreign cache) is not this one.
  if (analysis && analysis.article.file !== member.file) analysis = null;
  if (!analysis) {
    const { document } = readArticleSource(member.file);
    analysis = analyzeDocument(document, { terms: termMatcher(lexicons), repeatedAcrossCorpus: templateTexts(document, member.repeated), actors: actorRegistry(actors) });
    try {
      writeRecord(member.recordPath, member.key, analysis);
    } catch {
      /* the cache is an optimisation */
    }
  }
  return applyManifest(analysis, member.manifest);
}

/** Compares and renders a story; everything that can fail on the articles' data happens before any write. */
function renderStory(task: StoryTask, fresh: boolean, timing: RenderTiming): { files: ReportFile[] | null; json?: string; positions: StoryPosition[] } {
  const result = compareStory({ slug: task.slug, keywords: task.keywords }, task.members.map((m) => loadMember(m, task.lexicons, fresh, task.actors ?? [])));
  const json = task.json ? JSON.stringify(storyRecord(result, task.file)) : undefined;
  return { files: task.write ? storyFiles(result, timing) : null, json, positions: storyPositions(result) };
}

function story(task: StoryTask): TaskResult {
  let rendered: ReturnType<typeof renderStory>;
  const pages: PageStats = { renderMs: { charts: 0, markdown: 0, html: 0 }, writeMs: { md: 0, html: 0, svg: 0 }, bytes: { md: 0, html: 0, svg: 0 } };
  try {
    rendered = renderStory(task, false, pages.renderMs);
  } catch (error) {
    if (error instanceof InputError) throw error;
    // A cached analysis can be whole in shape and still wrong for this version of the code: the members
    // are analysed again from their files before the story is given up.
    rendered = renderStory(task, true, pages.renderMs);
  }
  let sha: string | null = null;
  if (rendered.files !== null) {
    const dir = dirname(task.file);
    // The Markdown last: its presence with the right hash is what a later run checks first.
    for (const f of [...rendered.files.slice(1), rendered.files[0]]) {
      const path = join(dir, f.name);
      const started = performance.now();
      try {
        writeFileAtomically(path, f.text);
        pages.writeMs[extOf(f.name)] += performance.now() - started;
        pages.bytes[extOf(f.name)] += Buffer.byteLength(f.text);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        // A folder that cannot be written is the user's to fix, not a bug.
        if (code) return { status: 'refused', message: `${path}: cannot write the report (${code})` };
        throw error;
      }
    }
    sha = filesSha(rendered.files);
  }
  return { status: 'written', sha, json: rendered.json, pages, positions: rendered.positions };
}

export function runTask(task: Task): TaskResult {
  try {
    if (task.kind === 'story') return story(task);
    return task.kind === 'scan' ? scan(task) : analyze(task);
  } catch (error) {
    if (error instanceof InputError) return { status: 'refused', message: error.message };
    return { status: 'crashed', message: `${task.file}: internal error: ${firstLine(error)}` };
  }
}
