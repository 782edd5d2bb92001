// The corpus directory: which files in it are articles. Reading them is ingest's job.
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { InputError } from '../errors.js';

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);
/** Corpus file names: NNN_<16 hex>.<ext>; other article files are read too, but `add` writes this shape. */
export const CORPUS_NAME = /^(\d{3,})_([0-9a-f]{16})\.(txt|md|html)$/;

/** Article files of a corpus directory, sorted by name so every run sees the same order. */
export function listCorpus(dir: string): string[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new InputError(dir, 'is not a directory; give a corpus directory or use `framelens extract FILE`');
    names = readdirSync(dir);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(dir, code === 'ENOENT' ? 'no such corpus directory' : `cannot read directory (${code ?? 'unknown error'})`);
  }
  const files = names.filter((n) => ARTICLE_EXTENSIONS.has(extname(n).toLowerCase()) && !n.startsWith('.')).sort().map((n) => join(dir, n));
  if (files.length === 0) throw new InputError(dir, 'no article files (.txt, .md, .html) in the corpus directory');
  return files;
}
