// The evidence layers of issue 13: published lists, report verbs, learned phrases, and the verdict
// that keeps them apart. Expected values are written by hand from the sentences.
import { describe, expect, it } from 'vitest';
import { bodyArticle } from './helpers/seeds.js';
import { analyzeArticle } from '../src/analyze/index.js';
import { termMatcher } from '../src/pipeline.js';
import { insideAny, overlapsAny, withinOne } from '../src/analyze/spans.js';
import { forEachGram, wordRuns } from '../src/analyze/word-units.js';
import { leanPhraseIndex } from '../src/analyze/lean-phrases.js';
import { judgeSlant } from '../src/analyze/slant.js';
import { rarerThan } from '../src/analyze/news-frequency.js';
import { RARE_POS } from '../src/analyze/loaded-words.js';
import type { SlantCalibration } from '../src/lexicon/published.js';
import type { PhraseFinding, TermFinding } from '../src/types.js';

const analyse = (text: string, leanPhrases = leanPhraseIndex([])) => analyzeArticle(bodyArticle(text), { terms: termMatcher(), leanPhrases });

describe('span tests', () => {
  it('answers inside and overlap questions over merged spans', () => {
    const inside = insideAny([{ start: 10, end: 20 }, { start: 18, end: 30 }, { start: 50, end: 60 }]);
    expect([inside(12, 25), inside(5, 12), inside(50, 60), inside(31, 40)]).toEqual([true, false, true, false]);
    const overlaps = overlapsAny([{ start: 0, end: 100 }, { start: 40, end: 45 }]);
    expect([overlaps(90, 95), overlaps(100, 120)]).toEqual([true, false]);
  });
  it('answers "inside one span" without merging neighbours, nested spans included', () => {
    // A mention test: "Jane Doe" [10, 18) and "Acme" [18, 22) touch, but nothing covers [15, 20).
    const within = withinOne([{ start: 18, end: 22 }, { start: 10, end: 18 }, { start: 0, end: 40 }, { start: 50, end: 55 }]);
    expect([within(15, 20), within(12, 18), within(41, 42), within(50, 55), within(49, 51)]).toEqual([true, true, false, true, false]);
    const touching = withinOne([{ start: 10, end: 18 }, { start: 18, end: 22 }]);
    expect([touching(15, 20), touching(18, 22), touching(9, 12)]).toEqual([false, true, false]);
  });
});

describe('word units for learned phrases', () => {
  it('joins hyphenated compounds on their written words and skips names and quotations', () => {
    const article = bodyArticle('Critics said the left-wing group, led by Maria Lopez, wanted “open borders” now.');
    const a = analyse(article.text);
    const keys: string[] = [];
    forEachGram(wordRuns(article, insideAny(a.quotes)), 1, (key) => keys.push(key));
    expect(keys).toContain('left-wing');
    expect(keys).not.toContain('maria');
    expect(keys).not.toContain('open');
  });
});

describe('report verbs', () => {
  it('counts a loaded verb with the speaker written before it', () => {
    const a = analyse('Senator Jane Roe slammed the budget plan on Tuesday.');
    expect(a.reportVerbs.map((v) => [v.text, v.verb, v.stance, v.speaker, v.voice])).toEqual([['slammed', 'slam', 'attack', 'Senator Jane Roe', 'own']]);
  });
  it('gives the quoted speaker to the verb that reports the quotation', () => {
    const a = analyse('“We will not back down,” Mayor Tom Reyes insisted on Monday.');
    expect(a.reportVerbs.map((v) => [v.verb, v.stance])).toEqual([['insist', 'resistance']]);
    expect(a.reportVerbs[0].speaker).toBe(a.quotes[0].speaker);
    expect(a.reportVerbs[0].speaker).toContain('Reyes');
  });
  it('counts "claim" as a noun for someone\'s statement, not for a filing', () => {
    const a = analyse('He repeated the claim that the wall was finished. Jobless claims rose last week.');
    expect(a.reportVerbs.map((v) => [v.text, v.verb, v.stance])).toEqual([['claim', 'claim', 'doubt']]);
  });
  it('credits the verb to its subject, not to the noun phrase that happens to stand before it', () => {
    // Expected speakers written by hand before running.
    const speakers = (text: string) => analyse(text).reportVerbs.map((v) => [v.text, v.speaker]);
    // passive with an agent: the one after "by" does the slamming
    expect(speakers('The plan was slammed by Governor Ada Lind on Friday.')).toEqual([['slammed', 'Governor Ada Lind']]);
    // passive without an agent: nobody is named
    expect(speakers('The proposal was widely derided as a gimmick.')).toEqual([['derided', null]]);
    // an infinitive: the news conference does not denounce anything
    expect(speakers('The council called a news conference to denounce the ruling.')).toEqual([['denounce', null]]);
    // a time phrase before the verb is when, not who
    expect(speakers('Officials who as recently as Thursday afternoon were insisting that the deal was done stayed silent.')).toEqual([['insisting', null]]);
    // a participle after a comma has its subject elsewhere in the sentence
    expect(speakers('The senator left the hall early, claiming the vote was rigged.')).toEqual([['claiming', null]]);
    // an emphatic pronoun is not part of the name
    expect(speakers('Mayor Tom Reyes himself lashed out at the board.')).toEqual([['lashed out', 'Mayor Tom Reyes']]);
  });
  it('does not count "said", nor a verb with a plain sense outside speech', () => {
    expect(analyse('The mayor said the plan would pass.').reportVerbs).toEqual([]);
    expect(analyse('The agency refused to release the records.').reportVerbs).toEqual([]);
  });
});

describe('published lists', () => {
  it('flags a negative-opinion adjective in the outlet voice, not a name or a topic noun', () => {
    const a = analyse('The bizarre proposal angered residents of Bitter Creek after the crime wave.');
    expect(a.loadedWords.map((w) => [w.text, w.list, w.voice])).toEqual([['bizarre', 'liu-negative', 'own']]);
  });
  it('counts a negative-opinion noun news rarely writes, not one it writes every day', () => {
    const a = analyse('Officials said the story about the crime wave was a hoax.');
    expect(a.loadedWords.map((w) => [w.text, w.list])).toEqual([['hoax', 'liu-negative']]);
  });
  it('counts a word plain news almost never writes, and a rare hyphenated compound as one word', () => {
    const a = analyse('The egomaniacal senator leads an ultra-woke caucus.');
    expect(a.loadedWords.map((w) => [w.text, w.list])).toEqual([['egomaniacal', 'rare-in-news'], ['ultra-woke', 'rare-in-news']]);
  });
  it('leaves a capitalised rare word inside a sentence alone: it is a name', () => {
    const a = analyse('Residents of Quillbrook met on Tuesday.');
    expect(a.loadedWords).toEqual([]);
  });
  it('marks a loaded word inside a quotation as quoted', () => {
    const a = analyse('The governor called the bill “a ridiculous scheme,” his office said.');
    expect(a.loadedWords.map((w) => [w.text, w.voice])).toEqual([['ridiculous', 'quoted']]);
  });
});

describe('news frequency', () => {
  it('does not call a common word rare when wink gives its inflection a lemma of its own', () => {
    // wink sometimes keeps "announced" or "said" as their own lemma (mis-tagged as adjectives);
    // the written form is in the table, so the word is as common as it is in news.
    expect(rarerThan(RARE_POS.ADJ, 'announced', 'announced')).toBe(false);
    expect(rarerThan(RARE_POS.ADJ, 'said', 'said')).toBe(false);
    expect(rarerThan(RARE_POS.ADJ, 'grifter', 'grifter')).toBe(true);
  });
});

describe('learned phrases', () => {
  const phrases = leanPhraseIndex([
    { phrase: 'illegal alien', example: 'illegal aliens', lean: 2, partisan: 1, outlets: [3, 3, 3] },
    { phrase: 'undocumented', example: 'undocumented', lean: -1, partisan: 0.5, outlets: [3, 3, 3] },
  ]);
  it('finds own-voice phrases on lemmas and leaves quoted ones out', () => {
    const a = analyse('Officials detained illegal aliens on Monday. “They are undocumented,” a lawyer said.', phrases);
    expect(a.phrases.map((p) => [p.text, p.phrase, p.lean])).toEqual([['illegal aliens', 'illegal alien', 2]]);
  });
  it('finds a three-word phrase whose first two words are no phrase, and every phrase that overlaps it', () => {
    // The walk from a word stops at the first gram no phrase starts with: "tax relief" is not a phrase
    // but starts one, so "tax relief package" is still found; "relief" and "package" are found on their own.
    const three = leanPhraseIndex([
      { phrase: 'tax relief package', example: 'tax relief package', lean: 1, partisan: 1, outlets: [3, 3, 3] },
      { phrase: 'relief', example: 'relief', lean: -1, partisan: 0.5, outlets: [3, 3, 3] },
      { phrase: 'package', example: 'package', lean: 0.5, partisan: 0.5, outlets: [3, 3, 3] },
      { phrase: 'tax cut', example: 'tax cut', lean: 2, partisan: 1, outlets: [3, 3, 3] },
    ]);
    const a = analyse('The senators passed a tax relief package on Monday. The tax bill waits.', three);
    expect(a.phrases.map((p) => p.text)).toEqual(['tax relief package', 'relief', 'package']);
  });
});

describe('verdict layers', () => {
  const calibration: SlantCalibration = {
    provenance: {}, minWords: 100,
    partisan: { intercept: -1, weights: { curated: 1, learnedPartisan: 0.1 } },
    lean: { intercept: 0, weights: { learnedLean: 1 } },
  };
  const term = (lean: 'left' | 'right', start: number): TermFinding => ({ kind: 'term', text: 'x', start, end: start + 1, where: 'body', term: 'x', entryId: `e${start}`, category: 'group-label', lean, voice: 'own', neutral: [], weight: 1 });
  const phrase = (lean: number, start: number): PhraseFinding => ({ kind: 'phrase', text: `p${start}`, start, end: start + 1, where: 'body', phrase: `p${start}`, lean, partisan: 1 });
  it('names the lean when the curated and learned layers agree', () => {
    const v = judgeSlant({ terms: [term('right', 0), term('right', 5)], signals: [], words: 100, phrases: [phrase(2, 10)], calibration });
    expect([v.label, v.lean]).toEqual(['partisan', 'right']);
    expect(v.evidence.some((e) => e.includes('curated lexicon'))).toBe(true);
    expect(v.evidence.some((e) => e.startsWith('learned partisan phrases point right') && e.includes('“p10”'))).toBe(true);
  });
  it('names no lean when they disagree, and then does not call the article partisan', () => {
    const v = judgeSlant({ terms: [term('left', 0), term('left', 5)], signals: [], words: 100, phrases: [phrase(2, 10)], calibration });
    expect([v.label, v.lean]).toEqual(['neutral', null]);
    expect(v.score).toBeGreaterThanOrEqual(0.5);
    expect(v.evidence.some((e) => e.includes('no lean is named'))).toBe(true);
    expect(v.evidence.some((e) => e.includes('points to no side'))).toBe(true);
  });
  it('lets the learned layer alone name a side only with confidence', () => {
    const weak = judgeSlant({ terms: [], signals: [], words: 100, phrases: [phrase(0.01, 10)], calibration: { ...calibration, partisan: { intercept: 1, weights: {} } } });
    expect([weak.label, weak.lean]).toEqual(['neutral', null]);
    const strong = judgeSlant({ terms: [], signals: [], words: 100, phrases: [phrase(-3, 10)], calibration: { ...calibration, partisan: { intercept: 1, weights: {} } } });
    expect([strong.label, strong.lean]).toEqual(['partisan', 'left']);
  });
});
