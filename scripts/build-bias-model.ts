// Rebuilds lexicon/bias-sentences.json, the bias-sentence model (src/framing/bias-sentences), from
// BASIL dev: every body sentence framelens finds in its 138 articles, labelled by whether BASIL's
// annotators marked informational bias in it. Only feature names and weights are written: no text of
// the set. Run: npm run build:bias-model [-- path/to/basil-dev.jsonl.gz]
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBasil } from '../bench/basil.js';
import { basilSentences, examplesOf } from '../bench/bias-examples.js';
import { buildBiasModel } from '../src/framing/bias-sentences/build.js';

const ROOT = join(import.meta.dirname, '..');
const path = process.argv[2] ?? join(ROOT, '..', 'shared', 'devsets', 'framing', 'basil-dev.jsonl.gz');
if (!existsSync(path)) {
  console.error(`build-bias-model: ${path} not found (pass the BASIL dev file)`);
  process.exit(2);
}
const { examples, groups } = examplesOf(basilSentences(loadBasil(path)));
const SOURCE = 'BASIL (Fan et al., "In Plain Sight: Media Bias Through the Lens of Factual Reporting", EMNLP 2019), the dev events of ../shared/devsets/framing/basil-dev.jsonl.gz: sentence labels only (a sentence holds an informational-bias span or not)';
const file = buildBiasModel(examples, groups, SOURCE);
writeFileSync(join(ROOT, 'lexicon', 'bias-sentences.json'), `${JSON.stringify(file, null, 1)}\n`);
console.error(`build-bias-model: ${Object.keys(file.weights).length} weights, threshold ${file.threshold}, ${JSON.stringify(file.training)}`);
