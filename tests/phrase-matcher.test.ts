// The lexicon phrase matcher's plural back-up: wink keeps a title-case word's surface form as its
// lemma ("Policies"), so a word ending in s is also tried as its singular. Tokens are written by hand
// (lemma = surface form, as wink gives them) so only that back-up can find the phrases.
import { describe, expect, it } from 'vitest';
import { compilePhrases } from '../src/lexicon/matcher.js';
import type { Token } from '../src/types.js';

/** Hand-made tokens of one sentence, each lemma its lower-case surface form. */
const tokens = (...words: string[]): Token[] => {
  let at = 0;
  return words.map((value) => {
    const t: Token = { value, normal: value.toLowerCase(), lemma: value.toLowerCase(), pos: 'PROPN', type: 'word', negated: false, start: at, end: at + value.length, sentence: 0 };
    at += value.length + 1;
    return t;
  });
};

describe('phrase matcher: plural forms kept as lemmas', () => {
  const m = compilePhrases<string>([['policy', 'P'], ['alien', 'A'], ['sanctuary city', 'S'], ['bus', 'B']]);
  it('finds a one-word entry under the singular of "-ies" and "-s" forms', () => {
    expect(m.match(tokens('Policies', 'Aliens'))).toEqual([[0, 0, 'P'], [1, 1, 'A']]);
  });
  it('finds a phrase whose later word is a plural form', () => {
    expect(m.match(tokens('Sanctuary', 'Cities'))).toEqual([[0, 1, 'S']]);
  });
  it('does not cut a form ending in "ss" or one whose cut form is no entry', () => {
    // "Buses" would be "buse"; "Bus" itself is the entry; "Aliensss" ends in "ss".
    expect(m.match(tokens('Buses', 'Bus', 'Aliensss'))).toEqual([[1, 1, 'B']]);
  });
});
