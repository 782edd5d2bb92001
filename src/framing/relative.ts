// Relative framing inside one story: each article against the story's other articles. What differs
// between articles about one event is who they let speak and how their own voice treats each side, so
// every signal is compared within the story (a story about a Republican scandal has Republicans
// everywhere; only the differences between its articles say anything about framing).
//
// Signals, each a number per article where higher means "to the right":
// - sources: quoted words and attributions given to the right side minus the left, over their sum
//   plus a constant (a single short quotation is weak evidence); only when the story hears both sides;
// - tone: own-voice tone toward the right side minus tone toward the left (mean polarity of the
//   outlet's own sentences about each side); shown with its sentences, weight 0 (see WEIGHTS);
// - learned: the per-article learned lean (slant.layers.leanLogit), the weakest of the three;
// - bias: the sentences the bias-sentence model flags (src/framing/bias-sentences), each weighted by
//   its probability, toward the side its tone favours (negative toward the left or positive toward the
//   right counts right), over their summed probability plus a constant.
// Each signal is centred on the story's mean and scaled by its spread within the story, but never by
// less than a floor (a difference below the floor is noise, and two-article stories would otherwise
// turn any difference into a full unit). The scaled signals are summed with fixed weights.

/** One cited passage of an article. */
export interface Citation {
  start: number;
  end: number;
  text: string;
}

export interface SideTally {
  left: number;
  right: number;
}

/** Own-voice tone toward one side: the sentences that are negative, positive or neither toward it. */
export interface SideTone {
  negative: Citation[];
  positive: Citation[];
  neutral: number;
}

/** What relative framing needs from one article. */
export interface FramingInput {
  /** The article's short id ("003"). */
  id: string;
  /** Quoted words whose speaker has a side. */
  quotedWords: SideTally;
  /** Attributions (sourcing, reported speech) whose source has a side. */
  attributions: SideTally;
  /** Quoted words in the article in all (for shares). */
  quotedWordsTotal: number;
  /** The quotations and attributions behind the tallies, for citations. */
  sourceCites: { left: Citation[]; right: Citation[] };
  tone: { left: SideTone; right: SideTone };
  /** The per-article learned lean (positive: right); null when the article has no political subject. */
  learnedLean: number | null;
  /** Sentences flagged as carrying informational bias, with their probability and which side their tone favours. */
  bias: BiasCitation[];
}

/** A flagged sentence: `leaning` +1 its tone favours the right side (against the left), −1 the left, 0 neither. */
export interface BiasCitation extends Citation {
  probability: number;
  leaning: -1 | 0 | 1;
}

export type FramingSignal = 'sources' | 'tone' | 'learned' | 'bias';

/** One plain-words claim about an article (its subject is the article: "gives the right side 71% of …"), with the passages it rests on. */
export interface FramingEvidence {
  signal: FramingSignal;
  /** > 0: this signal puts the article to the right of the others. */
  direction: number;
  claim: string;
  cites: Citation[];
}

export interface ArticleFraming {
  id: string;
  /** > 0: to the right of the story's other articles; < 0: to the left; 0: no difference found. */
  relativeLean: number;
  /** 1 for the article furthest right, n for the furthest left; articles with equal leans share a rank. */
  rank: number;
  /** Each signal's scaled value for this article (0 when the story gives it nothing to compare). */
  signals: Record<FramingSignal, number>;
  /** The counts the signals are made from: sourcing and own-voice tone sentences, per side. */
  sides: { quotedWords: SideTally; attributions: SideTally; negative: SideTally; positive: SideTally; biasAgainst: SideTally };
  evidence: FramingEvidence[];
}

/** Quoted words an attribution is worth: an attribution is a whole statement credited to someone. */
export const ATTRIBUTION_WORDS = 15;
/** Added to the sources' denominator: a handful of sided words says little. */
export const SOURCE_PRIOR = 20;
/** Added to the tone's denominator, in sentences: one sentence about a side is weak evidence. */
export const TONE_PRIOR = 2;

/**
 * How much each scaled signal counts in the relative lean. Own-voice tone by side is computed, shown
 * and cited, but not counted: alone it has ordered the annotated dev events no better than chance in
 * every form built (own-voice records 0.44-0.50 of pairs, sentence word counts up to 0.57, tone of
 * quoted and reported speech 0.48-0.55; docs/framing.md), so in the sum it only adds noise.
 */
export const WEIGHTS: Record<FramingSignal, number> = { sources: 1, tone: 0, learned: 1, bias: 1 };
/** The smallest spread each signal is scaled by: differences below it are treated as noise. */
export const FLOORS: Record<FramingSignal, number> = { sources: 0.1, tone: 0.15, learned: 0.5, bias: 0.1 };
/** Added to the bias signal's denominator, in summed probability: one flagged sentence is weak evidence. */
export const BIAS_PRIOR = 2;

/**
 * Flagged sentences toward the side their tone favours, each weighted by its probability, over the
 * summed probability of the flagged sentences plus BIAS_PRIOR; null when no flagged sentence favours
 * either side.
 */
export function biasBalance(x: FramingInput): number | null {
  if (!x.bias.some((b) => b.leaning !== 0)) return null;
  const total = x.bias.reduce((n, b) => n + b.probability, 0);
  return x.bias.reduce((n, b) => n + b.probability * b.leaning, 0) / (total + BIAS_PRIOR);
}

export function sourceBalance(x: FramingInput): number | null {
  const right = x.quotedWords.right + ATTRIBUTION_WORDS * x.attributions.right;
  const left = x.quotedWords.left + ATTRIBUTION_WORDS * x.attributions.left;
  return right + left === 0 ? null : (right - left) / (right + left + SOURCE_PRIOR);
}

/**
 * Source balance within a story. "Who is heard" compares the sides: when no article of the story gives
 * any sided sourcing to one of the sides, every sided source is on the same side, and an article that
 * quotes that side more only quotes more; the signal then says nothing (null for every article).
 */
export function storySourceBalances(inputs: readonly FramingInput[]): (number | null)[] {
  const heard = sidesHeard(inputs);
  if (!heard.left || !heard.right) return inputs.map(() => null);
  return inputs.map(sourceBalance);
}

/** Which sides any of the articles quotes or cites (the inputs, or the framing records made from them). */
export function sidesHeard(articles: readonly { quotedWords: SideTally; attributions: SideTally }[]): { left: boolean; right: boolean } {
  const heard = (side: 'left' | 'right') => articles.some((x) => x.quotedWords[side] + x.attributions[side] > 0);
  return { left: heard('left'), right: heard('right') };
}

const toneOf = (t: SideTone) => {
  const n = t.negative.length + t.positive.length + t.neutral;
  return n === 0 ? null : (t.positive.length - t.negative.length) / (n + TONE_PRIOR);
};

/** Own-voice tone toward the right minus toward the left; a side the article does not mention counts as neutral. */
export function toneBalance(x: FramingInput): number | null {
  const right = toneOf(x.tone.right);
  const left = toneOf(x.tone.left);
  if (right === null && left === null) return null;
  return (right ?? 0) - (left ?? 0);
}

const RAW: Record<FramingSignal, (x: FramingInput) => number | null> = {
  sources: sourceBalance,
  tone: toneBalance,
  learned: (x) => x.learnedLean,
  bias: biasBalance,
};

/** Centred on the story's mean and scaled by its spread (at least `floor`). */
export function scaled(values: readonly (number | null)[], floor: number): number[] {
  if (values.every((v) => v === null)) return values.map(() => 0);
  // An article without the signal counts as zero: nothing sided said, no tone toward a side.
  const filled = values.map((v) => v ?? 0);
  const mean = filled.reduce((a, b) => a + b, 0) / filled.length;
  const sd = Math.sqrt(filled.reduce((a, b) => a + (b - mean) ** 2, 0) / filled.length);
  const scale = Math.max(sd, floor);
  return filled.map((v) => (v - mean) / scale);
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function relativeFraming(inputs: readonly FramingInput[], describe: (signal: FramingSignal, i: number, inputs: readonly FramingInput[]) => FramingEvidence | null = () => null): ArticleFraming[] {
  const raw = (s: FramingSignal) => (s === 'sources' ? storySourceBalances(inputs) : inputs.map(RAW[s]));
  const signals = (Object.keys(RAW) as FramingSignal[]).map((s) => [s, scaled(raw(s), FLOORS[s])] as const);
  const leans = inputs.map((_, i) => round(signals.reduce((sum, [s, v]) => sum + WEIGHTS[s] * v[i], 0)));
  return inputs.map((x, i) => {
    const evidence: FramingEvidence[] = [];
    for (const [s, v] of signals) {
      if (v[i] === 0) continue;
      const e = describe(s, i, inputs);
      if (e) evidence.push(e);
    }
    return {
      id: x.id,
      relativeLean: leans[i],
      rank: 1 + leans.filter((l) => l > leans[i]).length,
      signals: Object.fromEntries(signals.map(([s, v]) => [s, round(v[i])])) as Record<FramingSignal, number>,
      sides: {
        quotedWords: x.quotedWords,
        attributions: x.attributions,
        negative: { left: x.tone.left.negative.length, right: x.tone.right.negative.length },
        positive: { left: x.tone.left.positive.length, right: x.tone.right.positive.length },
        biasAgainst: { left: x.bias.filter((b) => b.leaning > 0).length, right: x.bias.filter((b) => b.leaning < 0).length },
      },
      evidence,
    };
  });
}
