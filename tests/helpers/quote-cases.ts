// Runs the hand-written quotation cases (tests/fixtures/quotes/cases.json) through the analyze stage.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bodyArticle } from './seeds.js';
import { indexEntities } from '../../src/analyze/entities.js';
import { extractQuotes } from '../../src/analyze/quotes/quotes.js';
import { extractAttributions } from '../../src/analyze/quotes/attributions.js';

export interface QuoteCase {
  id: string;
  form: string;
  text: string;
  quotes: { text: string; speaker: string | null; kind: 'speech' | 'term' }[];
  attributions: { source: string; cue: string; anonymous?: boolean }[];
}

export const quoteCases = (): QuoteCase[] => JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'quotes', 'cases.json'), 'utf8')) as QuoteCase[];

export function runQuoteCase(c: QuoteCase) {
  const article = bodyArticle(c.text);
  const index = indexEntities(article.blocks, article.text);
  const { quotes, verbOffsets } = extractQuotes(article, index);
  const attributions = extractAttributions(article, index, quotes, verbOffsets);
  return {
    quotes: quotes.map((q) => ({ text: q.text, speaker: q.speaker, kind: q.quoteKind })),
    attributions: attributions.map((a) => ({ source: a.source, anonymous: a.anonymous })),
  };
}
