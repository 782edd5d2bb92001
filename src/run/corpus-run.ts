// One run over a corpus, as `report` and `stories` need it: every article analysed (or taken from the
// cache), failures isolated, and only small summaries kept in memory. Full analyses stay in the cache
// and are read back one story at a time.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { BigIntStats } from 'node:fs';
import { basename } from 'node:path';
import type { ArticleSummary } from '../compare/summary.js';
import { AnalysisCache, CACHE_DIR_NAME, environmentKey } from '../corpus/cache.js';
import { isSummary } from '../corpus/cache-shapes.js';
import type { ManifestEntry } from '../corpus/manifest.js';
import { openCorpus } from '../corpus/store.js';
import { MAX_FILE_BYTES } from '../ingest/limits.js';
import type { CorpusSnapshot } from '../corpus/store.js';
import { createPool } from './pool.js';
import type { TaskPool } from './pool.js';
import type { AnalyzeTask, ScanTask, TaskResult } from './tasks.js';
import type { StoryPosition } from '../report/framing-section.js';

export interface RunOptions {
  jobs: number;
  lexicons: string[];
  /** Extra actors files (--actors). */
  actors?: string[];
  /** false: neither read nor keep the corpus cache (`--no-cache`). */
  useCache: boolean;
  onProgress?: (phase: 'reading' | 'analysing', done: number, total: number) => void;
  onWarning?: (message: string) => void;
  /** The corpus as the caller already opened it (`openCorpus`), so its listing and manifest are read once. */
  snapshot?: CorpusSnapshot;
  /**
   * The caller's own work on the summaries already known (from the cache), done while the workers
   * analyse the other articles: a second `report` otherwise waits for them with nothing to do.
   */
  whileAnalysing?: (known: readonly ArticleSummary[]) => void;
}

export interface AnalysedArticle {
  file: string;
  key: string;
  /** With the manifest's outlet and date applied. */
  summary: ArticleSummary;
}

export interface Failure {
  file: string;
  status: 'refused' | 'crashed';
  /** One line: "path: problem". */
  message: string;
}

export interface CorpusRun {
  snapshot: CorpusSnapshot;
  /** In corpus order. */
  articles: AnalysedArticle[];
  failures: Failure[];
  reused: number;
  analysed: number;
  /** The worker pool of the run, for later phases (story reports). */
  pool: TaskPool;
  /** Where the analysis of `article` is cached, and the template blocks it was analysed with. */
  recordOf(article: AnalysedArticle): { recordPath: string; repeated: string[] };
  /** What this corpus's earlier runs wrote to the output folder `out` (absolute): report file -> its key and sha256. */
  tracking(out: string): ReportTracking;
  /** Saves the cache's tables, stops the workers and releases a temporary cache. */
  close(): Promise<void>;
  /** Where the run's time went, in milliseconds by phase (for FRAMELENS_STATS_FILE and the benches). */
  phases: Record<string, number>;
}

export interface TrackedReport {
  key: string;
  sha: string;
  /**
   * The files as they were on disk when they last matched `sha` (size, inode and change time of
   * each): while they are the same, a later run knows the files are untouched without reading them.
   */
  stamp?: string;
  /** Where each member sits among the story's others, so that the index shows it without comparing an unchanged story again. */
  positions?: StoryPosition[];
}

export interface ReportTracking {
  get(file: string): TrackedReport | undefined;
  set(file: string, report: TrackedReport): void;
}

const isPosition = (v: unknown): v is StoryPosition => typeof v === 'object' && v !== null && typeof (v as StoryPosition).position === 'string' && typeof (v as StoryPosition).relativeLean === 'number' && typeof (v as StoryPosition).rank === 'number';
const isTracked = (v: unknown): v is TrackedReport => typeof v === 'object' && v !== null && typeof (v as TrackedReport).key === 'string' && typeof (v as TrackedReport).sha === 'string' && ((v as TrackedReport).stamp === undefined || typeof (v as TrackedReport).stamp === 'string') && ((v as TrackedReport).positions === undefined || (Array.isArray((v as TrackedReport).positions) && (v as TrackedReport).positions!.every(isPosition)));

/** Documents that share a short block with at least this many others mark it as a site template. */
const TEMPLATE_MIN_DOCUMENTS = 3;

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const isString = (v: unknown): v is string => typeof v === 'string';
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

export function overlaySummary(summary: ArticleSummary, entry: ManifestEntry | undefined): ArticleSummary {
  return entry ? { ...summary, outlet: entry.outlet ?? summary.outlet, published: entry.published ?? summary.published } : summary;
}

function openCache(dir: string, useCache: boolean, warn: (m: string) => void): AnalysisCache {
  if (!useCache) return AnalysisCache.temporary();
  try {
    return AnalysisCache.forCorpus(dir);
  } catch (error) {
    warn(`${dir}/${CACHE_DIR_NAME}: cannot write the cache (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}); analysing everything without it`);
    return AnalysisCache.temporary();
  }
}

export interface ScanOutcome {
  /** sha256 of each file's bytes (null when unreadable). */
  hashes: (string | null)[];
  /** Indexes of the files that can be analysed. */
  readable: number[];
  failures: Map<number, Failure>;
  /** The site-template blocks of file `i` (their template keys): short blocks it shares with several other files. */
  repeatedIn(i: number): string[];
  /** Content hash -> template keys of its short blocks, for the cache. */
  scans: Map<string, string[]>;
  /** File -> "stamp<TAB>content hash" of the files whose hash a later run may take on trust (see `fileStamp`). */
  stamps: Map<string, string>;
  /**
   * The bytes read (and hashed) for file `i`, handed over once (then forgotten), so the analysis does
   * not read the file again; undefined beyond the memory budget or for files whose scan was cached.
   */
  takeBytes(i: number): Buffer | undefined;
}

/**
 * How much a cold run holds between its phases so that each file is read once: the bytes read for the
 * hash wait for their scan task and then for their analysis, which ingests them again (0.1 ms an
 * article). Bytes, not the scanned documents: a document takes about twice the bytes' size, on the
 * JavaScript heap, where V8 sizes its collections by what is alive (at 10,000 articles, 143 MB of
 * documents against 66 MB of bytes outside the heap). Files beyond the budget are read again (a corpus
 * of large HTML pages must not be held in memory whole).
 */
const HANDOFF_BYTES = 64 * 1024 * 1024;

/** A file as it is on disk, without reading it: size, inode and change time. */
const fileStamp = (info: BigIntStats) => `${info.size}:${info.ino}:${info.ctimeNs}`;

/**
 * A file changed this recently may change again within the same tick of the file system's clock and
 * keep its stamp (the "racy" case git knows): its stamp is not kept, and the next run reads it again.
 */
const RACY_NS = 2_000_000_000n;

/**
 * Reads and checks every file, and finds the short blocks that repeat across them (site templates).
 * A file whose stamp (`fileStamp`) is the one an earlier run recorded with its content hash is not
 * read again: any write to a file, or its replacement, changes its change time, which no user
 * command can set back. Reading and hashing every file of a 10,000-article corpus was a tenth of a
 * second `report` (1.8 s of 17.5 s on a loaded machine). `given` holds the bytes of entries that are
 * not files (standard input, `extract -`): they are taken as read, whatever the memory budget.
 */
export async function scanFiles(files: readonly string[], options: { pool: TaskPool; given?: ReadonlyMap<number, Buffer>; scans?: Map<string, string[]>; stamps?: ReadonlyMap<string, string>; prepare?: ScanTask['prepare']; whileScanning?: () => void; onProgress?: (done: number, total: number) => void }): Promise<ScanOutcome> {
  const scans = options.scans ?? new Map<string, string[]>();
  const known = options.stamps ?? new Map<string, string>();
  const stamps = new Map<string, string>();
  const racy = BigInt(Date.now()) * 1_000_000n - RACY_NS;
  const failures = new Map<number, Failure>();
  const hashes: (string | null)[] = files.map(() => null);
  const toScan: number[] = [];
  const bytesOf = new Map<number, Buffer>();
  let heldBytes = 0;
  files.forEach((file, i) => {
    const given = options.given?.get(i);
    if (given) {
      hashes[i] = createHash('sha256').update(given).digest('hex');
      bytesOf.set(i, given);
      heldBytes += given.length;
      if (!scans.has(hashes[i]!)) toScan.push(i);
      return;
    }
    try {
      // Only regular files of an acceptable size are read here: a named pipe would block the run and
      // /dev/zero would never end. The scan task refuses the others, in the usual words.
      const info = statSync(file, { bigint: true });
      if (info.isFile() && info.size <= BigInt(MAX_FILE_BYTES)) {
        const stamp = fileStamp(info);
        const before = known.get(file);
        const trusted = before?.startsWith(`${stamp}\t`) ? before.slice(stamp.length + 1) : undefined;
        if (trusted !== undefined && scans.has(trusted)) {
          hashes[i] = trusted;
          stamps.set(file, before!);
        } else {
          const bytes = readFileSync(file);
          hashes[i] = createHash('sha256').update(bytes).digest('hex');
          if (info.ctimeNs < racy && info.mtimeNs < racy) stamps.set(file, `${stamp}\t${hashes[i]}`);
          // The scan reads these very bytes: the file is read once, and what is analysed is what was hashed.
          if (!scans.has(hashes[i]!) && heldBytes + bytes.length <= HANDOFF_BYTES) {
            bytesOf.set(i, bytes);
            heldBytes += bytes.length;
          }
        }
      }
    } catch {
      // Unreadable: the scan task says why, in the usual words.
    }
    if (hashes[i] === null || !scans.has(hashes[i]!)) toScan.push(i);
  });
  const shortBlocks: (string[] | null)[] = files.map((_, i) => (hashes[i] && scans.get(hashes[i]!)) || null);
  let done = files.length - toScan.length;
  options.onProgress?.(done, files.length);
  const scanTasks = toScan.map((i): ScanTask => ({ kind: 'scan', file: files[i], bytes: bytesOf.get(i), prepare: options.prepare }));
  const scanning = options.pool.run(scanTasks, (k, result) => {
    const i = toScan[k];
    scanTasks[k].bytes = undefined;
    if (result.status !== 'scanned') bytesOf.delete(i);
    if (result.status === 'scanned') {
      shortBlocks[i] = result.shortBlocks;
      if (hashes[i]) scans.set(hashes[i]!, result.shortBlocks);
    } else if (result.status === 'refused' || result.status === 'crashed') failures.set(i, { file: files[i], status: result.status, message: result.message });
    options.onProgress?.((done += 1), files.length);
  });
  // The caller's own reading, while the workers scan (and load what the analysis needs).
  options.whileScanning?.();
  await scanning;
  const readable = files.map((_, i) => i).filter((i) => shortBlocks[i] !== null && hashes[i] !== null && !failures.has(i));
  const counts = new Map<string, number>();
  if (readable.length >= TEMPLATE_MIN_DOCUMENTS) for (const i of readable) for (const b of shortBlocks[i]!) counts.set(b, (counts.get(b) ?? 0) + 1);
  const repeatedIn = (i: number) => (shortBlocks[i] ?? []).filter((b) => (counts.get(b) ?? 0) >= TEMPLATE_MIN_DOCUMENTS).sort();
  const takeBytes = (i: number) => {
    const bytes = bytesOf.get(i);
    bytesOf.delete(i);
    return bytes;
  };
  return { hashes, readable, failures, repeatedIn, scans, stamps, takeBytes };
}

/** Milliseconds spent in each phase, added up as the run goes. */
function phaseClock(): { phases: Record<string, number>; lap(name: string): void } {
  const phases: Record<string, number> = {};
  let last = performance.now();
  return {
    phases,
    lap(name) {
      const now = performance.now();
      phases[name] = (phases[name] ?? 0) + (now - last);
      last = now;
    },
  };
}

export async function runCorpus(dir: string, options: RunOptions): Promise<CorpusRun> {
  const warn = options.onWarning ?? (() => {});
  const clock = phaseClock();
  const snapshot = options.snapshot ?? openCorpus(dir);
  const cache = openCache(dir, options.useCache, warn);
  const environment = environmentKey(options.lexicons, options.actors ?? []);
  clock.lap('open');

  const pool = createPool({ jobs: options.jobs });
  try {
    return await analyseCorpus(pool, snapshot, cache, environment, options, clock);
  } catch (error) {
    await pool.close();
    cache.dispose();
    throw error;
  }
}

async function analyseCorpus(pool: TaskPool, snapshot: CorpusSnapshot, cache: AnalysisCache, environment: string, options: RunOptions, clock: ReturnType<typeof phaseClock>): Promise<CorpusRun> {
  const files = snapshot.files;
  const failures = new Map<number, Failure>();
  const fail = (i: number, result: Extract<TaskResult, { status: 'refused' | 'crashed' }>) => failures.set(i, { file: files[i], status: result.status, message: result.message });
  let summaries = new Map<string, ArticleSummary>();
  const scanned = await scanFiles(files, {
    pool,
    scans: cache.readTable('scans', isStrings),
    stamps: cache.readTable('stamps', isString),
    prepare: { lexicons: options.lexicons, actors: options.actors ?? [] },
    whileScanning: () => (summaries = cache.readTable('summaries', isSummary)),
    onProgress: options.onProgress && ((d, t) => options.onProgress!('reading', d, t)),
  });
  for (const [i, f] of scanned.failures) failures.set(i, f);
  const { hashes, readable, repeatedIn, scans, takeBytes } = scanned;
  clock.lap('scan');

  // 3. Analysis, or the cached one: the key covers the text, the code, the lexicons and the templates.

  const keys = new Map<number, string>();
  const found = new Map<number, ArticleSummary>();
  const tasks: AnalyzeTask[] = [];
  const taskIndex: number[] = [];
  for (const i of readable) {
    const repeated = repeatedIn(i);
    const key = sha(`${environment}\n${hashes[i]}\n${repeated.join('\n')}`);
    keys.set(i, key);
    const cached = summaries.get(key);
    const bytes = takeBytes(i);
    if (cached && cached.file === files[i]) found.set(i, cached);
    else {
      tasks.push({ kind: 'analyze', file: files[i], repeated, lexicons: options.lexicons, actors: options.actors ?? [], recordPath: cache.recordPath(key), key, output: 'none', bytes });
      taskIndex.push(i);
    }
  }
  const fromTables = found.size;
  let storedHits = 0;
  let done = fromTables;
  options.onProgress?.('analysing', done, readable.length);
  const analysing = pool.run(tasks, (k, result) => {
    const i = taskIndex[k];
    tasks[k].bytes = undefined;
    if (result.status === 'analyzed') {
      if (result.stored) storedHits += 1;
      found.set(i, result.summary);
      summaries.set(keys.get(i)!, result.summary);
      cache.markWritten(keys.get(i)!);
    } else if (result.status === 'refused' || result.status === 'crashed') fail(i, result);
    options.onProgress?.('analysing', (done += 1), readable.length);
  });
  options.whileAnalysing?.([...found.values()]);
  await analysing;

  clock.lap('analyse');
  const articles: AnalysedArticle[] = [...found.keys()].sort((a, b) => a - b).map((i) => ({
    file: files[i],
    key: keys.get(i)!,
    summary: overlaySummary(found.get(i)!, snapshot.manifest.get(basename(files[i]))),
  }));
  const reports = cache.readTable('reports', isTracked);
  const touched = new Set<string>();
  const outs = new Set<string>();
  const repeatedOf = new Map([...keys].map(([i, key]) => [key, { i, repeated: repeatedIn(i) }]));
  return {
    snapshot,
    articles,
    failures: [...failures.entries()].sort((a, b) => a[0] - b[0]).map(([, f]) => f),
    // An entry read back from an earlier, interrupted run counts as reused: it was not analysed again.
    reused: fromTables + storedHits,
    analysed: tasks.length - storedHits,
    pool,
    phases: clock.phases,
    recordOf(article) {
      return { recordPath: cache.recordPath(article.key), repeated: repeatedOf.get(article.key)?.repeated ?? [] };
    },
    tracking(out) {
      outs.add(out);
      return {
        get: (file) => {
          touched.add(`${out}\t${file}`);
          return reports.get(`${out}\t${file}`);
        },
        set: (file, report) => {
          touched.add(`${out}\t${file}`);
          reports.set(`${out}\t${file}`, report);
        },
      };
    },
    async close() {
      clock.lap('later');
      await pool.close();
      clock.lap('close-pool');
      // Reports of an output folder this run wrote to are tracked only if this run still has them.
      cache.writeTable('reports', new Map([...reports].filter(([k]) => touched.has(k) || !outs.has(k.split('\t')[0]))));
      const live = new Set(articles.map((a) => a.key));
      cache.writeTable('summaries', new Map([...summaries].filter(([key]) => live.has(key))));
      const hashesNow = new Set(hashes.filter((h): h is string => h !== null));
      cache.writeTable('scans', new Map([...scans].filter(([hash]) => hashesNow.has(hash))));
      cache.writeTable('stamps', scanned.stamps);
      if (!cache.temporary) cache.prune(live);
      cache.dispose();
      clock.lap('close-tables');
    },
  };
}
