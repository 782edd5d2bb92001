// Shared helpers for the benchmarks on ../shared/devsets (never read from tests).
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const DEVSETS = join(import.meta.dirname, '..', '..', 'shared', 'devsets');

/** The path of a dev set, or null with a one-line message when it is missing. */
export function devset(relative: string, name: string): string | null {
  const path = join(DEVSETS, relative);
  if (existsSync(path)) return path;
  console.log(`\n## ${name}\nskipped: ${path} not found`);
  return null;
}

export function macroF1<T>(gold: readonly T[], pred: readonly T[], classes: readonly T[]): number {
  return classes.reduce((sum, c) => {
    let tp = 0, fp = 0, fn = 0;
    gold.forEach((g, i) => {
      if (pred[i] === c && g === c) tp += 1;
      else if (pred[i] === c) fp += 1;
      else if (g === c) fn += 1;
    });
    return sum + (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
  }, 0) / classes.length;
}

/** The best macro-F1 of any constant answer: the floor a verdict has to beat. */
export const majorityFloor = <T>(gold: readonly T[], classes: readonly T[]) => Math.max(...classes.map((c) => macroF1(gold, gold.map(() => c), classes)));

/** Area under the ROC curve: the chance a random positive scores above a random negative (ties half). */
export function auc(scores: readonly number[], positive: readonly boolean[]): number {
  const order = scores.map((s, i) => i).sort((a, b) => scores[a] - scores[b]);
  let rankSum = 0, positives = 0;
  for (let k = 0; k < order.length;) {
    let end = k;
    while (end + 1 < order.length && scores[order[end + 1]] === scores[order[k]]) end += 1;
    const midRank = (k + end) / 2 + 1;
    for (let j = k; j <= end; j += 1) if (positive[order[j]]) { rankSum += midRank; positives += 1; }
    k = end + 1;
  }
  const negatives = order.length - positives;
  return positives === 0 || negatives === 0 ? 0.5 : (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Lower-case runs of letters and digits: the words bag-of-words scores compare. */
export const lettersAndDigits = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Bag-of-words F1 between two texts, on the words `split` finds. */
export function tokenF1(predicted: string, expected: string, split: (s: string) => string[] = lettersAndDigits): number {
  const wanted = split(expected);
  const want = new Map<string, number>();
  for (const w of wanted) want.set(w, (want.get(w) ?? 0) + 1);
  const got = split(predicted);
  let hit = 0;
  for (const w of got) {
    const n = want.get(w) ?? 0;
    if (n > 0) {
      hit += 1;
      want.set(w, n - 1);
    }
  }
  const p = got.length ? hit / got.length : 0;
  const r = wanted.length ? hit / wanted.length : 0;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}
