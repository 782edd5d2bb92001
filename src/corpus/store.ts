// The corpus directory: which files in it are articles, its manifest, and recovery from an `add`
// that was interrupted. Reading an article's text is ingest's job.
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { InputError } from '../errors.js';
import { MANIFEST_NAME, parseManifest, serializeManifest, sortCorpusNames } from './manifest.js';
import type { ManifestEntry } from './manifest.js';
import { withCorpusLock } from './lock.js';
import { afterAddStep } from './step-delay.js';

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);
/** Corpus file names: NNN_<16 hex>.<ext>; other article files are read too, but `add` writes this shape. */
export const CORPUS_NAME = /^(\d{3,})_([0-9a-f]{16})\.(txt|md|html)$/;
/** An article `add` has written but not yet committed: `.pending-<pid>-<final name>`. */
export const PENDING = /^\.pending-(\d+)-(.+)$/;

function checkDirectory(dir: string): void {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(dir).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(dir, code === 'ENOENT' ? 'no such corpus directory' : `cannot read directory (${code ?? 'unknown error'})`);
  }
  if (!isDirectory) throw new InputError(dir, 'is not a directory; give a corpus directory or use `framelens extract FILE`');
}

function namesIn(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch (error) {
    throw new InputError(dir, `cannot read directory (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
}

/** Article file names of a corpus directory, in corpus order (by number, then name). */
export function articleNames(dir: string): string[] {
  checkDirectory(dir);
  return sortCorpusNames(namesIn(dir).filter((n) => ARTICLE_EXTENSIONS.has(extname(n).toLowerCase()) && !n.startsWith('.')));
}

/** Article files of a corpus directory as paths, in corpus order; an empty corpus is an error. */
export function listCorpus(dir: string): string[] {
  const names = articleNames(dir);
  if (names.length === 0) throw new InputError(dir, 'no article files (.txt, .md, .html) in the corpus directory');
  return names.map((n) => join(dir, n));
}

export function manifestPath(dir: string): string {
  return join(dir, MANIFEST_NAME);
}

/** The manifest's entries; none when the corpus has no manifest yet. */
export function readManifest(dir: string): ManifestEntry[] {
  const path = manifestPath(dir);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // No manifest yet, or a "directory" that is not one (extract x.txt/y.txt): nothing to read.
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw new InputError(path, code === 'EISDIR' ? 'is a directory, expected the corpus manifest' : `cannot read (${code ?? 'unknown error'})`);
  }
  return parseManifest(text, path);
}

/** Replaces the manifest through a temporary file and a rename: the rename is the moment of change. */
export function writeManifest(dir: string, entries: readonly ManifestEntry[]): void {
  const temporary = join(dir, `.${MANIFEST_NAME}.tmp-${process.pid}`);
  writeFileSync(temporary, serializeManifest(entries));
  afterAddStep('manifest-written');
  renameSync(temporary, manifestPath(dir));
  afterAddStep('manifest-renamed');
}

/**
 * Finishes or undoes an interrupted `add` (call it holding the lock). The manifest rename is the commit:
 * a pending article the manifest lists is renamed into place, any other pending file is removed, and so
 * are temporary manifests. Returns the number of articles put in place.
 */
export function recoverCorpus(dir: string): number {
  const names = namesIn(dir);
  const pending = names.filter((n) => PENDING.test(n) || /^\.manifest\.jsonl\.tmp-\d+$/.test(n));
  if (pending.length === 0) return 0;
  const listed = new Set(readManifest(dir).map((e) => e.file));
  let finished = 0;
  for (const name of pending) {
    const target = PENDING.exec(name)?.[2];
    if (target && listed.has(target) && !existsSync(join(dir, target))) {
      renameSync(join(dir, name), join(dir, target));
      finished += 1;
    } else rmSync(join(dir, name), { force: true });
  }
  return finished;
}

export interface CorpusSnapshot {
  dir: string;
  /** Article paths in corpus order. */
  files: string[];
  /** Manifest entries by file name. */
  manifest: Map<string, ManifestEntry>;
}

/** A consistent view of a corpus: taken under the lock, after recovering any interrupted `add`. */
export function openCorpus(dir: string, options: { allowEmpty?: boolean } = {}): CorpusSnapshot {
  checkDirectory(dir);
  // Only take the lock when there is something to recover: readers need no lock to see a committed state.
  const needsRecovery = namesIn(dir).some((n) => PENDING.test(n));
  if (needsRecovery) withCorpusLock(dir, () => recoverCorpus(dir));
  const names = articleNames(dir);
  if (names.length === 0 && !options.allowEmpty) throw new InputError(dir, 'no article files (.txt, .md, .html) in the corpus directory');
  return { dir, files: names.map((n) => join(dir, n)), manifest: new Map(readManifest(dir).map((e) => [e.file, e])) };
}
