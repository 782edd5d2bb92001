// Loads the seed corpus through ingest -> parse -> structure once per test file.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readArticleFile, toDocument } from '../../src/ingest/read-file.js';
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

/** A text whose every paragraph is body: for small hand-written cases that have no headline. */
export function bodyArticle(text: string, file = 'case.txt'): Article {
  const doc = parseDocument(toDocument(file, text, 'text'));
  return {
    file, format: 'text', text: doc.text, headline: null, dek: null, byline: null, outlet: null, published: null,
    blocks: doc.blocks.map((b) => ({ ...b, role: 'body', why: 'test case' })),
    body: doc.blocks.map((b) => b.text).join('\n\n'),
  };
}
