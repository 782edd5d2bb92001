// The work done for one file in a run, the same in a worker thread or in the main thread. Every task
// catches its own failure: a file that cannot be read is "refused", an unexpected error "crashed",
// and neither stops the run.
import { createHash } from 'node:crypto';
import { InputError } from '../errors.js';
import { readArticleSource } from '../ingest/read-file.js';
import { normalizeBlockText } from '../structure/features.js';
import { analyzeDocument, termMatcher } from '../pipeline.js';
import { articleRecord } from '../report/json.js';
import { summaryText } from '../report/summary-text.js';
import { summarize } from '../compare/summary.js';
import type { ArticleSummary } from '../compare/summary.js';
import { writeRecord } from '../corpus/cache.js';
import { applyManifest } from '../corpus/overlay.js';
import type { ManifestEntry } from '../corpus/manifest.js';
import type { ArticleAnalysis } from '../analyze/index.js';

/** Blocks up to this many words can be site templates repeated across the corpus. */
const TEMPLATE_MAX_WORDS = 40;

export interface ScanTask {
  kind: 'scan';
  file: string;
}

export interface AnalyzeTask {
  kind: 'analyze';
  file: string;
  /** Short block texts (normalized) this article shares with many others of the corpus. */
  repeated: string[];
  lexicons: string[];
  /** Where to store the analysis (cache); null to skip. */
  recordPath: string | null;
  key: string | null;
  /** What the caller wants back besides the summary. */
  output: 'none' | 'json' | 'text' | 'record';
  manifest?: ManifestEntry;
}

export type Task = ScanTask | AnalyzeTask;

export type TaskResult =
  | { status: 'scanned'; hash: string; shortBlocks: string[] }
  | { status: 'analyzed'; summary: ArticleSummary; output?: string; record?: ArticleAnalysis }
  | { status: 'refused'; message: string }
  | { status: 'crashed'; message: string };

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0];

/** sha256 of the file's decoded text and its short blocks: what corpus-wide template detection needs. */
function scan(task: ScanTask): TaskResult {
  const { text, document } = readArticleSource(task.file);
  const shortBlocks = new Set<string>();
  for (const block of document.blocks) {
    if (block.text.split(/\s+/).length <= TEMPLATE_MAX_WORDS) shortBlocks.add(normalizeBlockText(block.text));
  }
  return { status: 'scanned', hash: createHash('sha256').update(text).digest('hex'), shortBlocks: [...shortBlocks] };
}

function analyze(task: AnalyzeTask): TaskResult {
  const { document } = readArticleSource(task.file);
  const analysis = analyzeDocument(document, { terms: termMatcher(task.lexicons), repeatedAcrossCorpus: new Set(task.repeated) });
  if (task.recordPath && task.key) {
    // The cache is an optimisation: an entry that cannot be stored costs a later re-analysis, not this result.
    try {
      writeRecord(task.recordPath, task.key, analysis);
    } catch {
      /* analysed again when it is needed */
    }
  }
  const shown = applyManifest(analysis, task.manifest);
  const result: TaskResult = { status: 'analyzed', summary: summarize(shown) };
  if (task.output === 'json') result.output = JSON.stringify(articleRecord(shown));
  else if (task.output === 'text') result.output = summaryText(shown);
  else if (task.output === 'record') result.record = analysis;
  return result;
}

export function runTask(task: Task): TaskResult {
  try {
    return task.kind === 'scan' ? scan(task) : analyze(task);
  } catch (error) {
    if (error instanceof InputError) return { status: 'refused', message: error.message };
    return { status: 'crashed', message: `${task.file}: internal error: ${firstLine(error)}` };
  }
}
