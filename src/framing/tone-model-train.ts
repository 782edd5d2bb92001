// Training of the learned polarity model (tone-model.ts): multinomial logistic regression with L2,
// full-batch Adam in a fixed order for a fixed number of epochs, so the same examples give the same
// bytes. Pure: the build script (scripts/build-tone-model.ts) and the bench (bench/tone-devset.ts)
// read the data and call this.
import type { ToneFeature } from './tone-model-features.js';
import { hasPointingCue } from './tone-model-features.js';
import { compileToneModel, predict, rulesDecide } from './tone-model.js';
import type { ToneCombine, ToneModel, ToneModelFile, ToneModelTraining } from './tone-model.js';

export interface ToneExample {
  features: readonly Pick<ToneFeature, 'name' | 'value'>[];
  label: -1 | 0 | 1;
  /** The rules' polarity and score, for combining with them. */
  rule: -1 | 0 | 1;
  ruleScore: number;
  /** Examples of one group (the targets of one sentence) stay in one cross-validation fold. */
  group: number;
}

export type TrainSettings = Pick<ToneModelTraining, 'l2' | 'epochs' | 'learningRate' | 'minCount' | 'prune' | 'decimals'>;

export const DEFAULT_SETTINGS: TrainSettings = { l2: 0.001, epochs: 200, learningRate: 0.05, minCount: 3, prune: 0.1, decimals: 3 };

const round = (x: number, decimals: number) => {
  const f = 10 ** decimals;
  const r = Math.round(x * f) / f;
  return r === 0 ? 0 : r; // no "-0"
};

/** Weights of a trained model, relative to neutral, pruned, rounded and sorted by feature name. */
export interface Trained { bias: [number, number]; weights: Record<string, [number, number]> }

export function train(examples: readonly ToneExample[], s: TrainSettings): Trained {
  // Vocabulary: features of at least minCount examples, sorted so indices do not depend on order of discovery.
  const count = new Map<string, number>();
  for (const e of examples) for (const name of new Set(e.features.map((f) => f.name))) count.set(name, (count.get(name) ?? 0) + 1);
  const names = [...count].filter(([, c]) => c >= s.minCount).map(([n]) => n).sort();
  const index = new Map(names.map((n, i) => [n, i]));
  // Each example as a sparse row; repeated features add up.
  const rows = examples.map((e) => {
    const m = new Map<number, number>();
    for (const f of e.features) {
      const j = index.get(f.name);
      if (j !== undefined) m.set(j, (m.get(j) ?? 0) + f.value);
    }
    const ids = [...m.keys()].sort((a, b) => a - b);
    return { ids: Int32Array.from(ids), values: Float64Array.from(ids.map((j) => m.get(j) as number)), y: e.label + 1 };
  });
  const F = names.length;
  const W = new Float64Array(F * 3);
  const b = new Float64Array(3);
  const gW = new Float64Array(F * 3);
  const gb = new Float64Array(3);
  const mW = new Float64Array(F * 3), vW = new Float64Array(F * 3);
  const mb = new Float64Array(3), vb = new Float64Array(3);
  const beta1 = 0.9, beta2 = 0.999, eps = 1e-8;
  const n = rows.length || 1;
  const z = new Float64Array(3);
  for (let epoch = 1; epoch <= s.epochs; epoch += 1) {
    gW.fill(0);
    gb.fill(0);
    for (const r of rows) {
      z[0] = b[0]; z[1] = b[1]; z[2] = b[2];
      for (let q = 0; q < r.ids.length; q += 1) {
        const o = r.ids[q] * 3, v = r.values[q];
        z[0] += W[o] * v; z[1] += W[o + 1] * v; z[2] += W[o + 2] * v;
      }
      const top = Math.max(z[0], z[1], z[2]);
      const e0 = Math.exp(z[0] - top), e1 = Math.exp(z[1] - top), e2 = Math.exp(z[2] - top);
      const sum = e0 + e1 + e2;
      const g0 = e0 / sum - (r.y === 0 ? 1 : 0), g1 = e1 / sum - (r.y === 1 ? 1 : 0), g2 = e2 / sum - (r.y === 2 ? 1 : 0);
      gb[0] += g0; gb[1] += g1; gb[2] += g2;
      for (let q = 0; q < r.ids.length; q += 1) {
        const o = r.ids[q] * 3, v = r.values[q];
        gW[o] += g0 * v; gW[o + 1] += g1 * v; gW[o + 2] += g2 * v;
      }
    }
    const c1 = 1 - beta1 ** epoch, c2 = 1 - beta2 ** epoch;
    for (let i = 0; i < W.length; i += 1) {
      const g = gW[i] / n + s.l2 * W[i];
      mW[i] = beta1 * mW[i] + (1 - beta1) * g;
      vW[i] = beta2 * vW[i] + (1 - beta2) * g * g;
      W[i] -= (s.learningRate * (mW[i] / c1)) / (Math.sqrt(vW[i] / c2) + eps);
    }
    for (let i = 0; i < 3; i += 1) {
      const g = gb[i] / n;
      mb[i] = beta1 * mb[i] + (1 - beta1) * g;
      vb[i] = beta2 * vb[i] + (1 - beta2) * g * g;
      b[i] -= (s.learningRate * (mb[i] / c1)) / (Math.sqrt(vb[i] / c2) + eps);
    }
  }
  const weights: Record<string, [number, number]> = {};
  names.forEach((name, j) => {
    const neg = W[j * 3] - W[j * 3 + 1], pos = W[j * 3 + 2] - W[j * 3 + 1];
    if (Math.max(Math.abs(neg), Math.abs(pos)) < s.prune) return;
    const pair: [number, number] = [round(neg, s.decimals), round(pos, s.decimals)];
    if (pair[0] !== 0 || pair[1] !== 0) weights[name] = pair;
  });
  return { bias: [round(b[0] - b[1], s.decimals), round(b[2] - b[1], s.decimals)], weights };
}

/** The verdict of a trained model on one example, combined with the rules as `combine` says. */
const compiledOf = new WeakMap<Trained, ToneModel>();
export function classify(model: Trained, e: ToneExample, combine: ToneCombine, rulesFrom: number | null, needsCue: boolean): -1 | 0 | 1 {
  if (rulesDecide({ combine, rulesFrom }, e.rule, e.ruleScore)) return e.rule;
  let compiled = compiledOf.get(model);
  if (!compiled) {
    compiled = compileToneModel({ bias: model.bias, weights: model.weights, training: { combine, rulesFrom, needsCue: false } } as ToneModelFile);
    compiledOf.set(model, compiled);
  }
  const p = predict(compiled, e.features.map((f) => ({ ...f, token: -1 })), [0, 0]).polarity;
  // The same gate as at run time, read from the feature names (examples keep no tokens).
  return p !== 0 && needsCue && !hasPointingCue(e.features, p) ? 0 : p;
}

/** 3-class macro-F1 (classes −1, 0, +1). */
export function macroF1(gold: readonly number[], pred: readonly number[]): number {
  let total = 0;
  for (const c of [-1, 0, 1]) {
    let tp = 0, fp = 0, fn = 0;
    gold.forEach((g, i) => {
      if (pred[i] === c && g === c) tp += 1;
      else if (pred[i] === c) fp += 1;
      else if (g === c) fn += 1;
    });
    total += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  return total / 3;
}

/** Ways of combining with the rules tried by cross-validation: the model alone, the rules wherever they find a polarity, the rules from a score. */
export const COMBINATIONS: { combine: ToneCombine; rulesFrom: number | null }[] = [
  { combine: 'model', rulesFrom: null },
  { combine: 'rules-first', rulesFrom: null },
  ...[0.6, 1, 1.5, 2].map((rulesFrom) => ({ combine: 'strong-rules' as const, rulesFrom })),
];
const settingKey = (l2: number, c: { combine: ToneCombine; rulesFrom: number | null }) => `l2=${l2} ${c.combine}${c.rulesFrom === null ? '' : ` ${c.rulesFrom}`}`;

/**
 * k-fold cross-validation (fold = group mod k, so a sentence's targets stay together): macro-F1 of
 * every pair of an L2 strength and a way of combining with the rules, over all folds' predictions.
 */
export function crossValidate(examples: readonly ToneExample[], base: TrainSettings, l2s: readonly number[], folds = 5, needsCue = false): Record<string, number> {
  const scores: Record<string, number> = {};
  for (const l2 of l2s) {
    const gold: number[] = [];
    const pred: number[][] = COMBINATIONS.map(() => []);
    for (let f = 0; f < folds; f += 1) {
      const model = train(examples.filter((e) => e.group % folds !== f), { ...base, l2 });
      for (const e of examples) {
        if (e.group % folds !== f) continue;
        gold.push(e.label);
        COMBINATIONS.forEach((c, i) => pred[i].push(classify(model, e, c.combine, c.rulesFrom, needsCue)));
      }
    }
    COMBINATIONS.forEach((c, i) => { scores[settingKey(l2, c)] = Math.round(macroF1(gold, pred[i]) * 10000) / 10000; });
  }
  return scores;
}

/** The best setting of a cross-validation (ties: the first in key order, i.e. as given). */
export function bestSetting(scores: Record<string, number>): { l2: number; combine: ToneCombine; rulesFrom: number | null } {
  let best = '';
  for (const [k, v] of Object.entries(scores)) if (!best || v > scores[best]) best = k;
  const m = /^l2=([\d.e-]+) (model|rules-first|strong-rules)(?: ([\d.]+))?$/.exec(best);
  if (!m) throw new Error('cross-validation gave no setting');
  return { l2: Number(m[1]), combine: m[2] as ToneCombine, rulesFrom: m[3] === undefined ? null : Number(m[3]) };
}

/** A model file from examples and settings; the description and source say what it was trained on. */
export function buildModelFile(examples: readonly ToneExample[], settings: TrainSettings, meta: { rows: 'all' | 'even'; combine: ToneCombine; rulesFrom: number | null; needsCue: boolean; source: string; crossValidation: ToneModelTraining['crossValidation'] }): ToneModelFile {
  const trained = train(examples, settings);
  return {
    name: 'tone-model',
    version: 1,
    description: 'Learned polarity toward one actor mention (-1/0/+1): multinomial logistic regression over the features of src/framing/tone-model-features.ts; weights relative to the neutral class. Rebuilt by npm run build:tone-model.',
    source: meta.source,
    licence: 'Weights learned from NewsMTSC (MIT licence); no text of the data set beyond single words and tags in feature names.',
    training: { rows: meta.rows, examples: examples.length, ...settings, combine: meta.combine, rulesFrom: meta.rulesFrom, needsCue: meta.needsCue, crossValidation: meta.crossValidation },
    classes: [-1, 1],
    bias: trained.bias,
    weights: trained.weights,
  };
}

/** The file's text: one feature per line, keys in a fixed order, so a rebuild diffs line by line and gives the same bytes. */
export function serializeToneModel(file: ToneModelFile): string {
  const { weights, ...head } = file;
  const names = Object.keys(weights).sort();
  const body = names.map((n) => `    ${JSON.stringify(n)}: ${JSON.stringify(weights[n])}`).join(',\n');
  const top = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  return `${top},\n  "weights": {\n${body}\n  }\n}\n`;
}
