// Builds lexicon/tone-model.json, the learned polarity model toward a mention (src/framing/tone-model.ts),
// from NewsMTSC train (../shared/devsets/targets/newsmtsc-train.jsonl.gz, read through the bench's
// loader; nothing of it is copied but single words and tags in feature names).
//   1. features of every target (src/framing/tone-model-features.ts) and the rules' polarity;
//   2. 5-fold cross-validation inside the EVEN half only (bench/tone-devset.ts' split) chooses the L2
//      strength and whether the rules decide where they find a polarity; the odd half is never read
//      for a choice;
//   3. the model is trained with that setting on all rows (TONE_MODEL_ROWS=even: the even half only)
//      and written with rounded, pruned weights sorted by name. Same data, same bytes.
// Run: npm run build:tone-model
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadToneCases, toneExamples } from '../bench/tone-devset.js';
import { bestSetting, COMBINATIONS, buildModelFile, crossValidate, DEFAULT_SETTINGS, serializeToneModel } from '../src/framing/tone-model-train.js';
import { validateToneModel } from '../src/framing/tone-model.js';

const L2_GRID = [0.001, 0.003, 0.01, 0.03];
/**
 * A record must rest on a word a reader can check: the model gives a polarity only when a polarity
 * word of the sentence points its way. A design rule, not a setting chosen on the data (it costs the
 * cross-validation about 0.014 of macro-F1: the model alone finds polarity in words no list holds).
 */
const NEEDS_CUE = true;
const FOLDS = 5;

const cases = loadToneCases(0);
if (!cases) {
  console.error('build-tone-model: ../shared/devsets/targets/newsmtsc-train.jsonl.gz is missing; lexicon/tone-model.json left as it is');
  process.exit(2);
}
const rows = process.env.TONE_MODEL_ROWS === 'even' ? 'even' : 'all';
const examples = toneExamples(cases);
const even = examples.filter((e) => e.half === 'even');
console.error(`build-tone-model: ${cases.length} sentences, ${examples.length} targets (${even.length} in the even half); cross-validating ${L2_GRID.length} L2 strengths × ${COMBINATIONS.length} combinations, ${FOLDS} folds`);
const scores = crossValidate(even, DEFAULT_SETTINGS, L2_GRID, FOLDS, NEEDS_CUE);
for (const [k, v] of Object.entries(scores)) console.error(`  ${k}: ${v.toFixed(4)}`);
const { l2, combine, rulesFrom } = bestSetting(scores);
const settings = { ...DEFAULT_SETTINGS, l2 };
const trainOn = rows === 'all' ? examples : even;
const sentences = new Set(trainOn.map((e) => e.group)).size;
const source = `NewsMTSC train split (Hamborg & Donnay, EACL 2021; MIT licence), ../shared/devsets/targets/newsmtsc-train.jsonl.gz: ${trainOn.length} targets of ${sentences} sentences (${rows === 'all' ? 'all rows' : 'the even half of bench/tone-devset.ts halfOf'}), gold polarity toward the marked mention. Multinomial logistic regression, L2 ${l2}, full-batch Adam (learning rate ${settings.learningRate}, ${settings.epochs} epochs, fixed order), features seen in at least ${settings.minCount} targets, weights below ${settings.prune} dropped, rounded to ${settings.decimals} decimals.${NEEDS_CUE ? ' A polarity only where a polarity word of the sentence (lexicon/tone-words.json) points its way.' : ''} L2 and "${combine}"${rulesFrom === null ? '' : ` (rules from |score| ${rulesFrom})`} chosen by ${FOLDS}-fold cross-validation inside the even half only (scores in training.crossValidation). Built by scripts/build-tone-model.ts (npm run build:tone-model).`;
const file = buildModelFile(trainOn, settings, { rows, combine, rulesFrom, needsCue: NEEDS_CUE, source, crossValidation: { folds: FOLDS, scores } });
const text = serializeToneModel(file);
validateToneModel(JSON.parse(text));
const out = join(import.meta.dirname, '..', 'lexicon', 'tone-model.json');
writeFileSync(out, text);
console.error(`build-tone-model: chose l2 ${l2}, ${combine} ${rulesFrom ?? ''}; wrote ${Object.keys(file.weights).length} features, ${(text.length / 1024).toFixed(0)} KB to lexicon/tone-model.json`);
