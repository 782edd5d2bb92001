// Sentences that carry informational bias: for each body sentence, the probability that it does, from
// a logistic regression over what framelens already reads in it (src/framing/bias-sentences/features.ts),
// trained on BASIL's annotated sentences (scripts/build-bias-model.ts, lexicon/bias-sentences.json).
// Flagged sentences become records with text and offsets, the actors they name, and the side each is
// aimed at (sentenceSide): the relative signal `bias` (src/framing/relative.ts) compares these within
// a story, so a single article gets no call from them.
import { readFileSync } from 'node:fs';
import type { Article, Where } from '../../types.js';
import type { Side } from '../../actors/types.js';
import { dataPath } from '../../data-path.js';
import { speakerActors } from '../../actors/sources.js';
import type { BiasModel } from './model.js';
import { probability } from './model.js';
import { bodySentences, sentenceBuckets, sentenceFeatures } from './features.js';
import { bucketsOf } from './buckets.js';
import type { ActorMention } from '../../actors/types.js';
import type { SentenceRecords } from './features.js';
import { SCORE_FEATURE, biasWordScores } from './word-scores.js';
import { checkFileHeader } from './file-header.js';

export type { SentenceFeatures, SentenceRecords } from './features.js';
export { sentenceFeatures } from './features.js';

export interface BiasSentenceFinding {
  kind: 'bias-sentence';
  text: string;
  start: number;
  end: number;
  where: Where;
  /** Probability (3 decimals) that the sentence carries informational bias, from the model. */
  probability: number;
  /** What kind of bias the model was trained to find: BASIL's informational bias (selection of facts, context, quotes). */
  biasKind: 'informational';
  /** Actors the sentence names (canonical names, in order of first mention). */
  actors: string[];
  /**
   * The side the sentence is aimed at (sentenceSide): its sided targets with the tone of their records
   * (neutral read as negative), its sided speakers as the side heard; null when it names no sided
   * actor or the sides cancel out.
   */
  side: Side | null;
  /** The summed tone toward `side`, as −1 or +1 (0 when `side` is null). */
  polarity: -1 | 0 | 1;
  /** +1: the sentence's tone favours the right side (good for it or bad for the left); −1 the left; 0 neither. */
  leaning: -1 | 0 | 1;
}

/** The model file (lexicon/bias-sentences.json). */
export interface BiasModelFile {
  name: string;
  version: number;
  description: string;
  /** Where the weights were learned from. */
  source: string;
  /** How they were learned: examples, penalty, passes, word features or not, and the inner cross-validation's F1. */
  training: Record<string, unknown>;
  threshold: number;
  /** Feature name -> weight, sorted by name. */
  weights: Record<string, number>;
}

/** Checks a model file's shape; throws with the first problem found. */
export function validateBiasModel(data: unknown, file: string): BiasModelFile {
  const { d, fail } = checkFileHeader(data, file);
  if (typeof d.threshold !== 'number' || !(d.threshold > 0 && d.threshold < 1)) fail('"threshold" must be a number between 0 and 1');
  if (typeof d.training !== 'object' || d.training === null) fail('"training" must be an object');
  if (typeof d.weights !== 'object' || d.weights === null || Array.isArray(d.weights)) fail('"weights" must be an object');
  const names = Object.keys(d.weights as object);
  if (!names.includes('bias')) fail('"weights" has no "bias"');
  names.forEach((n, i) => {
    const v = (d.weights as Record<string, unknown>)[n];
    if (typeof v !== 'number' || !Number.isFinite(v)) fail(`weight "${n}" is not a finite number`);
    if (i > 0 && names[i - 1].localeCompare(n) >= 0) fail(`weights are not sorted by name at "${n}"`);
    if (!/^[a-z][a-z0-9:'-]*$/.test(n)) fail(`weight name "${n}" is not a feature name`);
  });
  return d as unknown as BiasModelFile;
}

let bundled: BiasModel | null = null;

/** The bundled model, read once per process. */
export function biasModel(): BiasModel {
  if (bundled) return bundled;
  const path = dataPath('bias-sentences.json');
  const file = validateBiasModel(JSON.parse(readFileSync(path, 'utf8')), path);
  bundled = { weights: new Map(Object.entries(file.weights)), threshold: file.threshold };
  return bundled;
}

/** What the side of a sentence is read from: the analysis' actors, their tone records and who speaks. */
export type SideRecords = Pick<SentenceRecords, 'actors' | 'tones' | 'quotes' | 'attributions'>;

/**
 * The side a sentence is aimed at. Each sided actor it names counts toward its side: as its speaker
 * (of a direct quotation in the sentence, or the source of reported speech) +1, the side heard; else
 * as a target, with the polarity of its tone record, and −1 when the record is neutral (three in four
 * of BASIL's informational-bias spans are negative toward their target). `side` is the side whose
 * sum is furthest from 0 (on a tie, the one it is negative toward), `polarity` that sum's sign, and
 * `leaning` which side the sentence favours: the right's sum minus the left's.
 */
export function sentenceSide(r: SideRecords, start: number, end: number, speakersOf = lazySpeakers(r.actors)): { side: Side | null; polarity: -1 | 0 | 1; leaning: -1 | 0 | 1 } {
  const sum = { left: 0, right: 0 };
  const tone = new Map(r.tones.map((t) => [`${t.start}:${t.end}`, t.polarity]));
  const quoted = r.quotes.filter((q) => q.quoteKind === 'speech' && q.start < end && q.end > start);
  // The speaker as the quote finder names it ("Chuck Schumer") is matched to the actor ("Charles E. Schumer").
  const who = quoted.length ? speakersOf() : null;
  const speakers = new Set(quoted.map((q) => who?.(q.speaker, q.speakerMention)?.actor).filter((a): a is string => !!a));
  const inQuote = (at: number) => r.quotes.some((q) => at >= q.start && at < q.end);
  const sourceOf = (at: number) => r.attributions.some((x) => at >= x.start && at < x.end && !(x.contentStart !== undefined && at >= x.contentStart && at < (x.contentEnd ?? x.end)));
  for (const m of r.actors) {
    if (m.side === null || m.start < start || m.start >= end) continue;
    const speaker = (!inQuote(m.start) && speakers.has(m.actor)) || sourceOf(m.start);
    sum[m.side] += speaker ? 1 : tone.get(`${m.start}:${m.end}`) || -1;
  }
  const leaning = Math.sign(sum.right - sum.left) as -1 | 0 | 1;
  if (leaning === 0) return { side: null, polarity: 0, leaning };
  const side: Side = Math.abs(sum.right) > Math.abs(sum.left) ? 'right' : Math.abs(sum.left) > Math.abs(sum.right) ? 'left' : sum.right < 0 ? 'right' : 'left';
  return { side, polarity: Math.sign(sum[side]) as -1 | 1, leaning };
}

/** The flagged body sentences of an article. */
export function findBiasSentences(article: Article, records: SentenceRecords, model: BiasModel = biasModel()): BiasSentenceFinding[] {
  const sentences = bodySentences(article);
  const buckets = sentenceBuckets(records, sentences);
  const who = lazySpeakers(records.actors);
  const out: BiasSentenceFinding[] = [];
  const scores = readsScores(model) ? biasWordScores() : null;
  for (const s of sentenceFeatures(article, records, sentences, buckets, readsWords(model), scores)) {
    const p = probability(model, s.features);
    if (p < model.threshold) continue;
    const i = s.index;
    out.push(biasSentenceRecord(article.text, s.start, s.end, p, { actors: buckets.actors[i], tones: buckets.tones[i], quotes: buckets.quotes[i], attributions: buckets.attributions[i] }, who));
  }
  return out;
}

/** Whether the model weighs the mean word score (round 7): then the analysis reads the word-score table. */
export const readsScores = (model: BiasModel): boolean => model.weights.has(SCORE_FEATURE);

const wordsRead = new WeakMap<BiasModel, boolean>();

/** Whether the model has any word weight (`w:`): when it has none, the word features are not made (their weights would all be 0). */
export function readsWords(model: BiasModel): boolean {
  let r = wordsRead.get(model);
  if (r === undefined) {
    r = [...model.weights.keys()].some((n) => n.startsWith('w:'));
    wordsRead.set(model, r);
  }
  return r;
}

/** The speaker matcher of the article's actors, built once and only when a quotation asks for it. */
function lazySpeakers(actors: readonly ActorMention[]): () => ReturnType<typeof speakerActors> {
  let who: ReturnType<typeof speakerActors> | null = null;
  return () => (who ??= speakerActors(actors));
}

/** The record of one flagged sentence: the actors it names and the side its tone records are aimed at. */
export function biasSentenceRecord(text: string, start: number, end: number, p: number, records: SideRecords, who = lazySpeakers(records.actors)): BiasSentenceFinding {
  const actors = [...new Set(records.actors.filter((m) => m.start >= start && m.start < end).map((m) => m.actor))];
  const { side, polarity, leaning } = sentenceSide(records, start, end, who);
  return { kind: 'bias-sentence', text: text.slice(start, end), start, end, where: 'body', probability: Math.round(p * 1000) / 1000, biasKind: 'informational', actors, side, polarity, leaning };
}

/** After the actors' sides were read again (another date, the story): each record's side follows its actors. */
export function withBiasSides(records: readonly BiasSentenceFinding[], sides: SideRecords): BiasSentenceFinding[] {
  if (records.length === 0) return [];
  const b = { actors: bucketsOf(sides.actors, records), tones: bucketsOf(sides.tones, records), quotes: bucketsOf(sides.quotes, records), attributions: bucketsOf(sides.attributions, records) };
  const who = lazySpeakers(sides.actors);
  return records.map((r, i) => ({ ...r, ...sentenceSide({ actors: b.actors[i], tones: b.tones[i], quotes: b.quotes[i], attributions: b.attributions[i] }, r.start, r.end, who) }));
}
