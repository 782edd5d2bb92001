// Turns labelled sentence examples into the model file (lexicon/bias-sentences.json): options and
// threshold chosen by cross-validation split by group, then one model trained on every example.
// Pure and deterministic: scripts/build-bias-model.ts feeds it BASIL dev; tests feed it a tiny
// synthetic set.
import type { Example } from './model.js';
import { compact, train } from './model.js';
import { CANDIDATES, INNER_FOLDS, choose } from './cv.js';
import type { BiasModelFile } from './index.js';

/**
 * `fold`: rewrites the trained weights before they are rounded (the build folds the word-vector
 * weights `vs:*` into the word-score table and keeps `wv:score` / `wv:none` in their place).
 */
export function buildBiasModel(examples: readonly Example[], groups: readonly string[], source: string, candidates = CANDIDATES, folds = INNER_FOLDS, fold?: (weights: Map<string, number>) => Map<string, number>): BiasModelFile {
  const chosen = choose(examples, groups, candidates, folds);
  const trained = train(examples, groups, chosen.options);
  const weights = compact(fold ? fold(trained) : trained);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    name: 'bias-sentences',
    version: 1,
    description: 'Logistic regression weights for the probability that a body sentence carries informational bias (src/framing/bias-sentences). Feature names: "w:LEMMA" a word of the sentence; "voice:*", "actor:*", "tone:*", "loaded:*", "signal:*", "verb:*", "figure", "len:N", "para:N", "at:N" what framelens reads in it (features.ts); "wv:score" the mean learned score of its content words (lexicon/bias-word-scores.json, folded from word-vector weights; weight 1), "wv:none" none of them has a score. Weights rounded to 3 decimals, those under 0.01 dropped. Rebuilt by scripts/build-bias-model.ts (npm run build:bias-model).',
    source,
    training: {
      examples: examples.length,
      positives: examples.filter((e) => e.label === 1).length,
      groups: new Set(groups).size,
      l2: chosen.options.l2,
      epochs: chosen.options.epochs,
      words: chosen.options.words,
      minGroups: chosen.options.minGroups,
      innerFolds: folds,
      innerF1: round(chosen.f1),
    },
    threshold: round(chosen.threshold),
    weights: Object.fromEntries(weights),
  };
}
