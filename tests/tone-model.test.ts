// The learned polarity model toward a mention (src/framing/tone-model*.ts, lexicon/tone-model.json).
// Every sentence and expected value here was written by hand before the code was run on it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyArticle } from './helpers/seeds.js';
import { indexEntities } from '../src/analyze/entities.js';
import { extractQuotes } from '../src/analyze/quotes/quotes.js';
import { extractAttributions } from '../src/analyze/quotes/attributions.js';
import { sentenceToneFeatures, sentenceTones, toneToward } from '../src/framing/tone.js';
import type { ToneJudgement } from '../src/framing/tone.js';
import type { ToneModelFile } from '../src/framing/tone-model.js';
import { compileToneModel, featureVocab, predict, toneModel, validateToneModel } from '../src/framing/tone-model.js';
import { buildModelFile, serializeToneModel, train } from '../src/framing/tone-model-train.js';
import type { ToneExample } from '../src/framing/tone-model-train.js';

/** The tone toward `mention` in `text` with the shipped model, and the text, for offsets. */
function tone(text: string, mention: string): ToneJudgement & { text: string; start: number } {
  const article = bodyArticle(text);
  const index = indexEntities(article.blocks, article.text);
  const { quotes, verbOffsets } = extractQuotes(article, index);
  const attributions = extractAttributions(article, index, quotes, verbOffsets);
  const start = article.text.indexOf(mention);
  if (start < 0) throw new Error(`${mention} not in ${text}`);
  return { ...toneToward(article, { start, end: start + mention.length }, { quotes, attributions }, { model: toneModel() }), text: article.text, start };
}

describe('the shipped model on hand-written sentences', () => {
  it('the object of an attack is negative, its cue the attack, held by the attackers', () => {
    const t = tone("Critics slammed Smith's plan.", 'Smith');
    // A cue at full weight on the mention's verb: the shipped combination lets the rules decide.
    expect(t.by).toBe(toneModel().combine === 'model' ? 'model' : 'rules');
    expect(t.polarity).toBe(-1);
    expect(t.cue).toBe('slammed');
    expect(t.text.slice(t.cueStart ?? 0, t.cueEnd ?? 0)).toBe('slammed');
    // Voice and holder are the rules' own, unchanged by the model.
    expect(t.voice).toBe('reported');
    expect(t.holder).toBe('Critics');
    expect(t.rulePolarity).toBe(-1);
  });

  it('accused, indicted: negative toward the one it is done to', () => {
    expect(tone('Prosecutors accused Jones of fraud.', 'Jones').polarity).toBe(-1);
    expect(tone('Senator Hale was indicted on corruption charges.', 'Hale').polarity).toBe(-1);
  });

  it('praise and a win: positive', () => {
    expect(tone('Voters praised Garcia for her honesty.', 'Garcia').polarity).toBe(1);
    expect(tone('Hale won a landslide victory.', 'Hale').polarity).toBe(1);
  });

  it('two actors in one sentence with opposite tone: the negative one', () => {
    const text = 'The brave nurse Garcia stayed while the corrupt mayor Brown fled.';
    expect(tone(text, 'Brown').polarity).toBe(-1);
  });

  // Known gap, kept as written: the model learned from NewsMTSC that a negative word about another
  // actor in another clause ("the corrupt mayor Brown fled") leans the whole sentence negative, and
  // it outweighs "brave" (rule score 0.8, below the 1 from which the rules decide).
  it.fails('two actors in one sentence with opposite tone: the positive one', () => {
    const text = 'The brave nurse Garcia stayed while the corrupt mayor Brown fled.';
    expect(tone(text, 'Garcia').polarity).toBe(1);
  });

  it('a plain statement is neutral', () => {
    expect(tone('Smith spoke to reporters on Tuesday.', 'Smith').polarity).toBe(0);
    expect(tone('Jones said the meeting would start at noon.', 'Jones').polarity).toBe(0);
  });

  it('the cue is a word of the text outside the mention, or none when neutral', () => {
    for (const [text, mention] of [['Disgraced former aide Moreno spoke on Monday.', 'Moreno'], ['Smith spoke to reporters on Tuesday.', 'Smith']] as const) {
      const t = tone(text, mention);
      if (t.polarity === 0) expect(t.cue).toBeNull();
      else {
        expect(t.text.slice(t.cueStart ?? 0, t.cueEnd ?? 0)).toBe(t.cue);
        expect((t.cueEnd ?? 0) <= t.start || (t.cueStart ?? 0) >= t.start + mention.length).toBe(true);
      }
    }
    expect(tone('Disgraced former aide Moreno spoke on Monday.', 'Moreno').polarity).toBe(-1);
  });

  it('score is P(positive) − P(negative): its sign follows the verdict', () => {
    const neg = tone("Critics slammed Smith's plan.", 'Smith');
    const pos = tone('Voters praised Garcia for her honesty.', 'Garcia');
    expect(neg.score).toBeLessThan(0);
    expect(pos.score).toBeGreaterThan(0);
    expect(Math.abs(neg.score)).toBeLessThanOrEqual(1);
  });
});

describe('prediction builds only the features the model weighs', () => {
  it('featureVocab answers by prefix and word exactly as by the joined name', () => {
    const model = compileToneModel({ bias: [0, 0], weights: { 'c:fraud': [1, 0], 'rule:1': [0, 0.5], 'w:L1:say': [0, 1] }, training: { combine: 'model', rulesFrom: null, needsCue: true } } as unknown as ToneModelFile);
    const vocab = featureVocab(model);
    expect(vocab.has('c:', 'fraud')).toBe(true);
    expect(vocab.has('c:~', 'fraud')).toBe(false);
    expect(vocab.has('w:L1:', 'say')).toBe(true);
    expect(vocab.has('w:L1:', 'sa')).toBe(false);
    expect(vocab.has('w:', 'L1:say')).toBe(true);
    expect(vocab.has('w:L3:', 'say')).toBe(false);
    expect(vocab.hasName('rule:1')).toBe(true);
    expect(vocab.hasName('rule:-1')).toBe(false);
    expect(featureVocab(model)).toBe(vocab);
  });

  it('the verdicts are those of every feature', () => {
    // The model's verdict from all the features (as training sees them), with the cue rule of
    // withModel: a polarity word pointing the verdict's way (its "p:" feature's sign).
    const cases: [string, string][] = [
      ["Critics slammed Smith's plan.", 'Smith'],
      ['Prosecutors accused Jones of fraud.', 'Jones'],
      ['Voters praised Garcia for her honesty.', 'Garcia'],
      ['The brave nurse Garcia stayed while the corrupt mayor Brown fled.', 'Brown'],
      ['The brave nurse Garcia stayed while the corrupt mayor Brown fled.', 'Garcia'],
      ['Smith spoke to reporters on Tuesday.', 'Smith'],
      ['Disgraced former aide Moreno spoke on Monday.', 'Moreno'],
      ['Hale did not fail the voters, who never doubted him.', 'Hale'],
    ];
    const model = toneModel();
    const polarities = new Set<number>();
    for (const [text, mention] of cases) {
      const article = bodyArticle(text);
      const index = indexEntities(article.blocks, article.text);
      const { quotes, verbOffsets } = extractQuotes(article, index);
      const attributions = extractAttributions(article, index, quotes, verbOffsets);
      const start = article.text.indexOf(mention);
      const span = { start, end: start + mention.length };
      const [judged] = sentenceTones(article, [span], { quotes, attributions }, { model });
      const [{ features }] = sentenceToneFeatures(article, [span], { quotes, attributions });
      // No token is left out as the mention's own: only polarity words can be cues, and the mention's
      // own have no "p:" feature.
      const mentionTokens: [number, number] = [-1, -2];
      const pointing = (k: number, polarity: -1 | 1) => features.some((f) => f.token === k && f.name.startsWith('p:') && f.name.endsWith(polarity > 0 ? ':+' : ':-'));
      const all = predict(model, features, mentionTokens, pointing);
      expect(judged.polarity).toBe(all.polarity);
      expect(judged.score).toBe(all.score);
      polarities.add(all.polarity);
    }
    // The cases reach all three verdicts.
    expect([...polarities].sort()).toEqual([-1, 0, 1]);
  });
});

describe('lexicon/tone-model.json', () => {
  const path = join(import.meta.dirname, '..', 'lexicon', 'tone-model.json');
  const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

  it('passes its schema check and says what it was trained on', () => {
    const file = validateToneModel(data);
    expect(file.source).toMatch(/NewsMTSC/);
    expect(file.source).toMatch(/cross-validation inside the even half/);
    expect(Object.keys(file.weights).length).toBeGreaterThan(100);
    // No dev-set text: feature names are tags and single words.
    for (const name of Object.keys(file.weights)) expect(name).not.toMatch(/\s/);
  });

  it('rejects broken files', () => {
    const bad = (patch: Record<string, unknown>) => () => validateToneModel({ ...data, ...patch });
    expect(bad({ source: '' })).toThrow(/source/);
    expect(bad({ weights: { 'b:x': [1, 2], 'a:x': [1, 2] } })).toThrow(/sorted/);
    expect(bad({ weights: { 'a:x': [1] } })).toThrow(/two numbers/);
    expect(bad({ bias: [0, 'x'] })).toThrow(/bias/);
    expect(bad({ training: { ...(data.training as object), combine: 'vote' } })).toThrow(/combine/);
  });
});

describe('training', () => {
  // A tiny synthetic set (not the dev set): "good" near the mention means positive, "bad" negative,
  // "table" nothing; each pattern repeated so it passes the minimum count.
  const example = (words: string[], label: -1 | 0 | 1, group: number): ToneExample => ({ features: words.map((w) => ({ name: `w:${w}`, value: 1 })), label, rule: 0, ruleScore: 0, group });
  const examples: ToneExample[] = [];
  for (let i = 0; i < 12; i += 1) {
    examples.push(example(['good', i % 2 ? 'table' : 'chair'], 1, i));
    examples.push(example(['bad', i % 3 ? 'table' : 'chair'], -1, i));
    examples.push(example([i % 2 ? 'table' : 'chair'], 0, i));
  }
  const settings = { l2: 0.01, epochs: 100, learningRate: 0.05, minCount: 3, prune: 0.01, decimals: 3 };
  const meta = { rows: 'all' as const, combine: 'model' as const, rulesFrom: null, needsCue: false, source: 'synthetic test set', crossValidation: { folds: 5, scores: {} } };

  it('is deterministic: the same examples give the same bytes', () => {
    const a = serializeToneModel(buildModelFile(examples, settings, meta));
    const b = serializeToneModel(buildModelFile(examples.map((e) => ({ ...e })), settings, meta));
    expect(a).toBe(b);
    expect(validateToneModel(JSON.parse(a)).training.examples).toBe(36);
  });

  it('learns the synthetic pattern', () => {
    const model = compileToneModel(buildModelFile(examples, settings, meta));
    const verdict = (words: string[]) => predict(model, words.map((w) => ({ name: `w:${w}`, value: 1, token: 0 })), [5, 5]).polarity;
    expect(verdict(['good', 'table'])).toBe(1);
    expect(verdict(['bad', 'chair'])).toBe(-1);
    expect(verdict(['table'])).toBe(0);
  });

  it('drops features seen fewer than minCount times', () => {
    const rare = [...examples, example(['once'], 1, 99)];
    expect(Object.keys(train(rare, settings).weights)).not.toContain('w:once');
  });
});
