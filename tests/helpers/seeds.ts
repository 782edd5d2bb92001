// Loads the seed corpus through ingest -> parse -> structure once per test file.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readArticleFile } from '../../src/ingest/read-file.js';
import { parseDocument } from '../../src/nlp/parse-document.js';
import { structureArticle } from '../../src/structure/index.js';
import type { Article } from '../../src/types.js';

export const CORPUS_DIR = join(import.meta.dirname, '..', '..', 'corpus');
export const seedFiles = (): string[] => readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.txt')).sort();

const cache = new Map<string, Article>();
export function seedArticle(name: string): Article {
  let article = cache.get(name);
  if (!article) {
    article = structureArticle(parseDocument(readArticleFile(join(CORPUS_DIR, name))));
    cache.set(name, article);
  }
  return article;
}
