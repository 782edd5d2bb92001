// BASIL dev as training and test examples for the bias-sentence model: every body sentence framelens
// finds, with its features (src/framing/bias-sentences/features.ts) and its label (the BASIL sentence
// at its start holds an informational-bias span). Used by scripts/build-bias-model.ts and the bench;
// never by tests.
import { toDocument } from '../src/ingest/read-file.js';
import { parseDocument } from '../src/nlp/parse-document.js';
import { structureArticle } from '../src/structure/index.js';
import { analyzeArticle } from '../src/analyze/index.js';
import type { ArticleAnalysis } from '../src/analyze/index.js';
import { termMatcher } from '../src/pipeline.js';
import { sentenceFeatures } from '../src/framing/bias-sentences/features.js';
import type { SentenceFeatures } from '../src/framing/bias-sentences/features.js';
import type { BasilArticle } from './basil.js';
import type { Article } from '../src/types.js';
import { sentenceOf } from './basil.js';
import type { Example } from '../src/framing/bias-sentences/model.js';

export interface BasilSentences {
  article: BasilArticle;
  /** The parsed article (tokens kept), for timing the model on it. */
  parsedArticle: Article;
  analysis: ArticleAnalysis;
  sentences: SentenceFeatures[];
  /** BASIL sentence index at each sentence's start (-1: the title, or none). */
  basilIndex: number[];
}

/** Each article read alone, as `framelens compare` reads a bare text file. */
export function basilSentences(events: readonly BasilArticle[][]): BasilSentences[] {
  const terms = termMatcher();
  const out: BasilSentences[] = [];
  for (const event of events) {
    event.forEach((a, i) => {
      const article = structureArticle(parseDocument(toDocument(`${String(i).padStart(3, '0')}_article.txt`, a.text, 'text')));
      const analysis = analyzeArticle(article, { terms });
      const sentences = sentenceFeatures(article, analysis);
      out.push({ article: a, parsedArticle: article, analysis, sentences, basilIndex: sentences.map((s) => sentenceOf(a, s.start)) });
    });
  }
  return out;
}

/** The labelled examples (sentences that fall on a BASIL sentence) and their event ids, in a fixed order. */
export function examplesOf(read: readonly BasilSentences[]): { examples: Example[]; groups: string[]; where: { article: number; sentence: number }[] } {
  const examples: Example[] = [];
  const groups: string[] = [];
  const where: { article: number; sentence: number }[] = [];
  read.forEach((r, ai) => {
    r.sentences.forEach((s, si) => {
      const b = r.basilIndex[si];
      if (b < 0) return;
      examples.push({ features: s.features, label: r.article.infSentences.has(b) ? 1 : 0 });
      groups.push(r.article.event);
      where.push({ article: ai, sentence: si });
    });
  });
  return { examples, groups, where };
}
