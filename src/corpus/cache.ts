// The analysis cache of a corpus (`.framelens-cache/`, ignored by git): each article's analysis under a
// key made of its content hash, the framelens code, the lexicons and the corpus context, so a second
// `report` only analyses what changed. Every entry is checked when read: a corrupt or foreign entry is
// ignored (and rebuilt by the caller), never trusted.
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataPath } from '../data-path.js';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { ArticleAnalysis } from '../analyze/index.js';
import { isAnalysis } from './cache-shapes.js';
import { compactRecord, expandRecord } from './record-text.js';

export const CACHE_DIR_NAME = '.framelens-cache';
/** Bumped when the layout of an entry changes; entries of another schema are foreign (5: the article text once, src/corpus/record-text.ts; 6: biasSentences). */
const SCHEMA = 6;

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const name of safeList(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, keep));
    else if (keep(name)) out.push(path);
  }
  return out;
}

/**
 * What every cached analysis depends on besides the article: the framelens code itself (every
 * compiled module, so an upgrade or a local change invalidates), the bundled data files and the
 * user's lexicons. Computed once per run.
 */
export function environmentKey(userLexicons: readonly string[], userActors: readonly string[] = []): string {
  const hash = createHash('sha256').update(`schema ${SCHEMA}\n`);
  const codeRoot = dirname(dirname(fileURLToPath(import.meta.url)));
  const dataRoot = dirname(dataPath('loaded-terms.json'));
  for (const file of [...filesUnder(codeRoot, (n) => /\.(js|ts)$/.test(n) && !n.endsWith('.d.ts')), ...filesUnder(dataRoot, (n) => n.endsWith('.json'))]) {
    hash.update(file.slice(file.lastIndexOf('/') + 1)).update(readFileSync(file));
  }
  for (const file of userLexicons) hash.update(readFileSync(file));
  // Schema 2 added actor mentions; the user's actors files decide their sides.
  for (const file of userActors) hash.update('actors\n').update(readFileSync(file));
  return hash.digest('hex');
}

/** Writes through a temporary file and a rename, so a reader never sees half an entry. */
export function writeFileAtomically(path: string, data: string | Buffer): void {
  const temporary = `${path}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  writeFileSync(temporary, data);
  try {
    renameSync(temporary, path);
  } catch (error) {
    // A directory in the way (compare --out DIR): the half-done temporary file must not stay behind.
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Stores one analysis under `key` at `path` (workers call this directly). Whatever occupies the entry's
 * place in the cache folder (a directory made by hand, say) is replaced: the folder is framelens' own.
 */
export function writeRecord(path: string, key: string, record: ArticleAnalysis): void {
  // The record is serialised once: the checksum is of the same JSON text the entry carries. The entry
  // is written into one buffer as UTF-8, once, and the checksum read from its bytes: the same bytes
  // as hashing the JSON string and compressing the joined entry string (JSON.stringify leaves no lone
  // surrogate), without encoding a record's 76,000 characters (a two-byte string, for a curly quote
  // or two) twice and copying the joint string; that encoding cost about 0.5 ms per article.
  const json = JSON.stringify(compactRecord(record));
  const head = entryHead(key);
  const headBytes = Buffer.byteLength(head);
  const jsonBytes = Buffer.byteLength(json);
  const tail = (check: string) => `,"check":"${check}"}`;
  const entry = Buffer.allocUnsafe(headBytes + jsonBytes + Buffer.byteLength(tail('0'.repeat(CHECK_LENGTH))));
  entry.write(head, 0);
  entry.write(json, headBytes);
  const check = jsonCheck(key, entry.subarray(headBytes, headBytes + jsonBytes));
  entry.write(tail(check), headBytes + jsonBytes);
  const data = gzipSync(entry, { level: 1 });
  try {
    writeFileAtomically(path, data);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    // The shard folder is made when the first entry needs it, not checked before every write.
    if (code === 'ENOENT') mkdirSync(join(path, '..'), { recursive: true });
    else if (['EISDIR', 'ENOTEMPTY', 'EEXIST', 'ENOTDIR'].includes(code)) rmSync(path, { recursive: true, force: true });
    else throw error;
    writeFileAtomically(path, data);
  }
}

/** An entry's text up to its record: schema and key, in the one layout `writeRecord` writes. */
const entryHead = (key: string) => `{"schema":${SCHEMA},"key":${JSON.stringify(key)},"record":`;
/** What follows the record: `,"check":"<CHECK_LENGTH hex digits>"}`. */
const ENTRY_TAIL = /,"check":"([0-9a-f]+)"\}$/;

/**
 * The analysis stored at `path` under `key`; null when missing, corrupt or not ours. The checksum is
 * of the record's JSON text as stored, cut out of the entry: a record is parsed once and never
 * serialised again to be checked.
 */
export function readRecord(path: string, key: string): ArticleAnalysis | null {
  try {
    const text = gunzipSync(readFileSync(path)).toString('utf8');
    const head = entryHead(key);
    const tail = ENTRY_TAIL.exec(text.slice(-(CHECK_LENGTH + 16)));
    if (!text.startsWith(head) || !tail || tail[1].length !== CHECK_LENGTH) return null;
    const json = text.slice(head.length, text.length - tail[0].length);
    if (jsonCheck(key, json) !== tail[1]) return null;
    const record = expandRecord(JSON.parse(json));
    return isAnalysis(record) ? record : null;
  } catch {
    return null;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One row of a cache table: its checksum, a tab, its JSON, a newline (read back by the table reader). */
function tableLine(key: string, value: unknown): string {
  const json = JSON.stringify({ schema: SCHEMA, key, value });
  return `${textCheck(json)}\t${json}\n`;
}

export class AnalysisCache {
  private constructor(
    readonly root: string,
    /** A scratch cache for `--no-cache` runs, removed by `dispose`. */
    readonly temporary: boolean,
  ) {}

  /** The corpus's own cache; throws (with the OS code) when it cannot be created. */
  static forCorpus(corpusDir: string): AnalysisCache {
    const root = join(corpusDir, CACHE_DIR_NAME);
    mkdirSync(join(root, 'records'), { recursive: true });
    writeFileSync(join(root, '.gitignore'), '# framelens analysis cache: safe to delete\n*\n');
    return new AnalysisCache(root, false);
  }

  static temporary(): AnalysisCache {
    const root = mkdtempSync(join(tmpdir(), 'framelens-cache-'));
    mkdirSync(join(root, 'records'));
    return new AnalysisCache(root, true);
  }

  recordPath(key: string): string {
    return join(this.root, 'records', key.slice(0, 2), `${key}.json.gz`);
  }

  readRecord(key: string): ArticleAnalysis | null {
    if (this.temporary && !this.written.has(key)) return null;
    return readRecord(this.recordPath(key), key);
  }

  private readonly written = new Set<string>();
  /** Notes that a worker wrote `key` during this run (a temporary cache trusts only those). */
  markWritten(key: string): void {
    this.written.add(key);
  }

  /**
   * A small key -> value table (one line per entry: a checksum, a tab, then the entry's JSON): lines
   * that are torn, edited, of another schema or that fail `valid` are dropped.
   */
  readTable<T>(name: string, valid: (v: unknown) => v is T): Map<string, T> {
    const table = new Map<string, T>();
    if (this.temporary) return table;
    let text: string;
    try {
      text = readFileSync(join(this.root, `${name}.jsonl`), 'utf8');
    } catch {
      this.loaded.set(name, { rows: new Map(), clean: true });
      return table;
    }
    let lines = 0;
    for (const line of text.split('\n')) {
      if (line !== '') lines += 1;
      // "checksum<TAB>JSON": the checksum is of the JSON text as written, so checking a line costs one
      // hash of its bytes, not a second serialisation of the parsed value.
      const tab = line.indexOf('\t');
      if (tab !== CHECK_LENGTH || line.slice(0, tab) !== textCheck(line.slice(tab + 1))) continue;
      try {
        const row = JSON.parse(line.slice(tab + 1)) as unknown;
        if (isObject(row) && row.schema === SCHEMA && typeof row.key === 'string' && valid(row.value)) table.set(row.key, row.value);
      } catch {
        /* a foreign line: ignore it */
      }
    }
    // Clean: every line whole and valid, no key twice, the last line ended; new rows may then be appended.
    this.loaded.set(name, { rows: new Map(table), clean: table.size === lines && (text === '' || text.endsWith('\n')) });
    return table;
  }

  /** What each table held when it was read: its rows (the very values handed out) and whether the file was clean. */
  private readonly loaded = new Map<string, { rows: Map<string, unknown>; clean: boolean }>();

  /**
   * Saves `table`. When the file was read clean and every row it held is still in `table`, unchanged
   * (the same value), only the new rows are appended (nothing is written when there are none): a
   * second `report` after one `add` rewrote tens of megabytes of summaries to add one line. Otherwise
   * the file is written anew.
   */
  writeTable<T>(name: string, table: ReadonlyMap<string, T>): void {
    if (this.temporary) return;
    const path = join(this.root, `${name}.jsonl`);
    const before = this.loaded.get(name);
    if (before?.clean && before.rows.size <= table.size && [...before.rows].every(([key, value]) => table.get(key) === value)) {
      const added = [...table].filter(([key]) => !before.rows.has(key));
      if (added.length > 0) this.appendRows(path, added);
      return;
    }
    // Line by line through a temporary file: a table of 10,000 summaries is tens of megabytes, and
    // building it as one string would double the run's peak memory at its very end.
    const temporary = `${path}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
    try {
      const fd = openSync(temporary, 'w');
      try {
        let chunk = '';
        for (const [key, value] of table) {
          chunk += tableLine(key, value);
          if (chunk.length >= 1 << 20) {
            writeSync(fd, chunk);
            chunk = '';
          }
        }
        writeSync(fd, chunk);
      } finally {
        closeSync(fd);
      }
      renameSync(temporary, path);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw error;
    }
  }

  private appendRows(path: string, rows: readonly [string, unknown][]): void {
    const fd = openSync(path, 'a');
    try {
      let chunk = '';
      for (const [key, value] of rows) chunk += tableLine(key, value);
      writeSync(fd, chunk);
    } finally {
      closeSync(fd);
    }
  }

  /** Removes records no article of this run uses, so the cache does not grow without bound. */
  prune(keep: ReadonlySet<string>): number {
    let removed = 0;
    const records = join(this.root, 'records');
    for (const shard of safeList(records)) {
      for (const name of safeList(join(records, shard))) {
        const key = name.replace(/\.json\.gz$/, '');
        if (keep.has(key) && name.endsWith('.json.gz')) continue;
        rmSync(join(records, shard, name), { force: true });
        removed += 1;
      }
    }
    return removed;
  }

  dispose(): void {
    if (this.temporary) rmSync(this.root, { recursive: true, force: true });
  }
}

/** The checksum of an entry whose value is already serialised as `json`. */
function jsonCheck(key: string, json: string | Buffer): string {
  return createHash('sha256').update(key).update('\n').update(json).digest('hex').slice(0, CHECK_LENGTH);
}

const CHECK_LENGTH = 16;
/** A table line's checksum, of its JSON text. */
function textCheck(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, CHECK_LENGTH);
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
