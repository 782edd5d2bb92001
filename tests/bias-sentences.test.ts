// The bias-sentence model (src/framing/bias-sentences): its model file, its training, the side of a
// flagged sentence, and the relative signal it gives a story. Expected values were written by hand
// from the texts and the records before the code was run on them.
//
// Fixtures (tests/fixtures/bias, invented): two versions of one short report on a delayed Senate vote.
// They share every sentence but one: quotes-left.txt quotes Chuck Schumer calling the delay "a
// disgraceful failure" that Mitch McConnell "owns"; quotes-right.txt quotes McConnell calling Schumer's
// year "reckless, dishonest stunts". Expected by hand: in each, the quotation sentence (charged words,
// in a quotation, a sided speaker and a sided target) is flagged and no other sentence is (the lead,
// the clerk's reported remark and the sentence with the figure are plain); the left version's flagged
// sentence is aimed at the right (McConnell, target, negative; Schumer heard), leaning −1; the right
// version's at the left, leaning +1; in a story of the two the bias signal puts quotes-right to the
// right of quotes-left.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFiles } from '../src/pipeline.js';
import { compareStory } from '../src/compare/index.js';
import { articleRecord } from '../src/report/json.js';
import { biasSentenceRecord, sentenceSide, validateBiasModel } from '../src/framing/bias-sentences/index.js';
import { buildBiasModel } from '../src/framing/bias-sentences/build.js';
import { foldOf } from '../src/framing/bias-sentences/cv.js';
import { DEFAULT_TRAIN, bestThreshold, train } from '../src/framing/bias-sentences/model.js';
import type { Example } from '../src/framing/bias-sentences/model.js';
import { biasBalance, relativeFraming } from '../src/framing/relative.js';
import type { FramingInput } from '../src/framing/relative.js';
import type { ActorMention } from '../src/actors/types.js';
import type { ToneFinding } from '../src/framing/tone-records.js';
import type { QuoteFinding } from '../src/types.js';

const dir = join(import.meta.dirname, 'fixtures', 'bias');

describe('bias sentences on hand-written articles', () => {
  const [left, right] = analyzeFiles(['quotes-left.txt', 'quotes-right.txt'].map((f) => join(dir, f)));

  it('flags the charged quotation and nothing else', () => {
    for (const a of [left, right]) {
      expect(a.biasSentences.map((b) => b.text.slice(0, 12))).toEqual(['"This is a d', '"Chuck Schum'].filter((t) => a.article.text.includes(t)));
      for (const b of a.biasSentences) {
        expect(a.article.text.slice(b.start, b.end)).toBe(b.text);
        expect(b.probability).toBeGreaterThan(0.5);
        expect(b.biasKind).toBe('informational');
      }
    }
  });

  it('aims each flagged sentence at the side its target is on, the speaker counted as heard', () => {
    const [l] = left.biasSentences;
    // The actors' canonical names are the data's (first written 'Chuck Schumer' here, corrected after the run).
    expect(l.actors).toEqual(['Mitch McConnell', 'Charles E. Schumer']);
    expect([l.side, l.polarity, l.leaning]).toEqual(['right', -1, -1]);
    const [r] = right.biasSentences;
    expect([r.side, r.polarity, r.leaning]).toEqual(['left', -1, 1]);
  });

  it('puts the article aimed at the left to the right of the one aimed at the right, and cites the sentence', () => {
    const story = compareStory({ slug: 'river-plan', keywords: [] }, [left, right]);
    const [fl, fr] = story.framing;
    expect(fr.signals.bias).toBeGreaterThan(0);
    expect(fl.signals.bias).toBeLessThan(0);
    expect(fl.sides.biasAgainst).toEqual({ left: 0, right: 1 });
    const claim = fr.evidence.find((e) => e.signal === 'bias');
    expect(claim?.cites.map((c) => c.text)).toEqual([right.biasSentences[0].text]);
  });

  it('writes the records into the article JSON', () => {
    const json = articleRecord(left);
    expect(json.biasSentences).toHaveLength(1);
    expect(json.biasSentences[0]).toMatchObject({ kind: 'informational', side: 'right', polarity: -1, leaning: -1 });
  });
});

describe('sentenceSide', () => {
  const mention = (actor: string, side: 'left' | 'right' | null, start: number): ActorMention => ({ actor, side, start, end: start + 5 } as ActorMention);
  const tone = (m: ActorMention, polarity: -1 | 0 | 1): ToneFinding => ({ start: m.start, end: m.end, polarity } as ToneFinding);
  it('reads a neutral target as negative and a positive one as favoured', () => {
    const a = mention('A', 'left', 10);
    // One left target, neutral record: against the left, so the sentence favours the right.
    expect(sentenceSide({ actors: [a], tones: [tone(a, 0)], quotes: [], attributions: [] }, 0, 50)).toEqual({ side: 'left', polarity: -1, leaning: 1 });
    // The same target praised: it favours the left.
    expect(sentenceSide({ actors: [a], tones: [tone(a, 1)], quotes: [], attributions: [] }, 0, 50)).toEqual({ side: 'left', polarity: 1, leaning: -1 });
    // Outside the sentence: nothing.
    expect(sentenceSide({ actors: [a], tones: [tone(a, -1)], quotes: [], attributions: [] }, 20, 50)).toEqual({ side: null, polarity: 0, leaning: 0 });
  });
  it('counts the speaker of a quotation as the side heard, and an actor without a side not at all', () => {
    const speaker = mention('S', 'right', 40);
    const target = mention('T', 'left', 5);
    const nobody = mention('N', null, 20);
    const quote = { quoteKind: 'speech', speaker: 'S', start: 0, end: 35 } as QuoteFinding;
    // Right speaker +1 for the right, left target −1 for the left: favours the right; a tie in size, so the side is the one it is negative toward.
    expect(sentenceSide({ actors: [target, nobody, speaker], tones: [tone(target, 0), tone(nobody, -1), tone(speaker, 0)], quotes: [quote], attributions: [] }, 0, 60)).toEqual({ side: 'left', polarity: -1, leaning: 1 });
  });
  it('keeps the record\'s text at its offsets', () => {
    const text = 'One. Two is here.';
    expect(biasSentenceRecord(text, 5, 17, 0.61234, { actors: [], tones: [], quotes: [], attributions: [] })).toMatchObject({ text: 'Two is here.', probability: 0.612, side: null, leaning: 0 });
  });
});

describe('relative bias signal', () => {
  const input = (id: string, bias: FramingInput['bias']): FramingInput => ({
    id, quotedWords: { left: 0, right: 0 }, attributions: { left: 0, right: 0 }, quotedWordsTotal: 0, sourceCites: { left: [], right: [] },
    tone: { left: { negative: [], positive: [], neutral: 0 }, right: { negative: [], positive: [], neutral: 0 } }, learnedLean: null, bias,
  });
  const s = (probability: number, leaning: -1 | 0 | 1) => ({ start: 0, end: 1, text: 'x', probability, leaning });
  it('weighs flagged sentences by probability over their sum plus the prior', () => {
    // By hand: (0.5·1 + 0.5·1 + 1·−1) / (2 + 2) = 0; (1·1) / (1 + 2) = 1/3; no leaning at all: null.
    expect(biasBalance(input('a', [s(0.5, 1), s(0.5, 1), s(1, -1)]))).toBe(0);
    expect(biasBalance(input('b', [s(1, 1)]))).toBeCloseTo(1 / 3, 6);
    expect(biasBalance(input('c', [s(0.9, 0)]))).toBeNull();
  });
  it('gives a lone article nothing: the signal is relative', () => {
    const [only] = relativeFraming([input('a', [s(0.9, 1), s(0.8, 1)])]);
    expect(only.signals.bias).toBe(0);
    expect(only.relativeLean).toBe(0);
  });
});

describe('bias model file', () => {
  const path = join(import.meta.dirname, '..', 'lexicon', 'bias-sentences.json');
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  it('passes its schema check, with a source, and holds feature names only', () => {
    const file = validateBiasModel(raw, path);
    expect(file.source).toMatch(/BASIL/);
    const families = /^(bias|figure|wv:score|wv:none|w:[a-z][a-z'-]*|(voice|quote|source|actor|actors|tone|loaded|signal|verb|len|para|at|lex):[a-z0-9:-]+)$/;
    for (const name of Object.keys(file.weights)) expect(name).toMatch(families);
    // Small: weights rounded to 3 decimals.
    for (const v of Object.values(file.weights)) expect(Math.round(v * 1000) / 1000).toBe(v);
  });
  it('refuses an unsorted file, one without a bias weight, and a threshold out of range', () => {
    const weights = raw.weights as Record<string, number>;
    const names = Object.keys(weights);
    const reversed = Object.fromEntries(names.reverse().map((n) => [n, weights[n]]));
    expect(() => validateBiasModel({ ...raw, weights: reversed }, 'x')).toThrow(/sorted/);
    expect(() => validateBiasModel({ ...raw, weights: { figure: 1 } }, 'x')).toThrow(/bias/);
    expect(() => validateBiasModel({ ...raw, threshold: 1.5 }, 'x')).toThrow(/threshold/);
    expect(() => validateBiasModel({ ...raw, source: '' }, 'x')).toThrow(/source/);
  });
});

describe('training', () => {
  // A tiny synthetic set: 12 groups of 10 sentences; a sentence is biased when it has "tone:neg"
  // (every 3rd sentence), with one word seen in every group and one in a single group.
  const examples: Example[] = [];
  const groups: string[] = [];
  for (let g = 0; g < 12; g += 1) {
    for (let i = 0; i < 10; i += 1) {
      const neg = i % 3 === 0;
      const f = new Map<string, number>([['bias', 1], [neg ? 'tone:neg' : 'voice:own', 1], ['w:common', 1]]);
      if (g === 0) f.set('w:rare', 1);
      examples.push({ features: f, label: neg ? 1 : 0 });
      groups.push(`event-${g}`);
    }
  }
  it('builds the same file twice, byte for byte', () => {
    const a = JSON.stringify(buildBiasModel(examples, groups, 'synthetic'));
    const b = JSON.stringify(buildBiasModel(examples, groups, 'synthetic'));
    expect(a).toBe(b);
  });
  it('learns the feature that marks the label, and leaves out a word of one group', () => {
    const w = train(examples, groups, { ...DEFAULT_TRAIN, words: true, minGroups: 2 });
    expect(w.get('tone:neg')!).toBeGreaterThan(0.5);
    expect(w.get('voice:own')!).toBeLessThan(-0.5);
    expect(w.has('w:rare')).toBe(false);
    expect(w.has('w:common')).toBe(true);
    const file = buildBiasModel(examples, groups, 'synthetic');
    expect(file.threshold).toBeGreaterThan(0);
    expect(file.threshold).toBeLessThan(1);
  });
  it('picks the threshold with the best F1', () => {
    // By hand: top two P 1, R 2/3, F1 0.8; top three 0.667; top four P 3/4, R 1, F1 0.857 (best); all five 0.75. So 0.4.
    expect(bestThreshold([{ p: 0.9, label: 1 }, { p: 0.8, label: 1 }, { p: 0.6, label: 0 }, { p: 0.4, label: 1 }, { p: 0.1, label: 0 }])).toBe(0.4);
  });
  it('puts every sentence of a group in one fold', () => {
    expect(foldOf('event-3', 5)).toBe(foldOf('event-3', 5));
    expect(new Set(Array.from({ length: 50 }, (_, i) => foldOf(`e${i}`, 5))).size).toBe(5);
  });
});
