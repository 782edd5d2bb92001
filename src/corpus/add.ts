// `framelens add`: copies new articles into the corpus under the NNN_<16 hex> naming pattern and records
// them in the manifest. Every source is read and validated before anything is written; duplicates (the
// same article text, even with different promo lines around it) are skipped. The write is crash-safe:
// articles go to hidden pending files, the manifest is replaced by a rename (the commit), then the
// pending files are renamed into place; `recoverCorpus` finishes or undoes an add that was killed.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { InputError } from '../errors.js';
import { collapseWhitespace } from '../text.js';
import { toIsoDate } from '../dates.js';
import { dateProblem } from './date-problem.js';
import { GZIP, decodeArticleBytes, detectFormat, readArticleFile, readArticleSource, toDocument } from '../ingest/read-file.js';
import { parseDocument } from '../nlp/parse-document.js';
import { structureArticle } from '../structure/index.js';
import type { SourceDocument } from '../types.js';
import { CORPUS_NAME, articleNames, readManifest, recoverCorpus, writeManifest } from './store.js';
import { withCorpusLock } from './lock.js';
import { afterAddStep } from './step-delay.js';
import type { LockOptions } from './lock.js';
import { leanOf, OUTLET_LEANS } from './manifest.js';
import type { ManifestEntry, MetaField, OutletLean } from './manifest.js';

/** What the user says about an article: from the command line (every file of the call) or an import list. */
export interface GivenMeta {
  outlet?: string;
  url?: string;
  /** Any date `toIsoDate` reads; stored as YYYY-MM-DD. */
  date?: string;
  lean?: string;
}

export interface AddOutcome {
  source: string;
  status: 'added' | 'duplicate';
  /** The corpus file written, or the one the source duplicates. */
  target: string;
  /** The manifest entry written (added articles only). */
  entry?: ManifestEntry;
}

/** A file to add with metadata of its own (`add --from LIST`); `label` names it in errors ("list.jsonl: line 3"). */
export interface SourceWithMeta {
  path: string;
  meta: GivenMeta;
  label: string;
}

export type AddSource = string | SourceWithMeta;

export interface AddOptions extends LockOptions {
  dryRun?: boolean;
  /** Metadata for every source; a source's own metadata wins field by field. */
  meta?: GivenMeta;
  /** The text of `-` (standard input), read by the CLI. */
  stdin?: Buffer;
  /** Clock for the `added` field (tests pin it). */
  now?: () => Date;
}

/** The argument that names standard input (`add -`, `extract -`). */
export const STDIN = '-';
/** How standard input is named in errors and in the output. */
export const STDIN_LABEL = '<stdin>';
const normalize = (text: string) => collapseWhitespace(text.normalize('NFC')).toLowerCase();
/** The first 16 hex digits of the sha256 of the whitespace-normalised, lower-cased text. */
export const fingerprint = (text: string): string => createHash('sha256').update(normalize(text)).digest('hex').slice(0, 16);
const EXTENSIONS: Record<string, string> = { '.txt': '.txt', '.md': '.md', '.markdown': '.md', '.html': '.html', '.htm': '.html' };

interface Candidate {
  source: string;
  given: Partial<Record<MetaField, string>>;
  ext: string;
  /** The text as the user gave it (raw HTML for a page): what the corpus file holds. */
  raw: string;
  doc: SourceDocument;
  prints: string[];
  found: Partial<Record<MetaField, string>>;
}

/** Two fingerprints per article (whole text; body without boilerplate) and what its text says about itself. */
export function examine(doc: SourceDocument): { prints: string[]; found: Partial<Record<MetaField, string>> } {
  const article = structureArticle(parseDocument(doc));
  const prints = article.body.trim() ? [fingerprint(doc.text), fingerprint(article.body)] : [fingerprint(doc.text)];
  const found: Partial<Record<MetaField, string>> = {};
  if (article.outlet) found.outlet = article.outlet;
  if (article.headline) found.headline = article.headline;
  const date = toIsoDate(article.published);
  if (date) found.published = date;
  return { prints, found };
}

/**
 * Validates metadata; a bad value is an InputError naming where it came from: the flag (`--date`), or
 * with `at` the list line and field (`list.jsonl: line 3: "date"`).
 */
export function validateMeta(meta: GivenMeta, at?: string): Partial<Record<MetaField, string>> {
  const subject = (flag: string) => (at ? `${at}: "${flag}"` : `--${flag}`);
  const out: Partial<Record<MetaField, string>> = {};
  if (meta.outlet !== undefined) {
    if (collapseWhitespace(meta.outlet) === '') throw new InputError(subject('outlet'), 'must not be empty');
    out.outlet = collapseWhitespace(meta.outlet);
  }
  if (meta.url !== undefined) {
    let url: URL | null = null;
    try {
      url = new URL(meta.url);
    } catch {
      /* reported below */
    }
    if (!url || !/^https?:$/.test(url.protocol)) throw new InputError(subject('url'), `expected an http(s) address, found "${meta.url}"`);
    out.url = url.href;
  }
  if (meta.date !== undefined) {
    const date = toIsoDate(meta.date);
    if (!date) throw new InputError(subject('date'), dateProblem(meta.date));
    out.published = date;
  }
  if (meta.lean !== undefined) {
    // A list written by hand or from a spreadsheet says "Left" as often as "left".
    const lean = leanOf(meta.lean);
    if (!lean) throw new InputError(subject('lean'), `must be one of ${OUTLET_LEANS.join(', ')}, found "${meta.lean}"`);
    out.lean = lean;
  }
  return out;
}

function readSource(source: string, stdin: Buffer | undefined): { ext: string; raw: string; doc: SourceDocument } {
  if (source === STDIN) {
    if (!stdin) throw new InputError(STDIN_LABEL, 'nothing was read from standard input');
    const text = decodeArticleBytes(stdin, STDIN_LABEL);
    const format = detectFormat(STDIN_LABEL, text);
    const doc = toDocument(STDIN_LABEL, text, format);
    if (doc.blocks.length === 0) throw new InputError(STDIN_LABEL, 'no readable text found');
    return { ext: format === 'html' ? '.html' : '.txt', raw: text, doc };
  }
  const ext = EXTENSIONS[extname(source).toLowerCase()];
  if (!ext) throw new InputError(source, extname(source).toLowerCase() === '.gz' ? GZIP : 'not an article file: use .txt, .md or .html');
  const { text, document } = readArticleSource(source);
  return { ext, raw: text, doc: document };
}

function entryFor(file: string, given: Partial<Record<MetaField, string>>, found: Partial<Record<MetaField, string>>, prints: string[], added: string): ManifestEntry {
  const value = (field: MetaField) => given[field] ?? found[field] ?? null;
  return {
    file,
    outlet: value('outlet'),
    url: value('url'),
    published: value('published'),
    lean: value('lean') as OutletLean | null,
    headline: value('headline'),
    added,
    given: (Object.keys(given) as MetaField[]).sort(),
    found: (Object.keys(found) as MetaField[]).filter((f) => given[f] === undefined).sort(),
    fingerprints: prints,
  };
}

export function addToCorpus(sources: readonly AddSource[], corpusDir: string, options: AddOptions = {}): AddOutcome[] {
  const paths = sources.map((s) => (typeof s === 'string' ? s : s.path));
  if (paths.filter((s) => s === STDIN).length > 1) throw new InputError(STDIN_LABEL, 'standard input can be given only once');
  const shared = options.meta ?? {};
  validateMeta(shared);
  // All the checking, reading and parsing happens before the lock is taken and before anything is written.
  const givens = sources.map((s) => (typeof s === 'string' ? validateMeta(shared) : validateMeta({ ...shared, ...definedOnly(s.meta) }, s.label)));
  const candidates: Candidate[] = paths.map((source, i) => {
    const { ext, raw, doc } = readSource(source, options.stdin);
    return { source, given: givens[i], ext, raw, doc, ...examine(doc) };
  });
  const run = (): AddOutcome[] => {
    if (!options.dryRun) {
      afterAddStep('lock');
      recoverCorpus(corpusDir);
    }
    const manifest = existsSync(corpusDir) ? readManifest(corpusDir) : [];
    const names = existsSync(corpusDir) ? articleNames(corpusDir) : [];
    const known = new Map<string, string>();
    const byFile = new Map(manifest.map((e) => [e.file, e]));
    for (const name of names) {
      let prints = byFile.get(name)?.fingerprints ?? [];
      if (prints.length === 0) {
        // Put in the corpus by hand, or listed without fingerprints: read it once, and keep what we
        // learn in the manifest if this add writes it.
        prints = examine(readArticleFile(join(corpusDir, name))).prints;
        const entry = byFile.get(name);
        if (entry) byFile.set(name, { ...entry, fingerprints: prints });
      }
      for (const f of prints) known.set(f, join(corpusDir, name));
    }
    const numbers = [...names, ...manifest.map((e) => e.file)].map((n) => Number(CORPUS_NAME.exec(n)?.[1] ?? -1));
    let next = Math.max(-1, ...numbers) + 1;
    const added = (options.now?.() ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const outcomes: AddOutcome[] = [];
    const writes: { pending: string; target: string }[] = [];
    const entries: ManifestEntry[] = [];
    for (const c of candidates) {
      const duplicateOf = c.prints.map((f) => known.get(f)).find((f) => f !== undefined);
      if (duplicateOf) {
        outcomes.push({ source: c.source, status: 'duplicate', target: duplicateOf });
        continue;
      }
      const name = `${String(next).padStart(3, '0')}_${c.prints[0]}${c.ext}`;
      next += 1;
      const target = join(corpusDir, name);
      if (existsSync(target)) throw new InputError(target, 'already exists; refusing to overwrite');
      const entry = entryFor(name, c.given, c.found, c.prints, added);
      entries.push(entry);
      writes.push({ pending: join(corpusDir, `.pending-${process.pid}-${name}`), target });
      for (const f of c.prints) known.set(f, target);
      outcomes.push({ source: c.source, status: 'added', target, entry });
      if (!options.dryRun) {
        writeFileSync(writes.at(-1)!.pending, c.raw, { flag: 'wx' });
        afterAddStep('pending');
      }
    }
    if (!options.dryRun && entries.length > 0) {
      writeManifest(corpusDir, [...byFile.values(), ...entries]); // the commit
      for (const w of writes) {
        renameSync(w.pending, w.target);
        afterAddStep('renamed');
      }
    }
    return outcomes;
  };
  if (options.dryRun) return run();
  createCorpusDir(corpusDir);
  return withCorpusLock(corpusDir, run, options);
}

const definedOnly = (meta: GivenMeta): GivenMeta => Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined)) as GivenMeta;

/** Creates the corpus folder (and its parents) once every source has been checked: a failed add leaves nothing behind. */
function createCorpusDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(dir, code === 'EEXIST' || code === 'ENOTDIR' ? 'is a file, not a corpus directory' : `cannot create the corpus directory (${code ?? 'unknown error'})`);
  }
}

export const sourceLabel = (source: string) => (source === STDIN ? STDIN_LABEL : basename(source));
