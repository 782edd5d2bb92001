// Folds the learned weights of the word-vector components (tone-context.ts) into per-word scores:
// for a group g and a word w with standardised vector x, score_neg(w) = Σ_i W_neg[g, i] · x_i (and
// the same toward positive). The model reads the mean of its group's word scores with weight 1, which
// gives the logits the 100 weights gave the mean vector. Pure: the caller passes the vectors.
import { SCORE_PREFIX } from './tone-context.js';
import type { ContextGroup, ToneWordScoresFile } from './tone-context.js';

export interface Folded {
  /** The model's weights without the vector components, with the score features and each group's `none`. */
  weights: Record<string, [number, number]>;
  groups: ContextGroup[];
  words: string[];
  scores: number[][];
}

const round = (x: number, f: number) => {
  const r = Math.round(x * f) / f;
  return r === 0 ? 0 : r; // no "-0"
};

export function foldContextWeights(weights: Readonly<Record<string, [number, number]>>, trainPrefix: string, groups: readonly ContextGroup[], vectors: ReadonlyMap<string, ArrayLike<number>>, digits: number): Folded {
  const f = 10 ** digits;
  const out: Record<string, [number, number]> = {};
  const perGroup = new Map<ContextGroup, [number, number][]>(groups.map((g) => [g, []]));
  for (const [name, w] of Object.entries(weights)) {
    if (!name.startsWith(trainPrefix)) { out[name] = w; continue; }
    const [g, comp] = name.slice(trainPrefix.length).split(':') as [ContextGroup, string];
    const list = perGroup.get(g);
    if (!list) continue; // a group the table does not score: its weights go with it
    if (comp === 'none') out[`${SCORE_PREFIX}${g}:none`] = w;
    else list[Number(comp)] = w;
  }
  for (const g of groups) {
    out[`${SCORE_PREFIX}${g}:0`] = [1, 0];
    out[`${SCORE_PREFIX}${g}:1`] = [0, 1];
  }
  const words = [...vectors.keys()].sort();
  const scores = words.map((w) => {
    const x = vectors.get(w) as ArrayLike<number>;
    return groups.flatMap((g) => {
      const W = perGroup.get(g) as [number, number][];
      let neg = 0, pos = 0;
      for (let i = 0; i < x.length; i += 1) {
        const wi = W[i];
        if (!wi) continue;
        neg += wi[0] * x[i];
        pos += wi[1] * x[i];
      }
      return [round(neg, f), round(pos, f)];
    });
  });
  const sorted: Record<string, [number, number]> = {};
  for (const name of Object.keys(out).sort()) sorted[name] = out[name];
  return { weights: sorted, groups: [...groups], words, scores };
}

/** The table file's text: the header, then one word and one row per line, so a rebuild diffs line by line. */
export function serializeToneWordScores(file: ToneWordScoresFile): string {
  const { words, scores, ...head } = file;
  const top = JSON.stringify(head, null, 1).replace(/\n}$/, '');
  return `${top},\n "words": [\n${words.map((w) => JSON.stringify(w)).join(',\n')}\n ],\n "scores": [\n${scores.map((r) => JSON.stringify(r)).join(',\n')}\n ]\n}\n`;
}
