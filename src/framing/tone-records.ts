// One tone record per actor mention: the polarity toward that actor in its sentence, who holds it
// (the outlet, or the speaker of a quotation or of reported speech) and the word it rests on. The
// analysis keeps these records; relative framing and the reports read them.
import type { Article, AttributionFinding, QuoteFinding } from '../types.js';
import type { ActorMention, Side } from '../actors/types.js';
import type { ToneVoice } from './voice.js';
import { sentenceTones } from './tone.js';
import { toneModel } from './tone-model.js';
import { spanAt } from '../analyze/spans.js';

export interface ToneFinding {
  kind: 'tone';
  /** The actor's canonical name (as in `actors`). */
  actor: string;
  side: Side | null;
  /** The mention as written. */
  mention: string;
  text: string;
  start: number;
  end: number;
  where: ActorMention['where'];
  /** −1 negative, 0 neither, +1 positive toward this actor. */
  polarity: -1 | 0 | 1;
  score: number;
  voice: ToneVoice;
  /** null for the outlet's own voice; the quotation's speaker or the reported speech's source otherwise. */
  holder: string | null;
  /** The word the polarity rests on, as written (null when neutral), and where it is. */
  cue: string | null;
  cueStart: number | null;
  cueEnd: number | null;
  /** The sentence the mention is in, for citations. */
  sentenceStart: number;
  sentenceEnd: number;
  /**
   * Who decided the polarity: the learned model (lexicon/tone-model.json; `score` is then
   * P(positive) − P(negative)) or the rules (where their own score reaches the model's `rulesFrom`;
   * `score` is then their signed sum of weighted cues). The rules' polarity and score, always.
   */
  by: 'model' | 'rules';
  rulePolarity: -1 | 0 | 1;
  ruleScore: number;
}

export function actorTones(article: Article, actors: readonly ActorMention[], context: { quotes: QuoteFinding[]; attributions: AttributionFinding[] }): ToneFinding[] {
  // The learned model decides with the rules (docs/framing-tone.md, round 4).
  const judged = sentenceTones(article, actors, context, { model: toneModel() });
  const sentenceOf = spanAt(article.blocks.flatMap((b) => b.parsed.sentences));
  return actors.map((m, i) => {
    const j = judged[i];
    const sentence = sentenceOf(m.start);
    const [sentenceStart, sentenceEnd] = sentence ? [sentence.start, sentence.end] : [m.start, m.start];
    return {
      kind: 'tone', actor: m.actor, side: m.side, mention: m.text, text: m.text, start: m.start, end: m.end, where: m.where,
      polarity: j.polarity, score: Math.round(j.score * 1000) / 1000, voice: j.voice, holder: j.holder, cue: j.cue, cueStart: j.cueStart, cueEnd: j.cueEnd, sentenceStart, sentenceEnd,
      by: j.by ?? 'rules', rulePolarity: j.rulePolarity ?? j.polarity, ruleScore: Math.round((j.ruleScore ?? j.score) * 1000) / 1000,
    };
  });
}

/** After the actors' sides were read again at another date: each tone record takes its mention's side. */
export function withSides(tones: readonly ToneFinding[], actors: readonly ActorMention[]): ToneFinding[] {
  const sideAt = new Map(actors.map((m) => [`${m.start}:${m.end}`, m.side]));
  return tones.map((t) => ({ ...t, side: sideAt.get(`${t.start}:${t.end}`) ?? null }));
}
