// Round 8: word-vector values of the words around a mention (src/framing/tone-context.ts), folded
// into per-word scores (tone-context-fold.ts) and shipped as lexicon/tone-word-scores.json.
// Every sentence and expected value here was written by hand before the code was run on it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyArticle } from './helpers/seeds.js';
import { indexEntities } from '../src/analyze/entities.js';
import { extractQuotes } from '../src/analyze/quotes/quotes.js';
import { extractAttributions } from '../src/analyze/quotes/attributions.js';
import { sentenceToneFeatures } from '../src/framing/tone.js';
import { scoreValues, validateToneWordScores } from '../src/framing/tone-context.js';
import type { ContextValues } from '../src/framing/tone-context.js';
import { foldContextWeights, serializeToneWordScores } from '../src/framing/tone-context-fold.js';
import { logits, toneModel } from '../src/framing/tone-model.js';

function features(text: string, mention: string, values: ContextValues) {
  const article = bodyArticle(text);
  const index = indexEntities(article.blocks, article.text);
  const { quotes, verbOffsets } = extractQuotes(article, index);
  const attributions = extractAttributions(article, index, quotes, verbOffsets);
  const start = article.text.indexOf(mention);
  return sentenceToneFeatures(article, [{ start, end: start + mention.length }], { quotes, attributions }, values)[0].features;
}

describe('context groups and their mean values', () => {
  const values: ContextValues = {
    prefix: 't:',
    groups: ['L', 'R', 'Va', 'Vp'],
    of: (t) => (t.normal === 'excoriated' ? [3, 1] : t.normal === 'critics' ? [0, 1] : undefined),
  };
  const text = 'Angry critics excoriated Smith over the new plan.';
  const got = features(text, 'Smith', values).filter((f) => f.name.startsWith('t:'));
  const byName = new Map(got.map((f) => [f.name, f]));

  it('the left window is the mean of its words that have values', () => {
    // "excoriated" [3, 1] and "critics" [0, 1]; "Angry" has none and is left out of the mean.
    expect(byName.get('t:L:0')?.value).toBeCloseTo(1.5, 9);
    expect(byName.get('t:L:1')?.value).toBeCloseTo(1, 9);
    expect(byName.get('t:L:0')?.token).toBe(-1);
  });
  it('a group none of whose words has values reads "none"', () => {
    expect(byName.get('t:R:none')?.value).toBe(1);
    expect([...byName.keys()].filter((n) => n.startsWith('t:R:'))).toEqual(['t:R:none']);
  });
  it('the governing verb counts for the mention it is done to, and names its token', () => {
    expect(byName.get('t:Vp:0')?.value).toBe(3);
    expect(byName.get('t:Vp:1')?.value).toBe(1);
    expect(text.split(' ')[byName.get('t:Vp:0')?.token ?? -1]).toBe('excoriated');
    // Smith does not do the excoriating: no verb value for an agent, the group is empty.
    expect(byName.get('t:Va:none')?.value).toBe(1);
    expect(byName.has('t:Va:0')).toBe(false);
  });
  it('no values given: no context features (the round-4 features alone)', () => {
    const plain = features(text, 'Smith', { ...values, groups: [] });
    expect(plain.some((f) => f.name.startsWith('t:'))).toBe(false);
  });
});

describe('folding the vector weights into word scores', () => {
  const weights: Record<string, [number, number]> = {
    'vec:L:0': [1, -1],
    'vec:L:1': [0.5, 0],
    'vec:L:none': [0.2, 0.1],
    'vec:R:0': [9, 9], // a group the table does not score: dropped with its weights
    'w:L1:slam': [1.2, -0.4],
  };
  const vectors = new Map<string, number[]>([['b', [3, 0]], ['a', [1, 2]]]);
  const folded = foldContextWeights(weights, 'vec:', ['L'], vectors, 3);

  it('each word scores Σ weight · component per class, words sorted', () => {
    expect(folded.words).toEqual(['a', 'b']);
    // a: 1·1 + 0.5·2 = 2 toward negative, −1·1 + 0·2 = −1 toward positive; b: 3 and −3.
    expect(folded.scores).toEqual([[2, -1], [3, -3]]);
  });
  it('the model keeps its other weights, the group\'s "none", and reads the scores with weight 1', () => {
    expect(folded.weights).toEqual({ 'w:L1:slam': [1.2, -0.4], 'wv:L:0': [1, 0], 'wv:L:1': [0, 1], 'wv:L:none': [0.2, 0.1] });
    expect(Object.keys(folded.weights)).toEqual(['w:L1:slam', 'wv:L:0', 'wv:L:1', 'wv:L:none']);
  });
  it('the mean of the words\' scores is what the weights give the mean vector', () => {
    // Mean vector of a and b: [2, 1] → negative 2 + 0.5 = 2.5, positive −2; mean scores: (2 + 3) / 2, (−1 − 3) / 2.
    const mean = [0, 1].map((i) => (folded.scores[0][i] + folded.scores[1][i]) / 2);
    expect(mean).toEqual([2.5, -2]);
  });
  it('the table file round-trips through its text and its check', () => {
    const file = { name: 'tone-word-scores', version: 1, description: 'test', source: 'hand-written', groups: folded.groups, words: folded.words, scores: folded.scores };
    const back = validateToneWordScores(JSON.parse(serializeToneWordScores(file)), 'test.json');
    expect(back).toEqual(file);
    const values = scoreValues(back);
    expect(Array.from(values.of({ normal: 'B', lemma: 'b' } as never, 'L') ?? [])).toEqual([3, -3]);
    expect(values.of({ normal: 'c', lemma: 'c' } as never, 'L')).toBeUndefined();
  });
  it('the check names what is wrong', () => {
    const base = { name: 'x', version: 1, description: 'd', source: 's', groups: ['L'], words: ['a', 'b'], scores: [[1, 2], [3, 4]] };
    expect(() => validateToneWordScores({ ...base, scores: [[1, 2], [3]] }, 'f.json')).toThrow('scores of "b" must be 2 finite numbers');
    expect(() => validateToneWordScores({ ...base, words: ['b', 'a'] }, 'f.json')).toThrow('not sorted');
    expect(() => validateToneWordScores({ ...base, groups: ['X'] }, 'f.json')).toThrow('"groups"');
    expect(() => validateToneWordScores({ ...base, source: '' }, 'f.json')).toThrow('"source"');
  });
});

describe('the shipped table (lexicon/tone-word-scores.json)', () => {
  const path = join(import.meta.dirname, '..', 'lexicon', 'tone-word-scores.json');
  const text = readFileSync(path, 'utf8');
  const file = validateToneWordScores(JSON.parse(text), path);
  const score = (word: string, group: string) => {
    const i = file.words.indexOf(word);
    const g = file.groups.indexOf(group as never);
    return i < 0 || g < 0 ? null : file.scores[i].slice(2 * g, 2 * g + 2);
  };

  it('is small, and the shipped model reads it', () => {
    expect(text.length).toBeLessThan(300 * 1024);
    expect(toneModel().context).toBeTruthy();
    expect(file.groups).toEqual(['L', 'R']);
  });
  it('an attack verb before the mention leans negative, a praise verb positive', () => {
    const condemned = score('condemned', 'L'), praised = score('praised', 'L');
    expect(condemned).not.toBeNull();
    expect(praised).not.toBeNull();
    expect((condemned as number[])[0]).toBeGreaterThan((condemned as number[])[1]);
    expect((praised as number[])[1]).toBeGreaterThan((praised as number[])[0]);
  });
  it('a verb no polarity list holds moves the model toward negative for its object', () => {
    // Neither "target" nor "greet" is in lexicon/tone-words.json (by word or lemma): only the vectors tell them apart.
    const attacked = features('Union leaders targeted Smith on Monday.', 'Smith', toneModel().context as ContextValues);
    const greeted = features('Union leaders greeted Smith on Monday.', 'Smith', toneModel().context as ContextValues);
    const [negA, , posA] = logits(toneModel(), attacked);
    const [negG, , posG] = logits(toneModel(), greeted);
    expect(negA - posA).toBeGreaterThan(negG - posG);
  });
});
