// The wink adapter: every token field is defined, whatever wink leaves out.
import { describe, expect, it } from 'vitest';
import { parseText, readsAreIndependent } from '../src/nlp/wink.js';
import { bodyArticle } from './helpers/seeds.js';
import { analyzeArticle } from '../src/analyze/index.js';
import { termMatcher } from '../src/pipeline.js';

describe('parseText', () => {
  // wink gives no lemma for `cannot` / `cant` before punctuation (shared notes): this crashed whole runs.
  for (const text of ['We cannot, and will not, raise taxes.', 'They cant.', 'Cannot!', 'cannot;']) {
    it(`defines every field for ${JSON.stringify(text)}`, () => {
      const parsed = parseText(text);
      for (const t of parsed.tokens) {
        for (const field of ['value', 'normal', 'lemma', 'pos', 'type'] as const) expect(typeof t[field]).toBe('string');
        expect(text.slice(t.start, t.end)).toBe(t.value);
      }
    });
  }
  it('gives `cannot` a lower-case lemma', () => {
    expect(parseText('We cannot, and will not.').tokens[1]).toMatchObject({ value: 'cannot', lemma: 'cannot' });
  });
  it('analyses a whole article holding the contractions without throwing', () => {
    const article = bodyArticle('We cannot, and will not, raise taxes. They cant, the governor said.');
    expect(() => analyzeArticle(article, { terms: termMatcher() })).not.toThrow();
  });
});

describe('wink state between texts', () => {
  it('is isolated: the patch for wink-nlp 2.4.0 applied', () => {
    expect(readsAreIndependent()).toBe(true);
  });
  it('reads a text the same whatever was read before', () => {
    // Without isolation, reading "Trump’s," first makes wink keep "Trump’s" whole in the second text.
    const text = 'A vision that rejects Trump’s lawlessness, his aides said.';
    const fresh = parseText(text).tokens.map((t) => `${t.value}/${t.pos}`);
    parseText('Trump’s, not anyone else’s.');
    parseText('Zorblat’s, qwertzing Flumox’s.');
    expect(parseText(text).tokens.map((t) => `${t.value}/${t.pos}`)).toEqual(fresh);
    expect(fresh.slice(4, 7)).toEqual(['Trump/PROPN', '’s/PART', 'lawlessness/NOUN']);
  });
});
