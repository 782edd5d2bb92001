// Round 5 of the bias-sentence model: the event-context features (bench/bias-context.ts,
// measured and not adopted: docs/framing.md "Round 5") and the word features left out when the model
// reads none. Expected values were worked out by hand (the TF-IDF cosine on paper) before the code ran.
import { describe, expect, it } from 'vitest';
import { closestSentences, contentWords, eventContext } from '../bench/bias-context.js';
import type { ContextArticle } from '../bench/bias-context.js';
import { biasModel, readsWords } from '../src/framing/bias-sentences/index.js';
import { sentenceFeatures } from '../src/framing/bias-sentences/features.js';
import { toDocument } from '../src/ingest/read-file.js';
import { parseDocument } from '../src/nlp/parse-document.js';
import { structureArticle } from '../src/structure/index.js';
import { analyzeArticle } from '../src/analyze/index.js';
import { termMatcher } from '../src/pipeline.js';

/** An article of the given sentences (one space between them), each sentence's offsets found in the text. */
function article(sentences: string[], extra: Partial<ContextArticle> = {}): ContextArticle {
  const text = sentences.join(' ');
  let at = 0;
  const spans = sentences.map((s) => {
    const start = text.indexOf(s, at);
    at = start + s.length;
    return { start, end: at };
  });
  return { text, sentences: spans, actors: [], quotes: [], figures: [], ...extra };
}

describe('content words', () => {
  it('drops function words, possessives and a plural s, keeps -us, -is and -ss', () => {
    expect(contentWords("Trump's aides said the votes were delayed.")).toEqual(['trump', 'aide', 'vote', 'delayed']);
    expect(contentWords('The status of the crisis and the boss')).toEqual(['status', 'crisis', 'boss']);
  });
});

describe('the closest sentence of the other articles', () => {
  const a = article(['The senate passed the budget bill on Friday.', 'Critics called the bill a reckless giveaway to donors.']);
  const b = article(['The budget bill passed the senate on Friday.', 'The weather was mild.']);

  it('finds the same telling at similarity 1 and a one-word overlap at about 0.10', () => {
    const [first, second] = closestSentences(a, [b]);
    expect(first.other).toBe(0);
    expect(first.sentence).toBe(0);
    expect(first.similarity).toBeCloseTo(1, 6);
    // By hand: IDF ln(5/(df+1)) + 1 over 4 sentences; "bill" (df 3) 1.223 is the only shared word;
    // norms 4.456 (critic, called, bill, reckless, giveaway, donor) and 3.260: 1.496 / 14.53 = 0.103.
    expect(second.other).toBe(0);
    expect(second.sentence).toBe(0);
    expect(second.similarity).toBeCloseTo(0.103, 2);
  });

  it('says -1 when no sentence shares a word', () => {
    expect(closestSentences(article(['Snow fell overnight.']), [b])).toEqual([{ other: -1, sentence: -1, similarity: 0 }]);
  });
});

describe('event context of each sentence', () => {
  const textA = ['The senate passed the budget bill on Friday.', 'Critics called the bill a reckless giveaway to donors.'];
  const base = article(textA);
  const s0 = base.sentences[0];
  const s1 = base.sentences[1];
  const quoteStart = base.text.indexOf('a reckless');
  const a = article(textA, {
    actors: [
      { actor: 'Senate', start: base.text.indexOf('senate'), end: base.text.indexOf('senate') + 6 },
      { actor: 'Chuck Schumer', start: s1.start, end: s1.start + 7 },
    ],
    quotes: [{ quoteKind: 'speech', start: quoteStart, end: s1.end - 1, text: 'a reckless giveaway to donors' }],
    figures: [{ value: 12, start: s0.start, end: s0.start + 3 }],
  });
  const b = article(['The budget bill passed the senate on Friday.', 'The weather was mild.'], {
    actors: [{ actor: 'Senate', start: 26, end: 32 }],
    quotes: [{ quoteKind: 'speech', start: 0, end: 10, text: 'reckless giveaway to donors, he said' }],
    figures: [{ value: 12, start: 0, end: 2 }],
  });

  it('reads a shared telling, a shared actor and a shared figure in the first sentence', () => {
    const [f0] = eventContext(a, [b]);
    expect(Object.fromEntries(f0)).toEqual({ 'ctx:sim:4': 1, 'ctx:new:0': 1, 'ctx:actor-shared': 1, 'ctx:figure-shared': 1 });
  });

  it('reads new words, an actor no other article names and a quotation another article shares in the second', () => {
    const [, f1] = eventContext(a, [b]);
    // critic, called, reckless, giveaway, donor of 6 words are not in the other article: 0.83, the top bin.
    expect(Object.fromEntries(f1)).toEqual({ 'ctx:sim:1': 1, 'ctx:new:3': 1, 'ctx:actor-alone': 1, 'ctx:quote-shared': 1 });
  });

  it('calls a quotation whose word trigrams no other quotation has alone', () => {
    const other = { ...b, quotes: [{ quoteKind: 'speech' as const, start: 0, end: 10, text: 'a careful compromise for donors' }] };
    expect(eventContext(a, [other])[1].has('ctx:quote-alone')).toBe(true);
  });

  it('gives a lone article no context features', () => {
    expect(eventContext(a, []).map((f) => f.size)).toEqual([0, 0]);
  });
});

describe('word features only when the model reads them', () => {
  it('the shipped model has no word weight; a model with one reads words', () => {
    expect(readsWords(biasModel())).toBe(false);
    expect(readsWords({ weights: new Map([['bias', 0], ['w:senate', 0.2]]), threshold: 0.5 })).toBe(true);
  });

  it('leaves the w: features out and every other feature as it was', () => {
    const art = structureArticle(parseDocument(toDocument('a.txt', 'Budget vote delayed\n\nThe senate delayed the budget vote again on Friday.\n\nCritics called the delay a disgrace, and the clerk said the vote would now be held next week.', 'text')));
    const analysis = analyzeArticle(art, { terms: termMatcher() });
    const withWords = sentenceFeatures(art, analysis);
    const without = sentenceFeatures(art, analysis, undefined, undefined, false);
    expect(withWords.length).toBe(2);
    expect([...withWords[0].features.keys()].filter((n) => n.startsWith('w:')).sort()).toEqual(['w:again', 'w:budget', 'w:delay', 'w:friday', 'w:senate', 'w:vote']);
    for (const [i, s] of without.entries()) {
      expect([...s.features.keys()].some((n) => n.startsWith('w:'))).toBe(false);
      expect(Object.fromEntries(s.features)).toEqual(Object.fromEntries([...withWords[i].features].filter(([n]) => !n.startsWith('w:'))));
    }
  });
});
