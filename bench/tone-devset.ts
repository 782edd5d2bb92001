// Tone toward a marked person on real news sentences: NewsMTSC (Hamborg & Donnay, EACL 2021; MIT),
// the train split in ../shared/devsets/targets/newsmtsc-train.jsonl.gz, read here to measure and to
// tune the weights of src/framing/tone.ts, and (through loadToneCases / toneExamples) by
// scripts/build-tone-model.ts to learn lexicon/tone-model.json. The learned model is measured here
// trained on the even half by the same code, and scored on the odd half it never saw.
// Each sentence becomes an article of its own (one body block); the target is the marked mention.
// 3-class macro-F1 of the polarity toward the mention (2 negative, 4 neutral, 6 positive), beside
// two baselines in the same run: one sentence-level Hu & Liu count for every target, and the
// majority class. Split fixed by a hash of primary_gid: weights were tuned on the even half only;
// both halves are printed so overfitting shows.
// Run alone: npm run bench -- tone   (TONE_SAMPLE=n reads only the first n sentences)
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { bodyArticle } from '../tests/helpers/seeds.js';
import { indexEntities } from '../src/analyze/entities.js';
import { extractQuotes } from '../src/analyze/quotes/quotes.js';
import { extractAttributions } from '../src/analyze/quotes/attributions.js';
import { sentenceTones, sentenceToneFeatures } from '../src/framing/tone.js';
import { compileToneModel, toneModel, validateToneModel } from '../src/framing/tone-model.js';
import type { ToneModelFile } from '../src/framing/tone-model.js';
import { buildModelFile } from '../src/framing/tone-model-train.js';
import type { ToneExample } from '../src/framing/tone-model-train.js';
import { dataPath } from '../src/data-path.js';
import type { ToneContext, ToneJudgement } from '../src/framing/tone.js';
import { toneWords } from '../src/framing/tone-words.js';
import type { Article } from '../src/types.js';
import { devset, macroF1, majorityFloor } from './devsets.js';
import { foldOf } from '../src/framing/bias-sentences/cv.js';

interface Target { from: number; to: number; mention: string; polarity: number }
interface Row { primary_gid: string; sentence_normalized: string; targets: Target[] }

export interface ToneCase { row: Row; article: Article; context: ToneContext; half: 'even' | 'odd' }

/** FNV-1a of the id (the hash the bias model's folds use): a fixed split that does not depend on the file's order. */
export function halfOf(id: string): 'even' | 'odd' {
  return foldOf(id, 2) === 0 ? 'even' : 'odd';
}

const CLASSES = [-1, 0, 1] as const;
const goldOf = (p: number): -1 | 0 | 1 => (p < 3 ? -1 : p > 5 ? 1 : 0);

/** Reads and parses the dev set once (the slow part); null when it is missing. */
export function loadToneCases(limit = Number(process.env.TONE_SAMPLE ?? 0)): ToneCase[] | null {
  const path = devset('targets/newsmtsc-train.jsonl.gz', 'Tone toward a marked person (NewsMTSC)');
  if (!path) return null;
  let rows = gunzipSync(readFileSync(path)).toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row);
  if (limit > 0) rows = rows.slice(0, limit);
  return rows.map((row) => {
    const article = bodyArticle(row.sentence_normalized);
    const index = indexEntities(article.blocks, article.text);
    const { quotes, verbOffsets } = extractQuotes(article, index);
    const attributions = extractAttributions(article, index, quotes, verbOffsets);
    return { row, article, context: { quotes, attributions }, half: halfOf(row.primary_gid) };
  });
}

/** The prototype's baseline: positive minus negative Hu & Liu words of the whole sentence, for every target. */
function sentenceCount(article: Article): -1 | 0 | 1 {
  const words = toneWords();
  let sum = 0;
  for (const block of article.blocks) for (const t of block.parsed.tokens) {
    const w = words.get(t.normal) ?? words.get(t.lemma);
    if (w && w.list.startsWith('liu-')) sum += w.polarity;
  }
  return sum > 0 ? 1 : sum < 0 ? -1 : 0;
}

export interface ToneScores { all: number; even: number; odd: number; mixed: number; mixedOdd: number; mixedCount: number; n: number }

/** Macro-F1 of `predict` on all targets, each half, and the targets of sentences with two gold polarities. */
export function scoreTone(cases: readonly ToneCase[], predict: (c: ToneCase) => (-1 | 0 | 1)[]): ToneScores {
  const gold: Record<string, number[]> = { all: [], even: [], odd: [], mixed: [], mixedOdd: [] };
  const pred: Record<string, number[]> = { all: [], even: [], odd: [], mixed: [], mixedOdd: [] };
  for (const c of cases) {
    const got = predict(c);
    const mixed = new Set(c.row.targets.map((t) => t.polarity)).size > 1;
    c.row.targets.forEach((t, i) => {
      for (const key of ['all', c.half, ...(mixed ? ['mixed'] : []), ...(mixed && c.half === 'odd' ? ['mixedOdd'] : [])]) {
        gold[key].push(goldOf(t.polarity));
        pred[key].push(got[i]);
      }
    });
  }
  const f = (k: string) => macroF1(gold[k], pred[k], CLASSES);
  return { all: f('all'), even: f('even'), odd: f('odd'), mixed: f('mixed'), mixedOdd: f('mixedOdd'), mixedCount: gold.mixed.length, n: gold.all.length };
}

export const framelensTones = (c: ToneCase): ToneJudgement[] => sentenceTones(c.article, c.row.targets.map((t) => ({ start: t.from, end: t.to })), c.context);

/** One training example per target: the model's features, the gold label, the rules' polarity; grouped by sentence. */
export function toneExamples(cases: readonly ToneCase[]): (ToneExample & { half: 'even' | 'odd' })[] {
  return cases.flatMap((c, group) => {
    const read = sentenceToneFeatures(c.article, c.row.targets.map((t) => ({ start: t.from, end: t.to })), c.context);
    return c.row.targets.map((t, i) => ({ features: read[i].features.map(({ name, value }) => ({ name, value })), label: goldOf(t.polarity), rule: read[i].judgement.polarity, ruleScore: read[i].judgement.score, group, half: c.half }));
  });
}

/** The shipped model file, as written by scripts/build-tone-model.ts. */
export const shippedModelFile = (): ToneModelFile => validateToneModel(JSON.parse(readFileSync(dataPath('tone-model.json'), 'utf8')));

/**
 * The learned model measured honestly: trained on the even half only, by the same code and with the
 * settings the shipped file records (chosen by cross-validation inside the even half), and scored on
 * the odd half it never saw.
 */
export function evenTrainedModel(cases: readonly ToneCase[], shipped: ToneModelFile): ToneModelFile {
  const even = toneExamples(cases).filter((e) => e.half === 'even');
  const { l2, epochs, learningRate, minCount, prune, decimals, combine, rulesFrom, needsCue, crossValidation } = shipped.training;
  return buildModelFile(even, { l2, epochs, learningRate, minCount, prune, decimals }, { rows: 'even', combine, rulesFrom, needsCue, source: 'bench: even half of NewsMTSC train', crossValidation });
}

export function toneDevsetBenchmark(): void {
  const started = performance.now();
  const cases = loadToneCases();
  if (!cases) return;
  const parsed = performance.now();
  const judgements = cases.map(framelensTones);
  const toned = performance.now();
  const ours = scoreTone(cases, (c) => judgements[cases.indexOf(c)].map((j) => j.polarity));
  const baseline = scoreTone(cases, (c) => c.row.targets.map(() => sentenceCount(c.article)));
  const gold = cases.flatMap((c) => c.row.targets.map((t) => goldOf(t.polarity)));
  const majority = majorityFloor(gold, CLASSES);
  const line = (name: string, s: ToneScores) => `| ${name} | ${s.all.toFixed(3)} | ${s.even.toFixed(3)} | ${s.odd.toFixed(3)} | ${s.mixed.toFixed(3)} |`;
  console.log(`\n## Tone toward a marked person (NewsMTSC train, ${cases.length} sentences, ${ours.n} targets)`);
  console.log('3-class macro-F1 of the polarity toward the marked mention (weights tuned on the even half only).');
  console.log(`| | all | even (tuning) | odd (held out) | ${ours.mixedCount} targets in sentences whose targets differ |\n|---|---|---|---|---|`);
  console.log(line('framelens toneToward (rules alone)', ours));
  let file: ToneModelFile | null = null;
  try { file = shippedModelFile(); } catch { console.log('(no lexicon/tone-model.json: the learned model is not measured)'); }
  if (file) {
    const trainStart = performance.now();
    const evenFile = evenTrainedModel(cases, file);
    const trained = performance.now();
    const evenModel = compileToneModel(evenFile);
    const modelJudgements = cases.map((c) => sentenceTones(c.article, c.row.targets.map((t) => ({ start: t.from, end: t.to })), c.context, { model: evenModel }));
    const learned = scoreTone(cases, (c) => modelJudgements[cases.indexOf(c)].map((j) => j.polarity));
    const shipped = toneModel();
    const shippedStart = performance.now();
    const shippedJudgements = cases.map((c) => sentenceTones(c.article, c.row.targets.map((t) => ({ start: t.from, end: t.to })), c.context, { model: shipped }));
    const shippedTime = (performance.now() - shippedStart) / 1000;
    const shippedScores = scoreTone(cases, (c) => shippedJudgements[cases.indexOf(c)].map((j) => j.polarity));
    console.log(`| learned model trained on the even half (${evenFile.training.combine}${evenFile.training.rulesFrom === null ? '' : ` from ${evenFile.training.rulesFrom}`}${evenFile.training.needsCue ? ', needs a polarity word' : ''}, l2 ${evenFile.training.l2}, ${Object.keys(evenFile.weights).length} features): even is training data, **odd is held out** | ${learned.all.toFixed(3)} | ${learned.even.toFixed(3)} | **${learned.odd.toFixed(3)}** | ${learned.mixed.toFixed(3)} |`);
    console.log(`| shipped model (lexicon/tone-model.json, trained on ${file.training.rows} rows: in-sample, not a measure) | ${shippedScores.all.toFixed(3)} | ${shippedScores.even.toFixed(3)} | ${shippedScores.odd.toFixed(3)} | ${shippedScores.mixed.toFixed(3)} |`);
    const mc = [[0, 0, 0], [0, 0, 0], [0, 0, 0]];
    cases.forEach((c, i) => c.row.targets.forEach((t, k) => { if (c.half === 'odd') mc[goldOf(t.polarity) + 1][modelJudgements[i][k].polarity + 1] += 1; }));
    console.log(`learned (even-trained) on the odd half, mixed-target sentences of the odd half ${learned.mixedOdd.toFixed(3)} (rules alone ${ours.mixedOdd.toFixed(3)}); confusion (odd half, rows gold -1/0/+1): ${mc.map((r) => r.join(' ')).join(' | ')}; training ${((trained - trainStart) / 1000).toFixed(1)} s; rules and shipped model ${shippedTime.toFixed(2)} s (${(learned.n / shippedTime).toFixed(0)} targets/s)`);
  }
  console.log(line('sentence-level Hu & Liu count, every target', baseline));
  console.log(`| majority class | ${majority.toFixed(3)} | | | |`);
  const voices = new Map<string, number>();
  for (const j of judgements.flat()) voices.set(j.voice, (voices.get(j.voice) ?? 0) + 1);
  const confusion = [[0, 0, 0], [0, 0, 0], [0, 0, 0]];
  cases.forEach((c, i) => c.row.targets.forEach((t, k) => { confusion[goldOf(t.polarity) + 1][judgements[i][k].polarity + 1] += 1; }));
  console.log(`voice of the mentions: ${[...voices].sort().map(([v, n]) => `${v} ${n}`).join(', ')}`);
  console.log(`confusion (rows gold -1/0/+1, columns framelens -1/0/+1): ${confusion.map((r) => r.join(' ')).join(' | ')}`);
  console.log(`time: parse + quotes + attributions ${((parsed - started) / 1000).toFixed(1)} s; tone ${((toned - parsed) / 1000).toFixed(2)} s (${(ours.n / ((toned - parsed) / 1000)).toFixed(0)} targets/s)`);
}

if (import.meta.url === `file://${process.argv[1]}`) toneDevsetBenchmark();
