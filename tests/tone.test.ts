// Tone toward one actor mention (src/framing/tone.ts). Every sentence and expected value here was
// written by hand before the code was run on it.
import { describe, expect, it } from 'vitest';
import { bodyArticle, seedArticle, seedFiles } from './helpers/seeds.js';
import { indexEntities } from '../src/analyze/entities.js';
import { extractQuotes } from '../src/analyze/quotes/quotes.js';
import { extractAttributions } from '../src/analyze/quotes/attributions.js';
import { sentenceTones, toneToward } from '../src/framing/tone.js';
import type { ToneJudgement } from '../src/framing/tone.js';
import { validateToneWords, toneShifters, toneWords } from '../src/framing/tone-words.js';

/** The tone toward the `nth` occurrence of `mention` in `text`, with quotes and attributions found by framelens. */
function tone(text: string, mention: string, nth = 0): ToneJudgement {
  const article = bodyArticle(text);
  const index = indexEntities(article.blocks, article.text);
  const { quotes, verbOffsets } = extractQuotes(article, index);
  const attributions = extractAttributions(article, index, quotes, verbOffsets);
  let start = -1;
  for (let i = 0; i <= nth; i += 1) start = article.text.indexOf(mention, start + 1);
  if (start < 0) throw new Error(`${mention} not in ${text}`);
  return toneToward(article, { start, end: start + mention.length }, { quotes, attributions });
}

describe('tone toward a mention', () => {
  it('the object of an attack is treated negatively; the attackers are not the target', () => {
    const smith = tone("Critics slammed Smith's plan.", 'Smith');
    expect(smith.polarity).toBe(-1);
    expect(smith.cue).toBe('slammed');
    // The critics' words, reported by the outlet: they hold the tone, not the outlet.
    expect(smith.voice).toBe('reported');
    expect(smith.holder).toBe('Critics');
    const critics = tone("Critics slammed Smith's plan.", 'Critics');
    expect(critics.polarity).not.toBe(1);
    expect(critics.score).toBeGreaterThan(smith.score);
  });

  it('an attacker is coloured less than the attacked', () => {
    const attacker = tone('Smith slammed the critics.', 'Smith');
    const attacked = tone('The critics slammed Smith.', 'Smith');
    expect(attacker.polarity).not.toBe(1);
    expect(attacked.polarity).toBe(-1);
    expect(Math.abs(attacker.score)).toBeLessThan(Math.abs(attacked.score));
  });

  it('praise of something reflects on the one praising', () => {
    expect(tone('Smith praised the plan.', 'Smith').polarity).toBe(1);
  });

  it('negation: a failure that did not happen is not negative', () => {
    const t = tone('Smith did not fail.', 'Smith');
    expect(t.polarity).not.toBe(-1);
    expect(t.score).toBeGreaterThan(0);
    expect(tone('Smith failed.', 'Smith').polarity).toBe(-1);
  });

  it('two targets with opposite tone in one sentence', () => {
    const text = 'Prosecutors praised Jones, but they accused Smith of lying.';
    expect(tone(text, 'Jones').polarity).toBe(1);
    expect(tone(text, 'Smith').polarity).toBe(-1);
    const text2 = 'The brave nurse Garcia stayed while the corrupt mayor Brown fled.';
    expect(tone(text2, 'Garcia').polarity).toBe(1);
    expect(tone(text2, 'Brown').polarity).toBe(-1);
  });

  it('a word about another actor in the same clause does not count', () => {
    const text = 'Smith met the corrupt governor Brown on Tuesday.';
    expect(tone(text, 'Smith').polarity).toBe(0);
    expect(tone(text, 'Brown').polarity).toBe(-1);
  });

  it('a word in another clause with no bearing on the mention does not decide', () => {
    expect(tone('Smith spoke on Tuesday, although the weather was terrible.', 'Smith').polarity).toBe(0);
  });

  it('appositions, modifiers and the passive', () => {
    expect(tone('Disgraced former aide Smith spoke on Tuesday.', 'Smith').polarity).toBe(-1);
    const text = 'Smith, a disgraced former aide, was accused of fraud by prosecutors.';
    expect(tone(text, 'Smith').polarity).toBe(-1);
    expect(tone(text, 'prosecutors').polarity).toBe(0);
  });

  it('quoted voice has the speaker as holder; own voice has none', () => {
    const quoted = tone('"Smith is a liar," Jones said.', 'Smith');
    expect(quoted.voice).toBe('quoted');
    expect(quoted.holder).toBe('Jones');
    expect(quoted.polarity).toBe(-1);
    const own = tone('Smith is a liar.', 'Smith');
    expect(own.voice).toBe('own');
    expect(own.holder).toBeNull();
    expect(own.polarity).toBe(-1);
  });

  it('reported speech: the content is credited to its source', () => {
    const smith = tone('Jones said Smith had lied.', 'Smith');
    expect(smith.voice).toBe('reported');
    expect(smith.holder).toBe('Jones');
    expect(smith.polarity).toBe(-1);
    expect(smith.cue).toBe('lied');
    const jones = tone('Jones said Smith had lied.', 'Jones');
    expect(jones.voice).toBe('own');
    expect(jones.polarity).toBe(0);
  });

  it('offsets of the cue point into the article text', () => {
    const text = 'On Monday the senator was praised by the mayor.';
    const t = tone(text, 'senator');
    expect(t.polarity).toBe(1);
    expect(text.slice(t.cueStart ?? 0, t.cueEnd ?? 0)).toBe('praised');
  });

  it('news events without an opinion word: legal action, loss of office, contests, election', () => {
    expect(tone('Prosecutors indicted Senator Blake on Tuesday.', 'Blake').polarity).toBe(-1);
    expect(tone('Senator Blake was arrested at his home.', 'Blake').polarity).toBe(-1);
    expect(tone('Mayor Pike resigned on Friday.', 'Pike').polarity).toBe(-1);
    expect(tone('Voters elected Marisa Lund to the council.', 'Lund').polarity).toBe(1);
    // The one who brings the charge is not judged by it.
    expect(tone('Prosecutors led by Dana Whit indicted the mayor.', 'Dana Whit').polarity).toBe(0);
  });

  it('words of political news the product-review lexicon lacks', () => {
    expect(tone('Senator Vale, a polarizing figure, spoke on Monday.', 'Vale').polarity).toBe(-1);
    expect(tone('The respected senator Mora spoke on Monday.', 'Mora').polarity).toBe(1);
  });

  it('a name that opens a sentence is not an opinion word, a capitalised adjective is', () => {
    expect(tone("Bliss's aide Moreno spoke on Monday.", 'Moreno').polarity).toBe(0);
    expect(tone('Noble told reporters that Moreno would speak.', 'Moreno').polarity).toBe(0);
    expect(tone('Disgraced former aide Moreno spoke on Monday.', 'Moreno').polarity).toBe(-1);
  });

  it('labels of a side or an office are not opinions', () => {
    expect(tone('The conservative senator Hale spoke on Monday.', 'Hale').polarity).toBe(0);
    expect(tone('The progressive senator Mora spoke on Monday.', 'Mora').polarity).toBe(0);
    expect(tone('Ames, the vice president, spoke on Monday.', 'Ames').polarity).toBe(0);
  });

  it('a contest won: good for the winner, bad for the one beaten, both turned by negation', () => {
    const text = 'Governor Hale defeated Mayor Ortiz in the primary.';
    expect(tone(text, 'Hale').polarity).toBe(1);
    expect(tone(text, 'Ortiz').polarity).toBe(-1);
    const negated = 'Kline did not defeat Oduya.';
    expect(tone(negated, 'Kline').polarity).toBe(-1);
    expect(tone(negated, 'Oduya').polarity).toBe(1);
  });

  it('a shifter verb turns its object around for the one who acts; a negated one lets it stand', () => {
    expect(tone('Mayor Ruiz fought rampant corruption.', 'Ruiz').polarity).toBe(1);
    expect(tone('Senator Vale blocked the popular bill.', 'Vale').polarity).toBe(-1);
    expect(tone('Senator Vale did not block the popular bill.', 'Vale').polarity).toBe(1);
    // Not a shifter: the object's tone is the subject's ("X made a terrible mistake").
    expect(tone('Senator Vale made a terrible mistake.', 'Vale').polarity).toBe(-1);
  });

  it('a day or a month is a date, not another actor the words could be about', () => {
    expect(tone('Smith spoke on a disastrous Tuesday.', 'Smith').polarity).toBe(-1);
    expect(tone('Smith spoke on a disastrous evening in Boston.', 'Smith').polarity).toBe(-1);
  });

  it('an attack or praise the outlet reports is held by the one who speaks', () => {
    const blasted = tone('Several governors blasted Mayor Quinn over the budget.', 'Quinn');
    expect(blasted.polarity).toBe(-1);
    expect(blasted.voice).toBe('reported');
    expect(blasted.holder).toBe('Several governors');
    const commended = tone('Mayor Quinn was commended by the council.', 'Quinn');
    expect(commended.polarity).toBe(1);
    expect(commended.voice).toBe('reported');
    expect(commended.holder).toBe('the council');
    // No speaker named: the outlet's own account.
    const accused = tone('Mayor Quinn was accused of fraud.', 'Quinn');
    expect(accused.polarity).toBe(-1);
    expect(accused.voice).toBe('own');
    expect(accused.holder).toBeNull();
    // Not speech: an indictment is an event the outlet reports in its own voice.
    const indicted = tone('Prosecutors indicted Mayor Quinn.', 'Quinn');
    expect(indicted.polarity).toBe(-1);
    expect(indicted.voice).toBe('own');
  });

  it('a naming verb: the phrase it says of its object is about that object, and its speaker holds it', () => {
    // Expected values written before the rule was run.
    const liar = tone('Critics called Hale a liar.', 'Hale');
    expect(liar.polarity).toBe(-1);
    expect(liar.cue).toBe('liar');
    expect(liar.voice).toBe('reported');
    expect(liar.holder).toBe('Critics');
    const brave = tone('The mayor described Ortiz as a brave and honest leader.', 'Ortiz');
    expect(brave.polarity).toBe(1);
    expect(brave.holder).toBe('The mayor');
    // A quoted name given to the object ("branded X 'reckless'") counts fully toward it.
    const branded = tone('The senator branded Vale "reckless" on Monday.', 'Vale');
    expect(branded.polarity).toBe(-1);
    expect(branded.cue).toBe('reckless');
    // The object the mention owns: "called Hale's plan a disaster" is about Hale's plan.
    expect(tone("Lee called Hale's plan a disaster.", 'Hale').polarity).toBe(-1);
    // The one who names is not the one named.
    expect(tone('Critics called Hale a liar.', 'Critics').polarity).not.toBe(-1);
  });

  it("another clause of the same quotation counts toward a mention inside it; the outlet's own clauses do not", () => {
    // Expected values written before the rule was run.
    const quoted = tone('"Smith has been in charge for years, and the results are a disaster," Jones said.', 'Smith');
    expect(quoted.polarity).toBe(-1);
    expect(quoted.voice).toBe('quoted');
    expect(quoted.holder).toBe('Jones');
    // The same words in the outlet's own voice stay below the threshold: another clause.
    expect(tone('Smith has been in charge for years, and the results are a disaster.', 'Smith').polarity).toBe(0);
  });

  it('verbs of censure are aimed at their object, like the attack verbs', () => {
    // Expected values written before the list was added.
    const condemned = tone('Several governors condemned Hale.', 'Hale');
    expect(condemned.polarity).toBe(-1);
    expect(condemned.voice).toBe('reported');
    expect(condemned.holder).toBe('Several governors');
    // The one who criticizes is shown as combative, not judged: below the threshold, as for "slammed".
    expect(tone('Hale criticized the new budget.', 'Hale').polarity).toBe(0);
    expect(tone('Ortiz blamed Hale for the delays.', 'Ortiz').polarity).toBe(0);
    expect(tone('Ortiz blamed Hale for the delays.', 'Hale').polarity).toBe(-1);
  });

  it('sentenceTones gives the same answers as toneToward, in the order given', () => {
    const text = 'Prosecutors praised Jones, but they accused Smith of lying.\n\nSmith is a liar.';
    const article = bodyArticle(text);
    const context = { quotes: [], attributions: [] };
    const spans = [text.lastIndexOf('Smith'), text.indexOf('Jones'), text.indexOf('Smith')].map((start) => ({ start, end: start + 5 }));
    const many = sentenceTones(article, spans, context);
    expect(many).toEqual(spans.map((s) => toneToward(article, s, context)));
    expect(many.map((t) => t.polarity)).toEqual([-1, 1, -1]);
  });
});

describe('tone on the seed articles', () => {
  it('judges every proper-noun mention, with cues that point into the text, the same in any order', () => {
    for (const file of seedFiles()) {
      const article = seedArticle(file);
      const index = indexEntities(article.blocks, article.text);
      const { quotes, verbOffsets } = extractQuotes(article, index);
      const attributions = extractAttributions(article, index, quotes, verbOffsets);
      const mentions = article.blocks.flatMap((b) => b.parsed.tokens.filter((t) => t.pos === 'PROPN').map((t) => ({ start: t.start, end: t.end })));
      expect(mentions.length).toBeGreaterThan(10);
      const tones = sentenceTones(article, mentions, { quotes, attributions });
      expect(tones).toHaveLength(mentions.length);
      for (const t of tones) {
        if (t.cue !== null) expect(article.text.slice(t.cueStart ?? 0, t.cueEnd ?? 0)).toBe(t.cue);
        expect(t.polarity === 0 ? t.cue === null : t.cue !== null).toBe(true);
        expect(t.voice === 'own' ? t.holder === null : true).toBe(true);
      }
      const reversed = sentenceTones(article, [...mentions].reverse(), { quotes, attributions });
      expect(reversed).toEqual([...tones].reverse());
      // Quoted mentions are found where the quotations are.
      expect(tones.some((t) => t.voice === 'quoted')).toBe(quotes.some((q) => q.quoteKind === 'speech' && mentions.some((m) => m.start >= q.start && m.end <= q.end)));
    }
  });
});

describe('tone words', () => {
  it('loads the shipped lists, including those read from other lexicon files', () => {
    const words = toneWords();
    expect(words.get('disgraced')?.polarity).toBe(-1);
    expect(words.get('praise')?.polarity).toBe(1);
    expect(words.get('slam')?.role).toBe('attack');
    expect(words.get('praise')?.role).toBe('praise');
    expect(words.get('slam')?.speech).toBe(true);
    expect(words.get('indict')?.role).toBe('attack');
    expect(words.get('indict')?.speech).toBe(false);
    expect(words.get('defeat')?.role).toBe('defeat');
    expect(words.has('conservative')).toBe(false);
    expect(toneShifters().has('fight')).toBe(true);
  });

  it('rejects a list without a source, polarity or words', () => {
    const good = { name: 't', version: 1, description: '', sources: { a: 'A paper' }, lists: { x: { source: 'a', polarity: 1, words: ['good'] } } };
    expect(() => validateToneWords(good)).not.toThrow();
    expect(() => validateToneWords({ ...good, lists: { x: { source: 'b', polarity: 1, words: ['good'] } } })).toThrow(/source/);
    expect(() => validateToneWords({ ...good, lists: { x: { source: 'a', polarity: 2, words: ['good'] } } })).toThrow(/polarity/);
    expect(() => validateToneWords({ ...good, lists: { x: { source: 'a', polarity: 1 } } })).toThrow(/words/);
    expect(() => validateToneWords({ ...good, lists: { x: { source: 'a', polarity: -1, from: 'nowhere' } } })).toThrow(/from/);
    expect(() => validateToneWords({ ...good, shifters: { source: 'nowhere', words: ['fight'] } })).toThrow(/shifters/);
    expect(() => validateToneWords({ ...good, notOpinions: { source: 'a', words: [] } })).toThrow(/notOpinions/);
    expect(() => validateToneWords({ ...good, lists: { x: { source: 'a', polarity: 1, speech: 'yes', words: ['good'] } } })).toThrow(/speech/);
  });
});
