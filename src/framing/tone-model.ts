// The learned polarity model toward one mention: a multinomial logistic regression (−1 / 0 / +1) over
// the features of tone-model-features.ts, kept as data in lexicon/tone-model.json (rebuilt by
// `npm run build:tone-model`, scripts/build-tone-model.ts). Weights are stored relative to the neutral
// class (its weights are 0), which leaves the softmax's answers unchanged and halves the file.
import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';
import type { FeatureVocab, ToneFeature } from './tone-model-features.js';

/**
 * How the model and the rules of tone.ts share the verdict: `model`, the model decides every mention;
 * `rules-first`, the rules decide where they find a polarity and the model where they find none;
 * `strong-rules`, the rules decide where their score reaches `rulesFrom` (a cue at full weight in
 * the mention's own phrase or verb scores 1), the model everywhere else.
 */
export type ToneCombine = 'model' | 'rules-first' | 'strong-rules';

export interface ToneModelTraining {
  /** Which rows of the training file: every row, or the even half of bench/tone-devset.ts' split. */
  rows: 'all' | 'even';
  examples: number;
  l2: number;
  epochs: number;
  learningRate: number;
  /** A feature is kept when it occurs in at least this many training examples. */
  minCount: number;
  /** Features whose largest |weight| is below this are dropped after training. */
  prune: number;
  decimals: number;
  combine: ToneCombine;
  /** For `strong-rules`: the |rule score| from which the rules decide; null otherwise. */
  rulesFrom: number | null;
  /** The model gives a polarity only when a polarity word of the sentence points its way (the cue). */
  needsCue: boolean;
  /** Cross-validation inside the even half that chose l2 and combine: macro-F1 per setting. */
  crossValidation: { folds: number; scores: Record<string, number> };
}

export interface ToneModelFile {
  name: string;
  version: number;
  description: string;
  /** What it was trained on and how. */
  source: string;
  licence: string;
  training: ToneModelTraining;
  /** Class order of the stored pairs: [negative, positive], each relative to neutral. */
  classes: [-1, 1];
  bias: [number, number];
  /** Feature name → [weight toward negative, weight toward positive], sorted by name. */
  weights: Record<string, [number, number]>;
}

export interface ToneModel {
  combine: ToneCombine;
  rulesFrom: number | null;
  needsCue: boolean;
  bias: [number, number];
  weights: Map<string, [number, number]>;
}

/** Checks a parsed model file; throws with the field at fault. */
export function validateToneModel(data: unknown, file = 'tone-model.json'): ToneModelFile {
  const fail = (problem: string): never => {
    throw new Error(`framelens data file lexicon/${file}: ${problem}`);
  };
  const finite = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail('must be a JSON object');
  const d = data as Record<string, unknown>;
  for (const key of ['name', 'description', 'source', 'licence']) if (typeof d[key] !== 'string' || !(d[key] as string).trim()) fail(`"${key}" must be a non-empty string`);
  if (!Number.isInteger(d.version)) fail('"version" must be an integer');
  const t = d.training as Record<string, unknown> | undefined;
  if (typeof t !== 'object' || t === null) fail('"training" must be an object');
  const tr = t as Record<string, unknown>;
  if (tr.rows !== 'all' && tr.rows !== 'even') fail('"training.rows" must be "all" or "even"');
  if (tr.combine !== 'model' && tr.combine !== 'rules-first' && tr.combine !== 'strong-rules') fail('"training.combine" must be "model", "rules-first" or "strong-rules"');
  if ((tr.combine === 'strong-rules') !== finite(tr.rulesFrom) || (tr.rulesFrom !== null && !finite(tr.rulesFrom))) fail('"training.rulesFrom" must be a number for "strong-rules" and null otherwise');
  if (typeof tr.needsCue !== 'boolean') fail('"training.needsCue" must be true or false');
  for (const key of ['examples', 'l2', 'epochs', 'learningRate', 'minCount', 'prune', 'decimals']) if (!finite(tr[key]) || (tr[key] as number) < 0) fail(`"training.${key}" must be a number ≥ 0`);
  if (!Array.isArray(d.classes) || d.classes.length !== 2 || d.classes[0] !== -1 || d.classes[1] !== 1) fail('"classes" must be [-1, 1]');
  const pair = (x: unknown) => Array.isArray(x) && x.length === 2 && finite(x[0]) && finite(x[1]);
  if (!pair(d.bias)) fail('"bias" must be two numbers');
  if (typeof d.weights !== 'object' || d.weights === null || Array.isArray(d.weights)) fail('"weights" must be an object');
  let previous = '';
  for (const [name, w] of Object.entries(d.weights as Record<string, unknown>)) {
    if (!name || name.length > 80) fail(`feature "${name.slice(0, 40)}" must be a short non-empty name`);
    if (!pair(w)) fail(`feature "${name}" must have two numbers`);
    if (previous && name <= previous) fail(`features must be sorted by name ("${name}" after "${previous}")`);
    previous = name;
  }
  return d as unknown as ToneModelFile;
}

export function compileToneModel(file: ToneModelFile): ToneModel {
  return { combine: file.training.combine, rulesFrom: file.training.rulesFrom ?? null, needsCue: file.training.needsCue === true, bias: file.bias, weights: new Map(Object.entries(file.weights)) };
}

let shipped: ToneModel | undefined;
/** The model shipped in lexicon/tone-model.json, loaded and checked once per process. */
export function toneModel(): ToneModel {
  shipped ??= compileToneModel(validateToneModel(JSON.parse(readFileSync(dataPath('tone-model.json'), 'utf8'))));
  return shipped;
}

const vocabs = new WeakMap<ToneModel, FeatureVocab>();
/**
 * The names the model weighs, asked by prefix and word without joining them: for each prefix asked,
 * the rests of the names that start with it (computed on the first ask, a few per process).
 */
export function featureVocab(model: ToneModel): FeatureVocab {
  let vocab = vocabs.get(model);
  if (vocab) return vocab;
  const byPrefix = new Map<string, Set<string>>();
  const weights = model.weights;
  vocab = {
    has(prefix, word) {
      let rests = byPrefix.get(prefix);
      if (!rests) {
        rests = new Set();
        for (const name of weights.keys()) if (name.startsWith(prefix)) rests.add(name.slice(prefix.length));
        byPrefix.set(prefix, rests);
      }
      return rests.has(word);
    },
    hasName: (name) => weights.has(name),
  };
  vocabs.set(model, vocab);
  return vocab;
}

/** Do the rules decide this mention, by the model's way of combining? */
export function rulesDecide(model: Pick<ToneModel, 'combine' | 'rulesFrom'>, rulePolarity: number, ruleScore: number): boolean {
  if (rulePolarity === 0 || model.combine === 'model') return false;
  return model.combine === 'rules-first' || Math.abs(ruleScore) >= (model.rulesFrom ?? Infinity);
}

export interface ModelVerdict {
  polarity: -1 | 0 | 1;
  /** P(positive) − P(negative), in [−1, 1]. */
  score: number;
  /** The token that pushed the verdict most (index into the sentence's tokens), -1 when neutral or none did. */
  cueToken: number;
}

/** Raw logits [negative, neutral, positive] of a feature list (neutral is 0 by construction). */
export function logits(model: ToneModel, features: readonly ToneFeature[]): [number, number, number] {
  return logitsOf(model, features, null);
}

/** `logits`, keeping each feature's weight pair (or undefined) in `found` for the caller to reuse. */
function logitsOf(model: ToneModel, features: readonly ToneFeature[], found: ([number, number] | undefined)[] | null): [number, number, number] {
  let neg = model.bias[0];
  let pos = model.bias[1];
  for (const f of features) {
    const w = model.weights.get(f.name);
    if (found) found.push(w);
    if (!w) continue;
    neg += w[0] * f.value;
    pos += w[1] * f.value;
  }
  return [neg, 0, pos];
}

/**
 * `cueable(k, polarity)`: may token k be shown as the cue of that verdict? The caller says which
 * tokens are words a reader can check. With `needsCue` only polarity words pointing the verdict's way
 * are (tone.ts), and a verdict with none of them in the sentence is neutral: a record rests on a word.
 * The cue is the cueable token whose features together pushed most toward the verdict.
 */
export function predict(model: ToneModel, features: readonly ToneFeature[], mention: [number, number], cueable: (k: number, polarity: -1 | 1) => boolean = () => true): ModelVerdict {
  const found: ([number, number] | undefined)[] = [];
  const [neg, , pos] = logitsOf(model, features, found);
  const top = Math.max(neg, 0, pos);
  const en = Math.exp(neg - top), e0 = Math.exp(-top), ep = Math.exp(pos - top);
  const sum = en + e0 + ep;
  const score = Math.round(((ep - en) / sum) * 1000) / 1000;
  // Ties go to neutral: a verdict needs a margin.
  const polarity: -1 | 0 | 1 = pos > 0 && pos > neg ? 1 : neg > 0 && neg > pos ? -1 : 0;
  if (polarity === 0) return { polarity, score, cueToken: -1 };
  const push = new Map<number, number>();
  const cls = polarity < 0 ? 0 : 1;
  for (let j = 0; j < features.length; j += 1) {
    const f = features[j];
    if (f.token < 0 || (f.token >= mention[0] && f.token <= mention[1]) || !cueable(f.token, polarity)) continue;
    const w = found[j];
    push.set(f.token, (push.get(f.token) ?? 0) + (w ? w[cls] * f.value : 0));
  }
  if (model.needsCue && push.size === 0) return { polarity: 0, score, cueToken: -1 };
  let cueToken = -1;
  let most = model.needsCue ? -Infinity : 0;
  for (const [k, v] of [...push].sort((x, y) => x[0] - y[0])) if (v > most) { most = v; cueToken = k; }
  return { polarity, score, cueToken };
}
