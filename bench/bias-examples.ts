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
import { bodySentences } from '../src/framing/bias-sentences/features.js';
import { VECTOR_SCALE, isContentWord } from '../src/framing/bias-sentences/word-scores.js';
import { SHIPPED_VOCABULARY, VECTORS_PACKAGE, loadWordVectors, standardisation } from './word-vectors.js';
import type { WordVectors } from './word-vectors.js';

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

/** What the vector features were made with: the vectors and the standardisation (the build folds them into word scores). */
export interface VectorInputs {
  vectors: WordVectors;
  mean: number[];
  sd: number[];
}

/**
 * The mean vector of each body sentence's content words (written form, then lemma; the shipped
 * vocabulary), or null when none has a vector. Per article, per body sentence.
 */
function sentenceVectors(read: readonly BasilSentences[], vectors: WordVectors): (Float32Array | null)[][] {
  return read.map((r) => bodySentences(r.parsedArticle).map(({ block, sentence }) => {
    const m = new Float32Array(vectors.dims);
    let n = 0;
    for (let i = sentence.firstToken; i <= sentence.lastToken; i += 1) {
      const t = block.parsed.tokens[i];
      if (!isContentWord(t)) continue;
      const v = vectors.get(t.normal.toLowerCase()) ?? (t.lemma ? vectors.get(t.lemma) : undefined);
      if (!v) continue;
      for (let k = 0; k < m.length; k += 1) m[k] += v[k];
      n += 1;
    }
    return n ? m.map((x) => x / n) : null;
  }));
}

/**
 * The labelled examples (sentences that fall on a BASIL sentence) and their event ids, in a fixed order.
 * `withVectors`: add the round-7 word-vector features (`vs:0`..`vs:99`, standardised over the examples
 * and scaled; `vs:none`), which the shipped model's word scores are folded from; when the vectors
 * package is not installed, one line says so and the examples have the other features only.
 */
export function examplesOf(read: readonly BasilSentences[], withVectors = false): { examples: Example[]; groups: string[]; where: { article: number; sentence: number }[]; vectors: VectorInputs | null } {
  const vectors = withVectors ? loadWordVectors(null, SHIPPED_VOCABULARY) : null;
  if (withVectors && !vectors) console.error(`(${VECTORS_PACKAGE} not installed: the bias-sentence examples have no word-vector features, unlike the shipped model)`);
  const means = vectors ? sentenceVectors(read, vectors) : null;
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
  if (!vectors || !means) return { examples, groups, where, vectors: null };
  const { mean, sd } = standardisation(where.map((w) => means[w.article][w.sentence]).filter((v): v is Float32Array => v !== null), vectors.dims);
  where.forEach((w, i) => {
    const v = means[w.article][w.sentence];
    const f = new Map(examples[i].features);
    if (!v) f.set('vs:none', 1);
    else for (let k = 0; k < vectors.dims; k += 1) f.set(`vs:${k}`, (VECTOR_SCALE * (v[k] - mean[k])) / sd[k]);
    examples[i] = { ...examples[i], features: f };
  });
  return { examples, groups, where, vectors: { vectors, mean, sd } };
}
