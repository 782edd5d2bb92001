// Cross-validation split by group (a news event): every sentence of one event is in the same fold, so
// a model is never scored on an event whose other sentences it was trained on. Used by the build
// script (to choose the penalty and the threshold of the shipped model) and by the bench (to report
// held-out figures). Deterministic: folds come from a hash of the group id.
import type { Example, TrainOptions } from './model.js';
import { DEFAULT_TRAIN, bestThreshold, probability, train } from './model.js';

/** FNV-1a of the group id, with a salt so inner and outer splits differ. */
export function foldOf(group: string, folds: number, salt = ''): number {
  let h = 0x811c9dc5;
  for (const c of salt + group) {
    h ^= c.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % folds;
}

/** Probability of each example from a model trained on the other folds. */
export function outOfFold(examples: readonly Example[], groups: readonly string[], folds: number, options: TrainOptions, salt = ''): number[] {
  const fold = groups.map((g) => foldOf(g, folds, salt));
  const out = new Array<number>(examples.length).fill(0);
  for (let k = 0; k < folds; k += 1) {
    const idx = examples.map((_, i) => i).filter((i) => fold[i] !== k);
    if (idx.length === examples.length) continue;
    const w = train(idx.map((i) => examples[i]), idx.map((i) => groups[i]), options);
    examples.forEach((e, i) => {
      if (fold[i] === k) out[i] = probability({ weights: w, threshold: 0.5 }, e.features);
    });
  }
  return out;
}

export function f1Of(scored: readonly { p: number; label: 0 | 1 }[], threshold: number): { p: number; r: number; f1: number } {
  let hit = 0, predicted = 0, gold = 0;
  for (const x of scored) {
    const flag = x.p >= threshold;
    predicted += Number(flag);
    gold += x.label;
    hit += Number(flag && x.label === 1);
  }
  const p = predicted ? hit / predicted : 0;
  const r = gold ? hit / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/**
 * Chooses the training options (penalty, word features or not) and the threshold from inner
 * cross-validation on the given examples only: the candidate whose out-of-fold F1 (at its best
 * threshold) is highest, and that threshold. Ties keep the earlier candidate.
 */
export function choose(examples: readonly Example[], groups: readonly string[], candidates: readonly TrainOptions[], innerFolds: number): { options: TrainOptions; threshold: number; f1: number } {
  let best = { options: candidates[0], threshold: 0.5, f1: -1 };
  for (const options of candidates) {
    const p = outOfFold(examples, groups, innerFolds, options, 'inner');
    const scored = p.map((x, i) => ({ p: x, label: examples[i].label }));
    const threshold = bestThreshold(scored);
    const f1 = f1Of(scored, threshold).f1;
    if (f1 > best.f1) best = { options, threshold, f1 };
  }
  return best;
}

/**
 * Nested cross-validation: for each outer fold, the penalty and threshold are chosen by inner
 * cross-validation on the other folds, a model is trained on them, and the held-out fold is flagged.
 * Returns each example's held-out probability and whether it was flagged.
 */
export function nestedCv(examples: readonly Example[], groups: readonly string[], folds: number, candidates: readonly TrainOptions[], innerFolds: number): { p: number[]; flagged: boolean[]; chosen: { options: TrainOptions; threshold: number }[] } {
  const fold = groups.map((g) => foldOf(g, folds));
  const p = new Array<number>(examples.length).fill(0);
  const flagged = new Array<boolean>(examples.length).fill(false);
  const chosen: { options: TrainOptions; threshold: number }[] = [];
  for (let k = 0; k < folds; k += 1) {
    const idx = examples.map((_, i) => i).filter((i) => fold[i] !== k);
    const ex = idx.map((i) => examples[i]);
    const gr = idx.map((i) => groups[i]);
    const c = choose(ex, gr, candidates, innerFolds);
    chosen.push({ options: c.options, threshold: c.threshold });
    const w = train(ex, gr, c.options);
    examples.forEach((e, i) => {
      if (fold[i] !== k) return;
      p[i] = probability({ weights: w, threshold: c.threshold }, e.features);
      flagged[i] = p[i] >= c.threshold;
    });
  }
  return { p, flagged, chosen };
}

/**
 * The candidates the build and the bench choose from: three penalties, with and without word features
 * (the inner cross-validation picks; the outer folds never see the choice).
 */
export const CANDIDATES: readonly TrainOptions[] = [false, true].flatMap((words) => [0.001, 0.01, 0.1].map((l2) => ({ ...DEFAULT_TRAIN, l2, words })));
export const OUTER_FOLDS = 5;
export const INNER_FOLDS = 3;
